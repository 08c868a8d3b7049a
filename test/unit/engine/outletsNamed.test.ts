import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a paper or channel told something without quotes is the outlet, not the region or a word', () => {
  assert.deepEqual(entityLines('وقال علاوي للشرق الأوسط عبر الهاتف من بغداد إن الحكومة باقية.'),
    ['PERSON علاوي', 'ORGANIZATION لشرق الأوسط', 'LOCATION بغداد']);
  assert.deepEqual(entityLines('وقال في تصريحات للحياة إن الوضع صعب.'), ['ORGANIZATION لحياة']);
});

test('a paper that a feminine verb of learning has as subject, or a byline with the agencies, is the outlet', () => {
  assert.deepEqual(entityLines('وعلمت الشرق الأوسط أن الاجتماع تأجل.'), ['ORGANIZATION الشرق الأوسط']);
  assert.deepEqual(entityLines('لندن: الشرق الأوسط والوكالات: رغم أن الأسواق تراجعت'), ['LOCATION لندن', 'ORGANIZATION الشرق الأوسط']);
});

test('the region after a telling verb that governs another clause stays a place', () => {
  assert.deepEqual(entityLines('وقال إن زيارته للشرق الأوسط ستبدأ غدا.'), ['LOCATION لشرق الأوسط']);
});

test('a word far from the telling verb, or a feminine name after a feminine verb, is no outlet', () => {
  assert.deepEqual(entityLines('لقد تحدث عنها ككائن واجب الوجود للحياة وللفن.'), []);
  assert.deepEqual(entityLines('وتلقت الجزيرة المساعدة العسكرية من بريطانيا.'), ['LOCATION بريطانيا']);
});
