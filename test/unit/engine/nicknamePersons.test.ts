import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagNicknamePersons } from '../../../server/src/engine/nicknamePersons';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

/** tagNicknamePersons on words written out (each its own stem, `prefixes` by position) and their tags; `seen` training counts. */
function run(words: string[], tags: string[], seen: Record<string, number> = {}, prefixes: Record<number, string> = {}): string[] {
  const stems = words.map((w, k) => normalizeArabic(prefixes[k] ? w.slice(prefixes[k].length) : w));
  return tagNames(tagNicknamePersons(stems, words.map((_, k) => prefixes[k] ?? ''), tagNumbers(...tags), (k) => words[k], (k) => seen[words[k]] ?? 0));
}

test('the nickname after a person\'s name and المعروف بـ is the same person, whatever label the tagger gave it', () => {
  assert.deepEqual(run(['سالم', 'الترهوني', 'المعروف', 'بـ', 'زنقور', '.'], ['B-PERS', 'I-PERS', 'O', 'O', 'B-LOC', 'O']),
    ['B-PERS', 'I-PERS', 'O', 'O', 'B-PERS', 'O']);
  // ب written on the nickname.
  assert.deepEqual(run(['سالم', 'الترهوني', 'الملقب', 'بزنقور'], ['B-PERS', 'I-PERS', 'O', 'B-ORG'], {}, { 3: 'ب' }),
    ['B-PERS', 'I-PERS', 'O', 'B-PERS']);
  // A word left O, and a laqab in construct with its definite noun.
  assert.deepEqual(run(['يوسف', 'الملقب', 'ب', 'سيف', 'الملك', '.'], ['B-PERS', 'O', 'O', 'O', 'O', 'O']), ['B-PERS', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(labelTexts('وتسيطر على الحي مجموعة يقودها صالح عبد الكريم المعروف بـ زنقور منذ سنوات .', 'PERSON'), ['صالح عبد الكريم', 'زنقور']);
});

test('no nickname after a body or in a common word, and a relative pronoun after a nickname stays out of it', () => {
  assert.deepEqual(run(['الحزب', 'المعروف', 'بـ', 'الشعب'], ['B-ORG', 'O', 'O', 'B-ORG']), ['B-ORG', 'O', 'O', 'B-ORG']);
  assert.deepEqual(run(['يوسف', 'المعروف', 'بـ', 'كرمه'], ['B-PERS', 'O', 'O', 'O'], { كرمه: 80 }), ['B-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run(['يوسف', 'الملقب', 'ب', 'زنقور', 'الذي'], ['B-PERS', 'O', 'O', 'O', 'O']), ['B-PERS', 'O', 'O', 'B-PERS', 'O']);
});

test('a word left O before a name of its own is that name\'s work, no nickname (المعروف بثلاثية القاهرة)', () => {
  assert.deepEqual(run(['الروائي', 'سامي', 'المعروف', 'برباعية', 'دمشق'], ['O', 'B-PERS', 'O', 'O', 'B-LOC'], {}, { 3: 'ب' }),
    ['O', 'B-PERS', 'O', 'O', 'B-LOC']);
});
