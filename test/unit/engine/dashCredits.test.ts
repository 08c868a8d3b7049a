import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagDashCredits } from '../../../server/src/engine/datelines';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines, tagNames as names, tagNumbers as tags } from './helpers';

test('a paper credited between dashes at a story\'s start, quoted or bracketed, is the outlet', () => {
  assert.deepEqual(entityLines('تعز - " الأيام " - أعلنت نقابة المعلمين الإضراب المفتوح .').slice(0, 2), ['LOCATION تعز', 'ORGANIZATION الأيام']);
  assert.ok(entityLines('بيروت - « النهار » - أعلنت الحكومة خطة جديدة .').includes('ORGANIZATION النهار'));
});

test('a country quoted after the dateline\'s city is no outlet', () => {
  assert.ok(entityLines('ساو باولو - " البرازيل " - أعلنت الحكومة خطة جديدة .').includes('LOCATION البرازيل'));
});

test('a credit between dashes whose first word alone the tagger read as the outlet becomes the whole outlet', () => {
  // `العربية نت` read as [العربية] and a place after it: the pass must not stop at the first word's organisation tag.
  const sentence = tokenize('الرياض - ( العربية نت ) - أعلنت الحكومة خطة جديدة .');
  const read = tags('B-LOC', 'O', 'O', 'B-ORG', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'O');
  assert.deepEqual(names(tagDashCredits(sentence, read)).slice(0, 6), ['B-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
  const alone = tags('B-LOC', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O');
  assert.deepEqual(names(tagDashCredits(sentence, alone)).slice(3, 5), ['B-ORG', 'I-ORG']);
});

test('a site credited between dashes with its domain written on (العربية.نت) is one outlet, and its dot ends no sentence', () => {
  assert.ok(entityLines('الرياض - ( العربية.نت ) - أعلنت شركة أرامكو نتائجها .').includes('ORGANIZATION العربية.نت'));
});
