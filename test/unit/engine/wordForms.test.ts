import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FilteredSet } from '../../../server/src/engine/keyFilter';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tokenize } from '../../../server/src/engine/tokenize';
import { PERSON_TITLES } from '../../../server/src/engine/triggers';

test('shared word forms: every token keeps its own spelling and normalised form, punctuation is not folded', () => {
  const text = 'قالت الأمم المتحدة، إن الامم المتحدة ستجتمع؛ وقالت الأمم المتحدة ؐ 12/7/2025 ٣٫٥';
  const first = tokenize(text);
  const again = tokenize(text, 100);
  assert.deepEqual(first.map((t) => t.text), again.map((t) => t.text));
  for (const t of first) {
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.norm, t.kind === 'punct' ? t.text : normalizeArabic(t.text));
  }
  // U+0610 stands alone as a mark: normalisation would delete it, a punctuation token keeps it.
  assert.ok(first.some((t) => t.kind === 'punct' && t.text === '\u0610' && t.norm === '\u0610'));
  assert.deepEqual(first.filter((t) => t.norm === 'الامم').map((t) => t.text), ['الأمم', 'الامم', 'الأمم']);
});

test('a filtered word set answers exactly as the set: no member is turned away', () => {
  const words = new Set([...PERSON_TITLES]);
  const filtered = new FilteredSet(words);
  for (const w of words) assert.ok(filtered.has(w), w);
  const others = tokenize('وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي إن الوزير والسفير سيزوران بيروت').map((t) => t.norm);
  for (const w of [...others, '', 'ا', 'الرييس', 'رييس']) assert.equal(filtered.has(w), words.has(w), w);
});
