import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familyParts, sonsOfParts } from '../../../server/src/engine/familyNames';
import { adjustPersonBounds } from '../../../server/src/engine/personBounds';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames as names, tagNumbers as tags } from './helpers';

/** familyParts on a sentence written out, words split at spaces. */
function family(sentence: string, input: string[]): string[] {
  const words = sentence.split(' ');
  const out = tags(...input);
  familyParts((k) => words[k], out);
  return names(out);
}

test('آل and the family after a person continue the name, whether the tagger left them out or opened a second person', () => {
  assert.deepEqual(family('استقبل الشيخ سلطان بن حمد آل زعبيل الوفد', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O', 'O', 'O']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(family('وحضر سالم بن راشد آل زعبيل الحفل', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('آل before no person, before a one-letter piece or before a second person with و stays as it is', () => {
  assert.deepEqual(family('زار آل زعبيل المدينة', ['O', 'O', 'O', 'O']), ['O', 'O', 'O', 'O']);
  // FANE's splitter writes إلي as ال + ي.
  assert.deepEqual(family('دفع السلطان قلاوون ال ي أن', ['O', 'O', 'B-PERS', 'O', 'O', 'O']), ['O', 'O', 'B-PERS', 'O', 'O', 'O']);
  // The article a source split off a row of adjectives.
  assert.deepEqual(family('نظام صدام حسين ال ديكتاتوري ال شمولي', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']);
  assert.deepEqual(family('قابل سالم آل وراشد', ['O', 'B-PERS', 'O', 'B-PERS']), ['O', 'B-PERS', 'O', 'B-PERS']);
});

test('the person bounds take the family after آل that no list holds (a new name)', () => {
  const words = 'وحضر سالم بن راشد آل زعبيل الحفل'.split(' ');
  const marks = [[], ['FIRST-S'], [], ['FIRST-S'], [], [], []];
  const out = adjustPersonBounds(words.map(normalizeArabic), marks, tags('O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O', 'O'), () => 0, (k) => words[k], () => 0, () => false);
  assert.deepEqual(names(out), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('آل before a definite noun and إلى is the verb "passed to" with its subject, no family (قابوس آل الحكم إلى)', () => {
  assert.deepEqual(family('وبعد وفاة السلطان مراد آل العرش إلى ابنه', ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']), ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']);
  assert.deepEqual(family('ولما توفي الأمير ناصر آل الأمر الملكي الى شقيقه', ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O', 'O']),
    ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(labelTexts('وبعد وفاة السلطان قابوس آل الحكم إلى ابن عمه هيثم .', 'PERSON'), ['قابوس', 'هيثم']);
  // Where the tagger took آل into the name already, it goes out of it (فهد [آل] العرش إلى).
  assert.deepEqual(family('وبعد وفاة الملك فهد آل العرش إلى شقيقه', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']), ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']);
  // A family after آل is still taken when إلى follows it: the family word has no article (وصل محمد آل زعبيل إلى).
  assert.deepEqual(family('ووصل سالم آل زعبيل إلى دبي', ['O', 'B-PERS', 'O', 'O', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
});

/** sonsOfParts on a sentence written out, words split at spaces. */
function sonsOf(sentence: string, input: string[]): string[] {
  const words = sentence.split(' ');
  const out = tags(...input);
  sonsOfParts((k) => words[k], out);
  return names(out);
}

test('a person cut after آيت takes the family word after it, whatever the spelling of آيت', () => {
  assert.deepEqual(sonsOf('وسجل يوسف آيت زكري هدفا', ['O', 'B-PERS', 'I-PERS', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(sonsOf('وتقول أيت زكري إن الموسم', ['O', 'B-PERS', 'O', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // The family word the tagger read as a second person is the same name.
  assert.deepEqual(sonsOf('وسجل يوسف ايت زكري هدفا', ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('آيت before punctuation, a word in و or another entity takes nothing', () => {
  assert.deepEqual(sonsOf('وسجل يوسف آيت ، ثم', ['O', 'B-PERS', 'I-PERS', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  assert.deepEqual(sonsOf('يوسف آيت وزكري', ['B-PERS', 'I-PERS', 'O']), ['B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(sonsOf('يوسف آيت زكري', ['B-PERS', 'I-PERS', 'B-LOC']), ['B-PERS', 'I-PERS', 'B-LOC']);
});
