// An outlet the lists lack, told something right before reported speech (وقال المخرج لـX إن).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a never-met word behind لـ between a verb of telling and إن is the outlet spoken to', () => {
  assert.deepEqual(entities('وقال المخرج لزافيرو إن التصوير تأخر شهرين .'), ['ORGANIZATION زافيرو']);
  assert.deepEqual(entities('وقال المدير لكوتيبا ان العرض يستعيد ذاكرة المدينة .'), ['ORGANIZATION كوتيبا']);
});

test('a person told, or a لـ word with no telling verb, is no outlet', () => {
  assert.deepEqual(entities('وقال الوزير لهاني إن الاتفاق قريب .'), ['PERSON هاني']);
  assert.deepEqual(entities('وأشار المقال لزافيرو إن صح التعبير .'), []);
});
