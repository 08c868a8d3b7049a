// A place run on into a day or a person's name, and common words read as places.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesBeforeGivenNames, placesEndBeforeDays } from '../../../server/src/engine/placeRunOns';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

const tags = (...names: string[]) => names.map((n) => TAGS.indexOf(n));
const names = (t: number[]) => t.map((x) => TAGS[x]);
const stemsOf = (s: string) => s.split(' ').map((w) => normalizeArabic(w));
const none = (n: number): string[][] => Array.from({ length: n }, () => []);
const bare = (n: number) => new Array<string>(n).fill('');
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

test('a listed place and a given name in one span are the place and the person holding a post there', () => {
  const words = 'السفير الالماني في افغانستان هانز اوليش سيدت توقع';
  const marks = [[], [], [], ['LOC-S'], ['FIRST-S'], [], [], []];
  const given = (k: number) => k === 4;
  const rare = (k: number) => k === 5 || k === 6;
  const out = placesBeforeGivenNames(stemsOf(words), bare(8), marks, tags('O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O'), noPlace, given, rare);
  assert.deepEqual(names(out), ['O', 'O', 'O', 'B-LOC', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // The person span after it takes the name in; a place the marks miss (باكو read ب + اكو) is found as written.
  const baku = placesBeforeGivenNames(stemsOf('السفير المقيم في باكو فارس المفتي'), bare(6), [[], [], [], ['NAME-S'], ['NAME-S'], []],
    tags('O', 'O', 'O', 'B-LOC', 'I-LOC', 'B-PERS'), (k) => k === 3, (k) => k === 4, () => false);
  assert.deepEqual(names(baku), ['O', 'O', 'O', 'B-LOC', 'B-PERS', 'I-PERS']);
  // Without a post before it, a listed place and a name part are often one place (بيرل هاربور); a name also listed as a
  // place is left too.
  const pearl = placesBeforeGivenNames(stemsOf('الهجوم على بيرل هاربور'), bare(4), [[], [], ['LOC-S'], ['FIRST-S']],
    tags('O', 'O', 'B-LOC', 'I-LOC'), noPlace, (k) => k === 3, () => true);
  assert.deepEqual(names(pearl), ['O', 'O', 'B-LOC', 'I-LOC']);
  const salem = placesBeforeGivenNames(stemsOf('سفير طالبان لدى باكستان سالم زعيف الهجمات'), bare(7), [[], ['ORG-S'], [], ['LOC-S'], ['FIRST-S', 'LOC-S'], [], []],
    tags('O', 'B-ORG', 'O', 'B-LOC', 'I-LOC', 'O', 'O'), noPlace, (k) => k === 4, (k) => k === 5);
  assert.deepEqual(names(salem), ['O', 'B-ORG', 'O', 'B-LOC', 'B-PERS', 'I-PERS', 'O']);
  const romagna = placesBeforeGivenNames(stemsOf('السفير في اميليا رومانيا'), bare(4), [[], [], ['LOC-S'], ['NAME-S', 'LOC-S']],
    tags('O', 'O', 'B-LOC', 'I-LOC'), noPlace, (k) => k === 3, () => true);
  assert.deepEqual(names(romagna), ['O', 'O', 'B-LOC', 'I-LOC']);
  // A place listed whole with a given name in it (دير ياسين) stays the place.
  const deir = placesBeforeGivenNames(stemsOf('سفير في دير ياسين'), bare(4), [[], [], ['LOC-B'], ['FIRST-S', 'LOC-E']],
    tags('O', 'O', 'B-LOC', 'I-LOC'), noPlace, (k) => k === 3, () => true);
  assert.deepEqual(names(deir), ['O', 'O', 'B-LOC', 'I-LOC']);
});
