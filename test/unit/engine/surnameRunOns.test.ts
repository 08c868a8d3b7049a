import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surnameRunOns } from '../../../server/src/engine/surnameRunOns';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

/** surnameRunOns on words written out; `stems` where the splitter cut a clitic; the training text knows `known` bare forms. */
function run(words: string[], marks: string[][], input: string[], stems: Record<number, string> = {}, known: string[] = []): string[] {
  return surnameRunOns(words.map((w, k) => stems[k] ?? normalizeArabic(w)), marks, input.map((t) => TAGS.indexOf(t)), (k) => words[k],
    (w) => (known.includes(w) ? 3 : 0), () => false).map((t) => TAGS[t]);
}

test('a well-known surname alone does not run on into an accusative or a word behind ب', () => {
  assert.deepEqual(run(['قرار', 'ماكرون', 'توترا', 'مع'], [[], ['PLAST-S'], ['fNAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], {}, ['توتر']),
    ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['وصف', 'بايدن', 'بالفاتر', 'موقف'], [[], ['PLAST-S', 'NAME-S'], ['fNAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], { 2: 'الفاتر' }),
    ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(entityLines('وأثار قرار ماكرون توترا مع الحلفاء .'), ['PERSON ماكرون']);
  // The cut word's marks are its stem's: a given name behind ب (ب + خطاب) leaves the word as written no name part.
  assert.deepEqual(run(['قال', 'ماكرون', 'بخطاب', 'متلفز'], [[], ['PLAST-S'], ['FIRST-S', 'NAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], { 2: 'خطاب' }),
    ['O', 'B-PERS', 'O', 'O']);
});

test('after a given name, or where the lists hold the second word, the name stays whole', () => {
  assert.deepEqual(run(['قال', 'نور', 'أسما'], [[], ['PLAST-S', 'FIRST-S'], []], ['O', 'B-PERS', 'I-PERS'], {}, ['اسم']), ['O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['قال', 'ماكرون', 'رينا'], [[], ['PLAST-S'], ['NAME-S']], ['O', 'B-PERS', 'I-PERS'], {}, ['رين']), ['O', 'B-PERS', 'I-PERS']);
  // A word the training text never saw bare is no accusative it knows.
  assert.deepEqual(run(['قال', 'ماكرون', 'كوستا'], [[], ['PLAST-S'], []], ['O', 'B-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS']);
});
