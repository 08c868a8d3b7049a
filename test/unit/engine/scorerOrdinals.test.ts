import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropScorerOrdinals } from '../../../server/src/engine/scorerOrdinals';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

/** dropScorerOrdinals on words written out (each its own stem) and their tags. */
const run = (words: string[], ...tags: string[]) =>
  tagNames(dropScorerOrdinals(words.map(normalizeArabic), tagNumbers(...tags), (k) => normalizeArabic(words[k])));

test('an ordinal after a scorer\'s name counts his goals, it is no part of the name', () => {
  assert.deepEqual(run(['وسجل', 'هدفين', 'ثم', 'أضاف', 'رامي', 'دحمان', 'الثالث', '.'], 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'),
    ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // The role noun and a given name read in later stand between the verb and the span.
  assert.deepEqual(run(['هدفين', 'ثم', 'أضاف', 'البديل', 'رامي', 'دحمان', 'الثالث'], 'O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS'),
    ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O']);
  assert.deepEqual(labelTexts('وتقدم الفريق في الدقيقة 20 ، قبل أن يضيف كريم زعيتر الثاني من ركلة جزاء .', 'PERSON'), ['كريم زعيتر']);
  // The stems keep و on the verb (وأضاف): the scoring verb is read behind it.
  assert.deepEqual(run(['هدفين', '،', 'وأضاف', 'البديل', 'رامي', 'دحمان', 'الثالث'], 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS'),
    ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
});

test('a bare ordinal ranks the noun after it: it never ends a name', () => {
  assert.deepEqual(run(['ويعد', 'نادر', 'حمدوش', 'ثالث', 'لاعب'], 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
});

test('kings\' numbers, a family called ثاني and a name ending in the letters of أول stay', () => {
  assert.deepEqual(run(['هدف', 'أضاف', 'الملك', 'فهد', 'الثاني'], 'O', 'O', 'O', 'B-PERS', 'I-PERS'), ['O', 'O', 'O', 'B-PERS', 'I-PERS']);
  // No goal in the sentence: what the man added is a statement.
  assert.deepEqual(run(['وأضاف', 'فهد', 'الثاني', 'أن'], 'O', 'B-PERS', 'I-PERS', 'O'), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['الشيخ', 'سالم', 'بن', 'ثاني'], 'O', 'B-PERS', 'I-PERS', 'I-PERS'), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['سالم', 'آل', 'ثاني'], 'B-PERS', 'I-PERS', 'I-PERS'), ['B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['وقال', 'كولن', 'باول'], 'O', 'B-PERS', 'I-PERS'), ['O', 'B-PERS', 'I-PERS']);
});

test('a king who adds what he said keeps his number, though the aim he speaks of is a goal\'s word', () => {
  assert.deepEqual(run(['زاد', 'الحسن', 'الثاني', 'أن', 'الهدف', 'هو', 'الوحدة'], 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O'),
    ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run(['زاد', 'الحسن', 'الثاني', 'في', 'خطاب', 'أن', 'الهدف'], 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O'),
    ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']);
  // The scorer still loses the goal's count in the same shape with a place of the pitch after في.
  assert.deepEqual(run(['هدف', 'زاد', 'رامي', 'دحمان', 'الثالث', 'في', 'الدقيقة'], 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O'),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
});

test('a ruler\'s title one word before the name (العاهل الأردني، ملك إسبانيا) keeps his number after وأضاف', () => {
  assert.deepEqual(run(['وأضاف', 'العاهل', 'الأردني', 'عبدالله', 'الثاني', 'خلال', 'استقباله', 'أن', 'الهدف'], 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O'),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run(['وأضاف', 'ملك', 'إسبانيا', 'فيليبي', 'السادس', 'خلال', 'لقائه', 'أن', 'الهدف'], 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O'),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']);
});
