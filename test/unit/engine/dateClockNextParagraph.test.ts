import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// A clock time opening the paragraph after the one that named its day (ويلعب الفريق الأحد … / وتبدأ المباراة الساعة
// السادسة مساء) is on that day; dates are found one paragraph at a time, so it used to take the article's day.
// 2026-12-07 is a Monday.

test('a clock time opening the next paragraph is on the weekday the paragraph before named', () => {
  const text = 'ويستضيف النادي الأهلي منافسه الزمالك الثلاثاء في القاهرة.\nوتبدأ المباراة الساعة السادسة مساء بحضور الجماهير.';
  assert.equal(value(text, 'الساعة السادسة مساء', '2026-12-07').value, '2026-12-08T18:00');
});

test('a clock time after a paragraph naming two days keeps the article day', () => {
  const text = 'وأعلنت الهيئة اليوم الاثنين أن العاصفة تصل الخميس.\nوكان مركز العاصفة الساعة 09:00 بتوقيت غرينتش فوق البحر.';
  assert.equal(value(text, 'الساعة 09:00 بتوقيت غرينتش', '2026-12-07').value, '2026-12-07T09:00');
});

test('a clock time after the first sentence of its paragraph keeps the article day', () => {
  const text = 'ويستضيف النادي الأهلي منافسه الزمالك الثلاثاء في القاهرة.\nوقال المدرب إن فريقه جاهز. وعقد مؤتمرا صحفيا الساعة الواحدة ظهرا.';
  assert.equal(value(text, 'الساعة الواحدة ظهرا', '2026-12-07').value, '2026-12-07T13:00');
});
