import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const persons = (text: string) => labelTexts(text, 'PERSON');

test('a relation noun with ها or هم before a name (no title list holds it) stays out of the name', () => {
  assert.deepEqual(persons('والتقت الوزيرة زميلتها ماري دوفرنيه في باريس أمس.'), ['ماري دوفرنيه']);
  assert.deepEqual(persons('وقالت زميلتها ماري إن الاجتماع تأجل.'), ['ماري']);
  // A name with a lone ه, or one too short to hold a pronoun, is no relation.
  assert.deepEqual(persons('وقالت الفنانة أمينه فاخت إن الحفلة كانت ناجحة جدا.'), ['أمينه فاخت']);
});
