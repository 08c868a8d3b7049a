// A paragraph's record of the map keys its linking read (paragraphLinks.ts): every hash once, sorted as numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasAny, SeenHashes } from '../../../server/src/engine/paragraphLinks';
import { mulberry32 } from '../../../server/src/training/perceptron';

test('the hashes read are kept each once, sorted numerically, zero and negative ones included, through the table\'s growth', () => {
  const r = mulberry32(61);
  const seen = new SeenHashes();
  const all: number[] = [];
  // Few distinct values read many times (a paragraph asks the same keys again and again), and values that differ only
  // in their high bits (the table's slot is from the low ones).
  const pool = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 1 << 20, 2 << 20, 3 << 20, ...Array.from({ length: 3000 }, () => (r() * 2 ** 32) | 0)];
  for (let k = 0; k < 40_000; k++) { const h = pool[Math.floor(r() * pool.length)]; seen.add(h); all.push(h); }
  const expected = [...new Set(all)].sort((a, b) => a - b);
  assert.deepEqual([...seen.sorted()], expected);
  assert.ok(hasAny(seen.sorted(), Int32Array.of(0)) && hasAny(seen.sorted(), Int32Array.of(-(2 ** 31))));
});

test('a linking that read nothing records nothing', () => {
  assert.equal(new SeenHashes().sorted().length, 0);
});
