import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a listed town joined by و to a place is the next place even where a verb follows the list', () => {
  assert.deepEqual(places('وانسحب المسلحون من الشرقاط والقيارة وتركوا اسلحتهم .'), ['الشرقاط', 'القيارة']);
});

test('a common word after و and a place stays a word', () => {
  assert.deepEqual(places('وشهدت بغداد والمناطق المحيطة بها هدوءا حذرا .'), ['بغداد']);
});

test('an unknown word between a preposition of place and و + a place the tagger read is the first town of the list', () => {
  assert.deepEqual(places('ووصلت قوافل الإغاثة إلى قاطمة وسرمدا ، حيث يقيم النازحون .'), ['قاطمة', 'سرمدا']);
});

test('a noun with its pronoun or an inflected common noun before و + a place stays a word', () => {
  assert.deepEqual(places('وقال إنه تحدث في مداخلته وبغداد تستمع .'), ['بغداد']);
  assert.deepEqual(places('وناقش الوفد في المؤتمرات وبغداد الملف .'), ['بغداد']);
});

test('a listed town after a place and a و written apart is the next place of the list', () => {
  assert.deepEqual(places('ووصلت قوافل الإغاثة إلى الجنينة و الفاشر أمس .'), ['الجنينة', 'الفاشر']);
  // A common word after the lone و stays a word.
  assert.deepEqual(places('وشهدت بغداد و المناطق المحيطة بها هدوءا حذرا .'), ['بغداد']);
});
