import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayPartsEndNames } from '../../../server/src/engine/dayPartNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

/** dayPartsEndNames on words written out; `titles`: the words that are titles. */
function run(text: string, input: string[], titles: string[] = []): string[] {
  const words = text.split(' ');
  return dayPartsEndNames(words.map(normalizeArabic), input.map((t) => TAGS.indexOf(t)), (k) => titles.includes(words[k])).map((t) => TAGS[t]);
}

test('a part of the day before its day is the time, not the end of a name', () => {
  assert.deepEqual(run('استقبل محمود عباس صباح اليوم وفدا', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('عكف عبدالله مبارك صباح أمس على', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  assert.deepEqual(entityLines('واستقبل الرئيس محمود عباس صباح اليوم وفدا أمريكيا .'), ['PERSON محمود عباس']);
});

test('صباح stays a name before a definite surname, and after a title alone', () => {
  assert.deepEqual(run('التقى صباح الأحمد أمس', ['O', 'B-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run('استقبل الشيخ صباح اليوم الوفد', ['O', 'O', 'B-PERS', 'O', 'O'], ['الشيخ']), ['O', 'O', 'B-PERS', 'O', 'O']);
});

test('a part of the day before its day is no part of a body either', () => {
  const found = entityLines('وقالت الشرطة فجر اليوم إن المسلحين فروا .');
  assert.ok(!found.some((l) => l.includes('فجر')), found.join(', '));
});
