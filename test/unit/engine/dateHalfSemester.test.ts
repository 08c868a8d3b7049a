import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateSpans, dateValue as value } from './helpers';

// Algerian and Tunisian السداسي is a half of the year (2026-H1), as their الثلاثي is a quarter; it used to be left out,
// so only the year after it was found.

test('السداسي الأول من السنة الجارية is the first half', () => {
  assert.deepEqual(value('وتراجعت واردات الحبوب خلال السداسي الأول من السنة الجارية بنسبة 9 بالمئة.', 'السداسي الأول من السنة الجارية', '2026-09-10'), { label: 'DATE', value: '2026-H1' });
});

test('a bare السداسي الثاني in a money story is the latest second half begun', () => {
  assert.equal(value('وينتظر أن يرتفع العجز التجاري خلال السداسي الثاني بفعل تراجع الصادرات.', 'السداسي الثاني', '2026-08-03').value, '2026-H2');
  assert.equal(value('وارتفع العجز التجاري خلال السداسي الثاني بفعل تراجع الصادرات.', 'السداسي الثاني', '2026-04-03').value, '2025-H2');
});

test('المحادثات السداسية is no date', () => {
  assert.deepEqual(dateSpans('واستؤنفت المحادثات السداسية حول البرنامج النووي في بكين.', '2026-09-10'), []);
});
