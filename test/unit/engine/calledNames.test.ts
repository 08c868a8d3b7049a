import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('a thing bearing a name or known by one is MISC: a rare word, or a quoted name whole', () => {
  assert.deepEqual(misc('وأطلق البنك خدمة تحمل اسم قرضي لتقسيط الرسوم .'), ['قرضي']);
  assert.deepEqual(misc('وافتتح الملعب المعروف باسم " الصحن الطائر " أمس .'), ['الصحن الطائر']);
});

test('a people or a person named this way is no MISC', () => {
  assert.deepEqual(misc('وسكنت المنطقة قبيلة تعرف باسم الزناتيين قبل قرون .'), []);
  assert.deepEqual(misc('وكان شاب يحمل اسم محمد قد اعتقل أمس .'), []);
});

test('a thing launched by a name (an app … باسم) is MISC; باسم after no thing, or before a common word, is no name', () => {
  assert.deepEqual(misc('وأطلقت الوزارة تطبيقا لحجز مواعيد الفحص باسم موعدي .'), ['موعدي']);
  assert.deepEqual(misc('وقدمت الشركة خدمة جديدة باسم الوزارة .'), []);
  assert.deepEqual(misc('وتحدث المهندس باسم زملائه في الاجتماع .'), []);
});

test('bare باسم after a definite thing is "in the name of": the person or body behind it is no MISC', () => {
  assert.deepEqual(misc('وسجل المكتب الجهاز باسم زوبيرا قبل سفره .'), []);
  assert.deepEqual(misc('وأعد الخطة باسم شنيكات وفريقه في الوزارة .'), []);
  // A thing just brought out, indefinite, still takes its name.
  assert.deepEqual(misc('وطرحت الشركة جهازا صغيرا للقراءة باسم قارئي .'), ['قارئي']);
});
