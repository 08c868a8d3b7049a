import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

test('a model named after طراز is a product, vehicle or weapon (MISC); a style after طراز is none', () => {
  const misc = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === 'MISC').map((x) => x.text);
  assert.deepEqual(misc('وأطلقت الشركة هاتفا جديدا من طراز آيفون الشهر الماضي .'), ['آيفون']);
  assert.deepEqual(misc('وأسقطت الدفاعات الجوية طائرة من طراز إف 16 قرب الحدود .'), ['إف 16']);
  assert.deepEqual(misc('وبنيت القاعة على طراز عالمي حديث ، وطرحت الشركة سيارات طراز عام 2007 .'), []);
});

test('a listed one-word prize or landmark read as a person or place is MISC; an organisation stays one', () => {
  const misc = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === 'MISC').map((x) => x.text);
  assert.deepEqual(misc('وحصل على نوبل وهو جالس في المقهى .'), ['نوبل']);
  assert.deepEqual(misc('وقال الكونغرس إن القانون سيصدر قريبا .'), []);
});
