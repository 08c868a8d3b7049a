import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// `الربع المماثل من العام الماضي` is the quarter named before, a year back (2025-Q3), one span: it used to be cut to
// `العام الماضي` and read as the whole year.

test('الربع المماثل من العام الماضي takes the quarter named before in the sentence', () => {
  assert.deepEqual(value('وقفزت مبيعات الشركة في الربع الثالث بنسبة 6 في المئة مقارنة بالربع المماثل من العام الماضي.', 'الربع المماثل من العام الماضي', '2026-11-05'), { label: 'DATE', value: '2025-Q3' });
});

test('the quarter may be named a sentence before, within the paragraph', () => {
  assert.equal(value('وبلغ صافي دخل المصرف خلال الربع الأول من العام الجاري 300 مليون درهم. وكان قد حقق 250 مليونا في الربع المماثل من العام الماضي.', 'الربع المماثل من العام الماضي', '2026-05-02').value, '2025-Q1');
});

test('with no quarter named before, only the year is a date', () => {
  assert.equal(value('وارتفعت الأرباح مقارنة بالربع المماثل من العام الماضي.', 'العام الماضي', '2026-05-02').value, '2025');
});
