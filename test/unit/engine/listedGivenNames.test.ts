import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listedGiven } from '../../../server/src/engine/nameMarks';
import { leftOutGivenNames } from '../../../server/src/engine/leftOutGivenNames';
import { adjustPersonBounds } from '../../../server/src/engine/personBounds';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { labelTexts, tagNames as names, tagNumbers as tags } from './helpers';

/** leftOutGivenNames on words written out with their list marks; every word known to the training text (count 70). */
function opened(words: string[], marks: string[][], input: string[], titles: number[]): string[] {
  const stems = words.map(normalizeArabic);
  return leftOutGivenNames(stems, marks, input.map((t) => TAGS.indexOf(t)), (k) => words[k],
    { word: () => true, verb: () => false, title: (k) => titles.includes(k), nationality: () => false, fronted: () => false, count: () => 70, namePart: () => false }).map((t) => TAGS[t]);
}

test('which listed words may be a given name: the given-name list, or name parts a surname list holds too or the text knows little', () => {
  assert.equal(listedGiven(['FIRST-S', 'NAME-S'], 7000), true);
  assert.equal(listedGiven(['NAME-S', 'PLAST-S'], 180), true);
  assert.equal(listedGiven(['NAME-S'], 3), true);
  // A name part alone that the text knows as a word (a sea, a death), or one a place list holds too.
  assert.equal(listedGiven(['NAME-S'], 70), false);
  assert.equal(listedGiven(['LOC-S', 'NAME-S', 'PLAST-S'], 1500), false);
  assert.equal(listedGiven([], 0), false);
});

test('a listed given name the training text knows joins the two-word name it opens after a title', () => {
  const words = ['وقال', 'المتحدث', 'باسم', 'الشركة', 'سالم', 'زاكوري', 'بنديلا', 'إن'];
  const input = ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'];
  const marks = words.map(() => [] as string[]);
  marks[4] = ['FIRST-S', 'NAME-S'];
  assert.deepEqual(opened(words, marks, input, [1]), ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // The same known word with no given-name mark stays a word of the sentence.
  assert.deepEqual(opened(words, words.map(() => []), input, [1]), input);
  // A common word only the name parts hold stays out too.
  marks[4] = ['NAME-S'];
  assert.deepEqual(opened(words, marks, input, [1]), input);
});

/** adjustPersonBounds on a sentence written out with list marks, `counts` the training counts of its words. */
function bounds(sentence: string, marks: string[][], input: string[], counts: Record<string, number> = {}): string[] {
  const words = sentence.split(' ');
  const stems = words.map(normalizeArabic);
  return names(adjustPersonBounds(stems, marks, tags(...input), (k) => counts[stems[k]] ?? 0, (k) => words[k], (w) => counts[w] ?? 0, () => false));
}

test('a name part the given-name list lacks joins a one-word name after a title, not after a function word', () => {
  const none = () => [] as string[];
  // المشير + a rare Wikidata name part + the surname the tagger read.
  const titled = [none(), none(), none(), ['NAME-S'], none(), none()];
  assert.deepEqual(bounds('ويقود القوات المشير نذير زمبراوي منذ', titled, ['O', 'O', 'O', 'O', 'B-PERS', 'O']),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // After الذي the same kind of word is the clause's verb (الذي ساند ...), and the surname stays alone.
  const relative = [none(), none(), ['NAME-S'], none(), none()];
  const known = { 'والطبيب': 40, 'الطبيب': 300, 'الذي': 5000, 'ساند': 2, 'طويلا': 200 };
  assert.deepEqual(bounds('والطبيب الذي ساند زمبراوي طويلا', relative, ['O', 'O', 'O', 'B-PERS', 'O'], known), ['O', 'O', 'O', 'B-PERS', 'O']);
});

test('a preposition written with its hamza opens no name, though its bare form is a listed given name (أمام is no إمام)', () => {
  const none = () => [] as string[];
  // امام is FIRST-S; after a definite word the step would take it in: `وتراجع الدولار الزيمبابوي أمام [الراند]`.
  const marks = [none(), none(), none(), ['FIRST-S', 'NAME-S'], none(), none()];
  assert.deepEqual(bounds('وتراجع الدولار الزيمبابوي أمام الراند الجنوبي', marks, ['O', 'O', 'O', 'O', 'B-PERS', 'O']),
    ['O', 'O', 'O', 'O', 'B-PERS', 'O']);
  // Written إمام it is the given name (or title) the step takes in.
  assert.deepEqual(bounds('وقال المسؤول الزيمبابوي إمام الراند اليوم', marks, ['O', 'O', 'O', 'O', 'B-PERS', 'O']),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
});

test('أمام read as the title إمام takes no definite title after it into a name (applyNameRules rule 6)', () => {
  // The tagger reads [أمام القاضي] [محمد علي]; rule 6 dropped أمام as a title and left [القاضي], which then joined the name.
  assert.deepEqual(labelTexts('ومثل المتهم أمام القاضي محمد علي أمس .', 'PERSON'), ['محمد علي']);
  assert.deepEqual(labelTexts('مثل المتهم أمام القاضي أحمد سالم أمس .', 'PERSON'), ['أحمد سالم']);
  // A title that opens the name it introduces keeps it (the conventions: الشيخ).
  assert.deepEqual(labelTexts('وقف أمام الشيخ محمد علي .', 'PERSON'), ['الشيخ محمد علي']);
});
