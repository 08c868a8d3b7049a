// The speaker document's map of mentions by token answers as a Map of numbers would, past the capacity it was made for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenMap } from '../../../server/src/engine/tokenMap';
import { numberedId } from '../../../server/src/engine/numberedIds';

test('a token map made for two entries takes more, keeps the order first set and the last value', () => {
  const map = new TokenMap<string>(20, 2), same = new Map<number, string>();
  for (const [t, v] of [[5, 'a'], [2, 'b'], [9, 'c'], [5, 'd'], [0, 'e'], [19, 'f'], [2, 'g']] as Array<[number, string]>) { map.set(t, v); same.set(t, v); }
  assert.deepEqual([...map], [...same]);
  const seen: Array<[number, string]> = [];
  map.forEach((v, t) => seen.push([t, v]));
  assert.deepEqual(seen, [...same]);
  for (let t = -1; t <= 21; t++) { assert.equal(map.get(t), same.get(t), String(t)); assert.equal(map.has(t), same.has(t), String(t)); }
});

test('numbered ids read as the number they name, kept or not', () => {
  for (const n of [1, 9, 10, 12345, 1 << 18, (1 << 18) + 1, 0]) assert.equal(numberedId('m', n), `m${n}`);
  assert.equal(numberedId('e', 7), 'e7');
  assert.equal(numberedId('q', 7), 'q7');
});
