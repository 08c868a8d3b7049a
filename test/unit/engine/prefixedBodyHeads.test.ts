import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a body head with ب or ل written on it names the body as it does without (the preposition outside)', () => {
  assert.deepEqual(entityLines('وكان طالبا بكلية الحقوق في القاهرة.'), ['ORGANIZATION كلية الحقوق', 'LOCATION القاهرة']);
  assert.deepEqual(entityLines('وقال السفير لوكالة الانباء السورية ان الزيارة مهمة.'), ['ORGANIZATION وكالة الانباء السورية']);
});

test('a head with ب before an indefinite word or a word that names nothing is no body', () => {
  assert.deepEqual(entityLines('وطالب بلجنة تحقيق مستقلة.'), []);
  assert.deepEqual(entityLines('واشاد بالمجلس الذي عقد امس.'), []);
});

test('a club head with ب or ل written on it names the club, its nationality outside', () => {
  assert.deepEqual(entityLines('وانضم المهاجم لنادي الرمال في الدوري.'), ['ORGANIZATION نادي الرمال']);
  assert.deepEqual(entityLines('ويلعب الحارس حاليا بنادي الرمال الكويتي منذ عامين.'), ['ORGANIZATION نادي الرمال']);
});

test('a club of a division and the verb نادى written with ب or ل name no club', () => {
  assert.deepEqual(entityLines('وانتقل اللاعب على سبيل الاعارة لنادي الدرجة الثانية.'), []);
});
