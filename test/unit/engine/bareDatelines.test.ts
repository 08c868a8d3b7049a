// Datelines with no agency: `PLACE - story`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('an unseen word before a dash at a story\'s start is the dateline\'s place (كتم - قتل …)', () => {
  assert.deepEqual(places('كتم - قتل جنديان في هجوم على دورية .'), ['كتم']);
});

test('a common word, a list\'s number or an aside before a dash is no place', () => {
  assert.deepEqual(places('عواصم - وكالات : تواصلت الاحتجاجات .'), []);
  assert.deepEqual(places('وكان - بحسب المصادر - قد غادر .'), []);
  assert.deepEqual(places('أولا - تعزيز التعاون .'), []);
});

test('an editor\'s note before a dash (تنويه -) is no place', () => {
  assert.deepEqual(places('تنويه - تم تعديل الخبر بعد نشره .'), []);
});

test('an unlisted definite noun alone before a dash (الخلاصة -) is no place', () => {
  assert.deepEqual(places('الخلاصة - لم يتغير شيء في الموقف .'), []);
  assert.deepEqual(places('الرصيفة - افتتح المحافظ مدرسة جديدة .'), ['الرصيفة']);
});
