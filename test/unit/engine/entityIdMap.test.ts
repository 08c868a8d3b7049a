// The attribution plan's map of entity ids answers as a Map of strings would, for linking's ids and for any other string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdMap } from '../../../server/src/engine/entityIdMap';

test('entity ids map as a Map of strings: e<N> by number, other spellings kept apart from them', () => {
  const ids = new IdMap(), same = new Map<string, string>();
  const pairs: Array<[string, string]> = [['e1', 'e2'], ['e10', 'e11'], ['e01', 'x'], ['e', 'e3'], ['E5', 'e5'], ['e5', 'e6'], ['e1234567', 'big'], ['e12x', 'odd'], ['e3', 'e4'], ['e10', 'e12']];
  for (const [k, v] of pairs) { ids.set(k, v); same.set(k, v); }
  for (const k of ['e1', 'e10', 'e01', 'e', 'E5', 'e5', 'e1234567', 'e12x', 'e3', 'e2', 'e100', 'e0', '']) assert.equal(ids.get(k), same.get(k), k);
});
