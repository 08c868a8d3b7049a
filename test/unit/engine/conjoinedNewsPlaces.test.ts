import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a listed town joined by و to a place is the next place even where a verb follows the list', () => {
  assert.deepEqual(places('وفي تلكيف وبعشيقة اغلقت الاسواق ابوابها مساء .'), ['تلكيف', 'بعشيقة']);
  assert.deepEqual(places('وانسحب المسلحون من الفلوجة وهيت وتركوا اسلحتهم .'), ['الفلوجة', 'هيت']);
});

test('a common word after و and a place stays a word', () => {
  assert.deepEqual(places('وشهدت بغداد والمناطق المحيطة بها هدوءا حذرا .'), ['بغداد']);
});
