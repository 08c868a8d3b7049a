// Indefinite accusatives the tagger ran on into a place, or read as one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('an adverb in the accusative is no place, alone or after one (فجرا: at dawn)', () => {
  assert.deepEqual(places('وانسحبت الدوريات من المدينة فجرا بعد اشتباكات .'), []);
});

test('places ending in ا whose rest is a word keep their reading by the lists', () => {
  assert.deepEqual(places('وزار الوفد صيدا وتركيا ثم عاد إلى بيروت .'), ['صيدا', 'تركيا', 'بيروت']);
});
