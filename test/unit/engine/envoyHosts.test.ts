import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('the unlisted body an envoy is posted to after لدى is an organisation', () => {
  assert.deepEqual(entityLines('ودعا مندوب تشيلي الدائم لدى الأوفاكسية إلى التعاون .'), ['LOCATION تشيلي', 'ORGANIZATION الأوفاكسية']);
});

test('a state named by what it is, or generic authorities, after an envoy\'s لدى are no body', () => {
  assert.deepEqual(entityLines('وقال سفير مصر لدى المملكة إن العلاقات قوية .'), ['LOCATION مصر']);
  assert.deepEqual(entityLines('وقدم السفير الجديد أوراق اعتماده لدى السلطات المحلية .'), []);
});

test('لدى opening a clause after the envoy says who has something, and names no body', () => {
  assert.deepEqual(entityLines('وقال السفير إن لدى الوفد الاقتصادي المرافق ملفات كثيرة .'), []);
  assert.deepEqual(entityLines('وأوضح المبعوث الأممي أن لدى الأطراف المتنازعة فرصة أخيرة .'), []);
});
