import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { tagPublishingHouses } from '../../../server/src/engine/publishingHouses';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

test('a publishing house named دار + a family name is one organisation in a sentence about publishing', () => {
  assert.ok(entityLines('وصدرت ترجمتها العربية عن دار نوفل في بيروت .').includes('ORGANIZATION دار نوفل'));
});

test('without a word of publishing, دار before a name is left to the tagger', () => {
  assert.ok(!entityLines('واجتمع الوزراء مساء أمس في دار نوفل .').includes('ORGANIZATION دار نوفل'));
});

test('a house the tagger read whole as a person is the publisher in a sentence about publishing, not without one', () => {
  const toks = 'أصدرت دار الشروق طبعة جديدة'.split(' ');
  const stems = toks.map((t) => normalizeArabic(t));
  const prefixes = toks.map(() => '');
  const pers = [0, B_PERS, I_PERS, 0, 0];
  assert.deepEqual(tagPublishingHouses(stems, prefixes, pers, () => 0), [0, B_ORG, I_ORG, 0, 0]);
  const home = 'زار دار الشروق أمس'.split(' ').map((t) => normalizeArabic(t));
  assert.deepEqual(tagPublishingHouses(home, home.map(() => ''), [0, B_PERS, I_PERS, 0], () => 0), [0, B_PERS, I_PERS, 0]);
});
