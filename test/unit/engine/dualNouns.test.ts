import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropDualNouns } from '../../../server/src/engine/pronounNouns';
import { plural, tagSaidNames } from '../../../server/src/engine/saidNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';

/** Training counts of normalised forms, as a small stand-in for the model's lexicon. */
const counts = (c: Record<string, number>) => (w: string) => c[w] ?? 0;
const FREQ = counts({ 'جندي': 48, 'الجندي': 16, 'جنديين': 6, 'الجنديين': 7, 'حمد': 30, 'الحمد': 5, 'الرجل': 60, 'الرجلين': 4 });

/** dropDualNouns on a sentence whose word k the tagger read as a one-word person. */
function drop(text: string, k: number): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => t.norm);
  const tags = stems.map((_, j) => (j === k ? 1 : 0));
  return dropDualNouns(stems, stems.map(() => []), tags, FREQ).map((t) => TAGS[t]);
}

test('a dual of a common noun read as a name goes out; a name in ان whose letters never inflect stays', () => {
  assert.deepEqual(drop('وأصيب جنديان في الهجوم', 1), ['O', 'O', 'O', 'O']);
  // حمد is a word the text knows (the name, الحمد), but never in the feminine or the oblique ين: حمدان is the name.
  assert.deepEqual(drop('ورفض حمدان الإجراءات', 1), ['O', 'B-PERS', 'O']);
});

test('a definite word in ان is a dual only when the text knows its singular', () => {
  assert.equal(plural(normalizeArabic('الرجلان'), FREQ), true);
  assert.equal(plural(normalizeArabic('البرهان'), FREQ), false);
  // Without counts every definite word in ان reads as a dual, as before.
  assert.equal(plural(normalizeArabic('البرهان')), true);
  const said = (text: string) => {
    const tokens = tokenize(text);
    const stems = tokens.map((t) => t.norm);
    return tagSaidNames(tokens, stems, stems.map(() => ''), stems.map(() => 0), (k) => stems[k] === 'وقال', () => 0, () => false, undefined,
      (w) => plural(w, FREQ)).map((t) => TAGS[t]);
  };
  assert.deepEqual(said('وقال البرهان إن الجيش'), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(said('وقال الرجلان إن الحادث'), ['O', 'O', 'O', 'O']);
});
