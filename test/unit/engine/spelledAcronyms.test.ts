import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { joinSpelledAcronyms } from '../../../server/src/engine/spelledAcronyms';
import { tokenize } from '../../../server/src/engine/tokenize';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const stemsOf = (text: string) => tokenize(text).map((t) => t.norm);

test('letters spelled with spaced dashes in quotes are one name to the last letter', () => {
  assert.ok(entityLines('وقال مدير قناة " إم - بي - سي " إن البرنامج سيعرض الشهر المقبل .').includes('ORGANIZATION إم - بي - سي'));
  assert.ok(entityLines('وقال " إم - بي - سي " في بيان إن البرنامج توقف .').includes('ORGANIZATION إم - بي - سي'));
});

test('after a body or outlet head the spelled acronym is the body, even where the tagger read none of it', () => {
  assert.ok(entityLines('وقالت قناة " بي - بي - سي " إن المراسل بخير .').includes('ORGANIZATION بي - بي - سي'));
  assert.ok(entityLines('وذكرت وكالة " أ - ف - ب " أن القتلى عشرة .').includes('ORGANIZATION أ - ف - ب'));
});

test('the pass itself: the tagger\'s first letter runs on; two letters, bare letters without quotes or head, and a score stay', () => {
  const text = 'قال " إم - بي - سي " إن';
  const sentence = tokenize(text);
  const tags = sentence.map((t) => (t.text === 'إم' ? B_ORG : 0));
  assert.deepEqual(joinSpelledAcronyms(sentence, stemsOf(text), tags), [0, 0, B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, 0, 0]);
  const two = 'قال " إم - بي " إن';
  const twoTags = tokenize(two).map((t) => (t.text === 'إم' ? B_ORG : 0));
  assert.deepEqual(joinSpelledAcronyms(tokenize(two), stemsOf(two), twoTags), twoTags);
  const bare = 'وقال إن أ - ب - ج هي الخيارات';
  const bareTags = tokenize(bare).map(() => 0);
  assert.deepEqual(joinSpelledAcronyms(tokenize(bare), stemsOf(bare), bareTags), bareTags);
  const score = 'فاز الفريق 2 - 1 - 0';
  const scoreTags = tokenize(score).map(() => 0);
  assert.deepEqual(joinSpelledAcronyms(tokenize(score), stemsOf(score), scoreTags), scoreTags);
});

test('after a model\'s or product\'s head the spelled letters are a model, MISC, not the company the tagger reads', () => {
  assert.ok(entityLines('وكشفت الشركة عن سيارة من طراز " جي - تي - آر " في المعرض .').includes('MISC جي - تي - آر'));
  const text = 'طراز " جي - تي - آر " الجديد';
  const sentence = tokenize(text);
  const tags = sentence.map((t) => (t.text === 'جي' ? B_ORG : 0));
  assert.deepEqual(joinSpelledAcronyms(sentence, stemsOf(text), tags),
    [0, 0, beginTag('MISC'), insideTag('MISC'), insideTag('MISC'), insideTag('MISC'), insideTag('MISC'), 0, 0]);
});
