import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleElatives } from '../../../server/src/engine/titleElatives';
import { labelTexts, tagNames, tagNumbers } from './helpers';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const run = (words: string, tags: string[]) => tagNames(titleElatives(words.split(' ').map(normalizeArabic), tagNumbers(...tags)));

test('a definite noun before a rank\'s elative is the rank, not the end of the name', () => {
  assert.deepEqual(run('بقيادة لطفي باشا الصدر الأعظم صدر', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('فاقترح الصدر الأعظم تعيينه', ['O', 'B-PERS', 'O', 'O']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('علي خامنئي المرشد الأعلى', ['B-PERS', 'I-PERS', 'I-PERS', 'O']), ['B-PERS', 'I-PERS', 'O', 'O']);
});

test('an indefinite name before the elative, or the elative inside the span, stays', () => {
  assert.deepEqual(run('كاتو الأكبر قال', ['B-PERS', 'O', 'O']), ['B-PERS', 'O', 'O']);
  assert.deepEqual(run('بليني الأكبر قال', ['B-PERS', 'I-PERS', 'O']), ['B-PERS', 'I-PERS', 'O']);
});

test('the Ottoman grand vizier\'s rank stays out of his name, and alone is no person', () => {
  const persons = labelTexts('و عند اشتراكه في حملة على ايران بقيادة لطفي باشا الصدر الاعظم صدر له امر ببناء سفن للنقل العسكري .', 'PERSON');
  assert.ok(!persons.includes('لطفي باشا الصدر'), persons.join('|'));
});

test('a family name before an elative is the person compared, no rank: it stays in the name', () => {
  assert.deepEqual(labelTexts('ويعد سالم الدوسري الأعلى أجرا بين اللاعبين السعوديين .', 'PERSON'), ['سالم الدوسري']);
  assert.deepEqual(labelTexts('وكان خالد الفيصل الأكبر بين إخوته .', 'PERSON'), ['خالد الفيصل']);
  assert.deepEqual(run('علي السيستاني الأكبر سنا', ['B-PERS', 'I-PERS', 'O', 'O']), ['B-PERS', 'I-PERS', 'O', 'O']);
  // A rank the titles list does not hold is still one (الحبر الأعظم).
  assert.deepEqual(run('البابا فرنسيس الحبر الأعظم', ['B-PERS', 'I-PERS', 'I-PERS', 'O']), ['B-PERS', 'I-PERS', 'O', 'O']);
});
