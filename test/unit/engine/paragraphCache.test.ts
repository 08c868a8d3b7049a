// The paragraph cache's bounds (paragraphCache.ts): a one-line article's superseded versions are let go, a large
// document's own paragraphs are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NerModel } from '../../../server/src/engine/model';
import { ParagraphCache } from '../../../server/src/engine/paragraphCache';
import type { Tagged } from '../../../server/src/engine/spanIndex';

/** A tagging as a worker thread hands it over (adopt tags nothing: no model is read). */
const tagged = (text: string): Tagged => ({ text, base: 0, words: { offsets: new Int32Array(0), forms: [] }, mentions: [], dates: [] });
/** One version of a one-line article of `chars` characters (versions differ in their first letter). */
const line = (version: number, chars: number) => String.fromCharCode(0x628 + version) + 'ا'.repeat(chars - 1);

test('an edited one-line article does not keep every earlier version of its line', () => {
  const cache = new ParagraphCache({} as NerModel, false);
  cache.fit(1, 1_000_000);
  for (let v = 0; v < 6; v++) cache.adopt(tagged(line(v, 1_000_000)));
  // Six versions of a 1 M line are far under the paragraph limit; the character limit keeps the newest line alone.
  for (let v = 0; v < 5; v++) assert.equal(cache.has(line(v, 1_000_000)), false);
  assert.equal(cache.has(line(5, 1_000_000)), true);
});

test('a large document keeps all its paragraphs, and the newest entry is kept even past the limit', () => {
  const cache = new ParagraphCache({} as NerModel, false);
  cache.fit(4, 4_000_000);
  for (let v = 0; v < 4; v++) cache.adopt(tagged(line(v, 1_000_000)));
  for (let v = 0; v < 4; v++) assert.equal(cache.has(line(v, 1_000_000)), true);
  const other = new ParagraphCache({} as NerModel, false);
  other.fit(1, 10);
  other.adopt(tagged(line(0, 5_000_000)));
  assert.equal(other.has(line(0, 5_000_000)), true);
});
