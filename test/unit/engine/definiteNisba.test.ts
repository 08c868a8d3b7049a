import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definiteNisba } from '../../../server/src/engine/namePatterns';

test('a definite nisba is read with the pass\'s own minimum length and ending', () => {
  // Two letters between the article and ي take الملي; three leave it; الذي is never one.
  assert.equal(definiteNisba('الملي', 2, false), true);
  assert.equal(definiteNisba('الملي', 3, false), false);
  assert.equal(definiteNisba('الذي', 2, false), false);
  assert.equal(definiteNisba('الحمروني', 3, false), true);
  // The feminine ending only where the pass asks for it, counted without its two letters.
  assert.equal(definiteNisba('السوريه', 2, true), true);
  assert.equal(definiteNisba('السوريه', 2, false), false);
  assert.equal(definiteNisba('الديه', 2, true), false);
  // No article, no nisba.
  assert.equal(definiteNisba('سوري', 2, false), false);
});
