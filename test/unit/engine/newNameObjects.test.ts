import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newNameObjects } from '../../../server/src/engine/newNameObjects';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames as names, tagNumbers as tags } from './helpers';

/** newNameObjects on words written out; `marks` per position, `seen` the training text's counts. */
function run(sentence: string, input: string[], marks: Record<number, string[]>, seen: Record<string, number>): string[] {
  const words = sentence.split(' ').map(normalizeArabic);
  const out = tags(...input);
  newNameObjects(words, words.map((_, k) => marks[k] ?? []), out, (w) => seen[w] ?? 0);
  return names(out);
}

test('a new company read as a person does not take the object of its verb', () => {
  // companySubjects then reads the name after a company's act as the company (it was a one-word person).
  assert.deepEqual(labelTexts('أطلقت زيمكو هاتفا جديدا في السوق .', 'ORGANIZATION'), ['زيمكو']);
  assert.deepEqual(labelTexts('أطلقت زيمكو هاتفا جديدا في السوق .', 'PERSON'), []);
  assert.deepEqual(run('اطلقت زيمكو هاتفا جديدا', ['O', 'B-PERS', 'I-PERS', 'O'], {}, { هاتف: 10, الهاتف: 21 }), ['O', 'B-PERS', 'O', 'O']);
});

test('the accusative stays when the first word is listed, or the noun is not known with and without the article', () => {
  // A given name before its family name (نور أسما).
  assert.deepEqual(run('قابلت نور اسما امس', ['O', 'B-PERS', 'I-PERS', 'O'], { 1: ['FIRST-S'] }, { اسم: 90, الاسم: 60 }), ['O', 'B-PERS', 'I-PERS', 'O']);
  // A word never seen with the article is no common noun the rule can trust (a name ending in ا).
  assert.deepEqual(run('وصل كوربيس ماريا امس', ['O', 'B-PERS', 'I-PERS', 'O'], {}, { ماري: 12 }), ['O', 'B-PERS', 'I-PERS', 'O']);
  // A listed second word (a place, a name) is left alone.
  assert.deepEqual(run('وصل كوربيس سوريا امس', ['O', 'B-PERS', 'I-PERS', 'O'], { 2: ['LOC-S'] }, { سوري: 50, السوري: 80 }), ['O', 'B-PERS', 'I-PERS', 'O']);
});
