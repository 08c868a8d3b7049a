import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, dateValue as value, find } from './helpers';

// أحد عشر + a unit is eleven units, as خمسة عشر is fifteen (session 65, hard2's table: it was not found).

test('أحد عشر before a unit is a count of eleven', () => {
  assert.equal(value('ويقيم اللاجئ في المخيم منذ أحد عشر عاما دون أوراق.', 'أحد عشر عاما', '2026-12-07').value, 'P11Y');
  assert.equal(value('واستمر الإضراب أحد عشر يوما قبل أن يعلق.', 'أحد عشر يوما', '2026-12-07').value, 'P11D');
});

test('أحد that is "anyone" or "one of" starts no date', () => {
  assert.equal(analyze('ولم يتوقع أحد عودة اللاعب بعد الإصابة.', '2026-12-07').annotations.filter((x) => x.kind === 'date').length, 0);
  assert.equal(find(analyze('وقال أحد عشر نائبا إنهم سيقاطعون الجلسة.', '2026-12-07'), 'أحد عشر', 'date'), undefined);
});
