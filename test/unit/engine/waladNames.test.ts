import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waladGivenNames } from '../../../server/src/engine/waladNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tagNames as names, tagNumbers as tags } from './helpers';

/** waladGivenNames on a sentence written out: `marks` by word, `counts` the training counts (every other word unseen). */
function walad(sentence: string, input: string[], marks: Record<number, string[]> = {}, counts: Record<string, number> = {}): string[] {
  const words = sentence.split(' ');
  const out = tags(...input);
  waladGivenNames(words.map(normalizeArabic), words.map((_, k) => marks[k] ?? []), (k) => words[k], (w) => counts[w] ?? 0, out);
  return names(out);
}

test('a listed or unseen given name before ولد joins the Mauritanian name the tagger began after it', () => {
  // A listed given name the text knows, ولد untagged: both join.
  assert.deepEqual(walad('وقال التاجر محمدن ولد ابياه الصغير إن', ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'], { 2: ['FIRST-S', 'NAME-S'] }, { 'محمدن': 20, 'التاجر': 80 }),
    ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // An unseen given name before a span that opens with ولد.
  assert.deepEqual(walad('وحضر الاجتماع أعلوين ولد ابياه', ['O', 'O', 'O', 'B-PERS', 'I-PERS'], {}, { 'الاجتماع': 400 }), ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']);
});

test('a known word before ولد, or ولد with no given name, stays out of the name', () => {
  // The name by its short form after a verb the text knows.
  assert.deepEqual(walad('وأضاف ولد ابياه أن', ['O', 'B-PERS', 'I-PERS', 'O'], {}, { 'واضاف': 900 }), ['O', 'B-PERS', 'I-PERS', 'O']);
  // ولد the verb: a known word before it, untagged.
  assert.deepEqual(walad('حيث ولد ابياه في', ['O', 'O', 'B-PERS', 'O'], {}, { 'حيث': 3000 }), ['O', 'O', 'B-PERS', 'O']);
  // A place's word before it.
  assert.deepEqual(walad('في نواكشوط ولد ابياه', ['O', 'O', 'O', 'B-PERS'], { 1: ['LOC-S'] }, { 'في': 9000 }), ['O', 'O', 'O', 'B-PERS']);
});
