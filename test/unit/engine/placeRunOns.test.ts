// A place run on into a day or a person's name, and common words read as places.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesEndBeforeDays } from '../../../server/src/engine/placeRunOns';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines, tagNames as names, tagNumbers as tags } from './helpers';

const stemsOf = (s: string) => s.split(' ').map((w) => normalizeArabic(w));
const none = (n: number): string[][] => Array.from({ length: n }, () => []);
const noPlace = () => false;

test('a listed place ends before the day a wire sentence names after it (ودعت برلين الجمعة)', () => {
  const marks = [[], ['LOC-S'], [], [], []];
  assert.deepEqual(names(placesEndBeforeDays(stemsOf('ودعت برلين الجمعة الى وقف'), marks, tags('O', 'B-LOC', 'I-LOC', 'O', 'O'), noPlace)),
    ['O', 'B-LOC', 'O', 'O', 'O']);
  assert.deepEqual(names(placesEndBeforeDays(stemsOf('وسط بغداد أمس ،'), [[], ['LOC-S'], [], []], tags('O', 'B-LOC', 'I-LOC', 'O'), noPlace)),
    ['O', 'B-LOC', 'O', 'O']);
  // A listed name with a day in it stays whole; an unlisted head before the day is left to the tagger.
  const souk = [[], ['LOC-B'], ['LOC-E']];
  assert.deepEqual(names(placesEndBeforeDays(stemsOf('في سوق الأربعاء'), souk, tags('O', 'B-LOC', 'I-LOC'), noPlace)), ['O', 'B-LOC', 'I-LOC']);
  assert.deepEqual(names(placesEndBeforeDays(stemsOf('في سوق الخميس'), none(3), tags('O', 'B-LOC', 'I-LOC'), noPlace)), ['O', 'B-LOC', 'I-LOC']);
});


test('a listed place run on into the part of the day before a day ends before it', () => {
  assert.deepEqual(entityLines('وداهمت القوات الإسرائيلية مخيم جنين فجر اليوم .').filter((l) => l.startsWith('LOCATION')), ['LOCATION جنين']);
});

test('a part of the day before a day ends a place no list holds too (وداهمت قوات الاحتلال قرية [مرواحة] فجر اليوم)', () => {
  const places = (text: string) => entityLines(text).filter((x) => x.startsWith('LOCATION'));
  assert.deepEqual(places('وداهمت قوات الاحتلال قرية مرواحة فجر اليوم .'), ['LOCATION مرواحة']);
  assert.deepEqual(places('وداهمت قوات الاحتلال بلدة بيتا فجر اليوم .'), ['LOCATION بيتا']);
});
