import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// Present verbs that start with ينا (يناقش، ينافس، يناشد) put a bare weekday ahead like any present verb: the filter meant
// for يناير used to block the whole prefix. 2026-12-07 is a Monday.

test('يناقش before a bare weekday puts it ahead', () => {
  assert.equal(value('يناقش مجلس الشورى مشروع قانون الضرائب الثلاثاء في جلسة مغلقة.', 'الثلاثاء', '2026-12-07').value, '2026-12-08');
});

test('ينافس before a bare weekday puts it ahead', () => {
  assert.equal(value('وينافس الفريق الأردني على البطولة الجمعة في الجولة الختامية.', 'الجمعة', '2026-12-07').value, '2026-12-11');
});

test('the month يناير before a weekday is still no present verb', () => {
  assert.equal(value('وعادت ذكرى أحداث يناير السبت إلى الواجهة.', 'السبت', '2026-12-07').value, '2026-12-05');
});
