// A country whose name is also an adjective, after a compass word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('مالي after a bare compass word is the country (شمال مالي، وسط مالي)', () => {
  assert.deepEqual(places('وتنشط الجماعات المسلحة في شمال مالي منذ سنوات .'), ['مالي']);
  assert.deepEqual(places('وهاجم مسلحون قرية صغيرة وسط مالي أمس .'), ['مالي']);
});

test('the adjective after a definite compass word or after an ordinary noun stays no place (الوسط المالي، عجز مالي)', () => {
  assert.deepEqual(places('وقال خبراء في الوسط المالي إن الأسواق هادئة .'), []);
  assert.deepEqual(places('وتعاني الشركة من عجز مالي كبير .'), []);
});

test('a country-shaped adjective followed by a second adjective after وسط is no place (وسط مالي واقتصادي)', () => {
  assert.deepEqual(places('ويعمل المستثمرون في وسط مالي واقتصادي مضطرب منذ عامين .'), []);
  assert.deepEqual(places('وتنتشر الجماعات المسلحة في شمال مالي وشرقي النيجر .'), ['مالي', 'النيجر']);
});

test('a country-shaped adjective after a bare compass word, with an indefinite adjective after it, is no place (وسط مالي صعب)', () => {
  assert.deepEqual(places('ويعمل صغار المستثمرين في وسط مالي صعب منذ الأزمة .'), []);
  assert.deepEqual(places('وتعيش الأسر في وسط مالي مضطرب بعد إغلاق المصانع .'), []);
  // A time word or a particle after the country has no feminine: the country stays (شمال مالي منذ، وسط مالي عام).
  assert.deepEqual(places('وقتل جنديان في هجوم وسط مالي عام 2019 .'), ['مالي']);
  assert.deepEqual(places('وسيطرت الجماعة على بلدات في جنوب مالي بعد المعارك .'), ['مالي']);
});

test('a present verb behind و after the country opens the next clause, no second adjective (شمال مالي وتسعى)', () => {
  assert.deepEqual(places('وتنتشر القوات في شمال مالي وتسعى إلى استعادة المدن .'), ['مالي']);
});

test('a country-shaped adjective right after a verb opening its clause is the country (وتحكم مالي منذ)', () => {
  assert.deepEqual(places('وتحكم مالي منذ 2020 سلطة انتقالية .'), ['مالي']);
  assert.deepEqual(places('وتواجه مالي أزمة اقتصادية حادة .'), ['مالي']);
  // The same word inside a clause is a noun the adjective describes (تحكم مالي: financial control).
  assert.deepEqual(places('ويحتاج القطاع إلى تحكم مالي صارم .'), []);
});

test('a country that is also a noun after a verb opening its clause is left to the tagger (يتراوح قطر الحلقات)', () => {
  assert.deepEqual(places('يتراوح قطر الحلقات الخارجية من 4 الى 90 كم .'), []);
});
