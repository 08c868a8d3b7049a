import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a quoted name after لـ that a verb or noun of telling governs is the outlet spoken to', () => {
  assert.deepEqual(entityLines('وقال مسؤول كبير لـ«الشرق الأوسط» إن الاتفاق قريب.'), ['ORGANIZATION الشرق الأوسط']);
  assert.deepEqual(entityLines('وقال لـ«الحياة» إن الحكومة لن تستقيل.'), ['ORGANIZATION الحياة']);
  assert.deepEqual(entityLines('واضاف في حديث لـ"النهار" ان الحوار مستمر.'), ['ORGANIZATION النهار']);
});

test('after a verb whose لـ means "for", a quoted phrase is no outlet', () => {
  assert.deepEqual(entityLines('ودعا لـ«حوار وطني شامل» بين الاطراف.'), []);
});
