import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, dateValue as value, find } from './helpers';

// The hour eleven in words (الحادية عشرة), found by session 65's hard2 writer: it came out 21:00 after الساعة and was not
// found without it.

test('الحادية عشرة is eleven, in the morning and at night, with or without الساعة', () => {
  assert.equal(value('وبدأت الجلسة يوم الأحد في الساعة الحادية عشرة صباحا.', 'الساعة الحادية عشرة صباحا', '2026-12-07').value, '2026-12-06T11:00');
  assert.equal(value('ورفعت الجلسة يوم الأحد في الساعة الحادية عشرة ليلا.', 'الساعة الحادية عشرة ليلا', '2026-12-07').value, '2026-12-06T23:00');
  assert.equal(value('وانطلقت المسيرة يوم الأحد الحادية عشرة صباحا من ساحة البلدية.', 'الحادية عشرة صباحا', '2026-12-07').value, '2026-12-06T11:00');
  assert.equal(value('وأعلنت النتائج يوم الأحد الحادية عشرة والنصف ليلا.', 'الحادية عشرة والنصف ليلا', '2026-12-07').value, '2026-12-06T23:30');
});

test('an ordinal الحادية عشرة that is no hour stays no date', () => {
  assert.equal(find(analyze('وافتتحت الدورة الحادية عشرة للمهرجان في المدينة.'), 'الحادية عشرة', 'date'), undefined);
});
