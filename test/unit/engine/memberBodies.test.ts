import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a listed movement named without its head after its fighters or leader is the organisation', () => {
  assert.ok(entityLines('وقرر شيوخ العشائر تشكيل قوة لطرد مسلحي القاعدة من المحافظة .').includes('ORGANIZATION القاعدة'));
  assert.ok(entityLines('واعتقلت الشرطة عددا من أنصار فتح في غزة .').includes('ORGANIZATION فتح'));
});

test('the same word without a member noun before it stays a common word', () => {
  assert.deepEqual(entityLines('وهذه هي القاعدة العامة في القانون .'), []);
});

test('a movement head and its unlisted name after a member or leader noun are the movement', () => {
  assert.deepEqual(entityLines('وكلف الرئيس القيادي في حركة الفجر سالم فياض بتشكيل الحكومة.'), ['ORGANIZATION حركة الفجر', 'PERSON سالم فياض']);
  assert.deepEqual(entityLines('وخلف أبو حمزة في قيادة جماعة أنصار الحق في بريطانيا.'), ['PERSON أبو حمزة', 'ORGANIZATION جماعة أنصار الحق', 'LOCATION بريطانيا']);
});

test('no movement is named by a describing word, a verbal noun, or a title after the name', () => {
  assert.deepEqual(entityLines('واعتقلت الشرطة عناصر من جماعة مسلحة في المدينة.'), []);
  assert.deepEqual(entityLines('واعتقلت الشرطة عناصر من حركة الاحتجاج في المدينة.'), []);
  assert.deepEqual(entityLines('وقال القيادي في حركة الفجر الدكتور سالم فياض إن الحركة سترد.'), ['ORGANIZATION حركة الفجر', 'PERSON سالم فياض']);
});

test('a movement head and a verbal noun with its object after عن or مع name no movement (حركة الدفاع عن البيئة)', () => {
  assert.ok(!entityLines('وقال ناشط في حركة الدفاع عن البيئة إن التلوث ازداد .').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!entityLines('واعتقلت الشرطة ناشطا في حركة التضامن مع الأسرى .').some((e) => e.startsWith('ORGANIZATION')));
  // A عن the verb governs leaves the movement's name whole.
  assert.ok(entityLines('وتحدث القيادي في حركة الفجر عن الانتخابات المقبلة .').includes('ORGANIZATION حركة الفجر'));
});
