import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { isHomographTown } from '../../../server/src/engine/homographTowns';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('the homograph towns list is read, normalised, and is no place list of the model', () => {
  assert.ok(isHomographTown('العماره'));
  assert.ok(isHomographTown('اب'));
  assert.ok(!isHomographTown('بغداد'));
  // Alone, the word stays the common word it is.
  assert.deepEqual(places('وانهارت العمارة بعد الحريق .'), []);
});

test('a homograph town joined by و to a place at the end of the list is the next place', () => {
  assert.deepEqual(places('وسجلت درجات الحرارة 50 درجة في الكوت والعمارة يوم الأحد .'), ['الكوت', 'العمارة']);
  assert.deepEqual(places('وشملت الحملة محافظتي الحديدة وإب .'), ['الحديدة', 'إب']);
  // A و written apart joins it the same way.
  assert.deepEqual(places('وتوقفت الحافلات بين عمان و الزرقاء .'), ['عمان', 'الزرقاء']);
});

test('a homograph town word followed by an adjective, a genitive or a partitive من stays a word', () => {
  assert.deepEqual(places('وزار الوزير بغداد والعمارة السكنية الجديدة .'), ['بغداد']);
  assert.deepEqual(places('وشارك وفد من الدوحة والعديد من العواصم العربية .'), ['الدوحة']);
});

test('a compass word after a place and و names a direction, not the region the list holds', () => {
  assert.deepEqual(places('وتوترت العلاقات بين روسيا والغرب .'), ['روسيا']);
  assert.deepEqual(places('وتحسنت صادرات الصين والشرق .'), ['الصين']);
});
