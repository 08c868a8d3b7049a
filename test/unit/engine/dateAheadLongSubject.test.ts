import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// A present verb (or a decision to suspend) before a long subject and object still puts a bare weekday ahead: the clue
// was looked for only eight words back, and the weekday was read as the last one.

test('a present verb eleven words before a bare weekday puts it ahead', () => {
  // 2017-07-27 is a Thursday; the Monday ahead is the 31st.
  assert.equal(value('ويبحث وزير المالية خالد عبد الرحيم مشروع موازنة الدولة أمام البرلمان الاثنين.', 'الاثنين', '2017-07-27').value, '2017-07-31');
});

test('a decision to suspend far before the second weekday of a pair puts it ahead too', () => {
  // 2025-12-03 is a Wednesday.
  assert.equal(value('وقررت وزارة التعليم العالي تعليق الدراسة في جامعات الجنوب يومي الخميس والأحد.', 'الأحد', '2025-12-03').value, '2025-12-07');
});

test('a weekday far after a past verb stays behind', () => {
  assert.equal(value('وبحث وزير المالية خالد عبد الرحيم مشروع موازنة الدولة أمام البرلمان الاثنين.', 'الاثنين', '2017-07-27').value, '2017-07-24');
});
