import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// اليوم meaning "nowadays" is PRESENT_REF (dev-dates README conventions); it was read as the article day.

test('اليوم after a subject pronoun and before an indefinite predicate is nowadays', () => {
  assert.equal(value('بنى العثمانيون القلعة في القرن السادس عشر، وهي اليوم متحف يزوره السياح.', 'اليوم', '2026-12-07').value, 'PRESENT_REF');
});

test('اليوم after بات is nowadays', () => {
  assert.equal(value('كان الميناء صغيرا في الستينيات، لكنه بات اليوم أكبر موانئ المنطقة.', 'اليوم', '2026-12-07').value, 'PRESENT_REF');
});

test('اليوم before لم يعد ("no longer") is nowadays', () => {
  assert.equal(value('كان الخط العربي مهنة رائجة، لكن اليوم لم يعد يجذب الشباب.', 'اليوم', '2026-12-07').value, 'PRESENT_REF');
});

test('اليوم where the subject is somewhere today, or the noun "the day", stays the article day', () => {
  assert.equal(value('وصل الوزير إلى عمان أمس، وهو اليوم في القاهرة.', 'اليوم', '2026-12-07').value, '2026-12-07');
  assert.equal(value('وتنتهي مهلة تقديم الطلبات اليوم عند منتصف الليل.', 'اليوم', '2026-12-07').value, '2026-12-07');
});
