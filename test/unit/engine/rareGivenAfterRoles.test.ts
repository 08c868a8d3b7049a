import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rareGivenAfterRoles } from '../../../server/src/engine/rareGivenAfterRoles';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { labelTexts } from './helpers';

/** rareGivenAfterRoles on words written out; `tags` by position (default O), `seen` training counts, `lists` marks (default none). */
function run(words: string[], { tags = {}, seen = {}, lists = {} }: { tags?: Record<number, string>; seen?: Record<string, number>;
  lists?: Record<number, string[]> } = {}): string[] {
  const reads = { stems: words.map((w) => normalizeArabic(w).replace(/^[وفل](?=ال)/, '')), marks: words.map((_, k) => lists[k] ?? []),
    text: (k: number) => words[k], norm: (k: number) => normalizeArabic(words[k]), wordFreq: (w: string) => seen[w] ?? 0,
    nameWord: () => false, verb: () => false, own: () => 0 };
  return rareGivenAfterRoles(reads, words.map((_, k) => TAGS.indexOf(tags[k] ?? 'O'))).map((t) => TAGS[t]);
}

test('a listed name the text never met after a role or peer noun is that person (الممرضة [نيفين] التي، زميلتها [غدير] التي)', () => {
  assert.deepEqual(labelTexts('ومن بين المصابين الممرضة نيفين التي تعمل في قسم الطوارئ .', 'PERSON'), ['نيفين']);
  assert.deepEqual(labelTexts('وتحدثت الممرضة عن زميلتها غدير التي هاجرت إلى كندا .', 'PERSON'), ['غدير']);
  assert.deepEqual(run(['وقالت', 'الممرضة', 'غدير', 'التي', 'تعمل'], { lists: { 2: ['NAME-S'] } }), ['O', 'O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['عن', 'شقيقها', 'غدير', '.'], { lists: { 2: ['NAME-S'] } }), ['O', 'O', 'B-PERS', 'O']);
  // A title with a clitic on it, a name before a word carrying و.
  assert.deepEqual(run(['جانب', 'والممثلة', 'نيفين', 'والمخرج'], { lists: { 2: ['NAME-S'] } }), ['O', 'O', 'B-PERS', 'O']);
});

test('a family name after it joins; an unread word after it leaves the name alone (النجمة [نيفين أيوب]، المطربة نيفين الصغيرة)', () => {
  assert.deepEqual(run(['النجمة', 'نيفين', 'ايوب', 'وغيرها'], { lists: { 1: ['NAME-S'], 2: ['NAME-S'] }, seen: { ايوب: 13 } }),
    ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['الطبيب', 'نيفين', 'نصار', 'في'], { lists: { 1: ['NAME-S'] }, tags: { 2: 'B-PERS' } }), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['المطربة', 'نيفين', 'الصغيرة', 'عن'], { lists: { 1: ['NAME-S'] }, seen: { الصغيره: 78 } }), ['O', 'O', 'O', 'O']);
});

test('no name: a common listed word, a place, an article, after كان, or after a word that is no role', () => {
  // A listed word the text knows is the sentence's noun (الباحث في، الطبيب ليس).
  assert.deepEqual(run(['الطبيب', 'سعيد', '.'], { lists: { 1: ['FIRST-S'] }, seen: { سعيد: 58 } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['الطفلة', 'روان', '.'], { lists: { 1: ['NAME-S', 'LOC-S'] } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['الطبيبة', 'الغدير', '.'], { lists: { 1: ['NAME-S'] } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['وكان', 'الطبيب', 'غدير', '.'], { lists: { 2: ['NAME-S'] } }), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run(['الملعب', 'غدير', '.'], { lists: { 1: ['NAME-S'] } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['لقريبها', 'غدير', '.'], { lists: { 1: ['NAME-S'] } }), ['O', 'O', 'O']);
  // An unmarked word, or a name part only the folded list holds, is no name here.
  assert.deepEqual(run(['الطبيبة', 'غدير', '.']), ['O', 'O', 'O']);
  assert.deepEqual(run(['الطبيبة', 'غدير', '.'], { lists: { 1: ['fNAME-S'] } }), ['O', 'O', 'O']);
});

test('a head opening the sentence or a clause after a mark is the subject: the listed word after it is its predicate (الطبيب مسرور ،)', () => {
  assert.deepEqual(labelTexts('الطبيب مسرور ، والمرضى ينتظرون .', 'PERSON'), []);
  assert.deepEqual(run(['والطبيب', 'مسرور', '،', 'وفق'], { lists: { 1: ['NAME-S'] } }), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run(['وأضافت', ':', 'زوجها', 'مجاهد', '،'], { lists: { 3: ['NAME-S'] } }), ['O', 'O', 'O', 'O', 'O']);
  // There a relative pronoun or a family name still shows the name; after a comma the head goes on with the sentence's list.
  assert.deepEqual(run(['الممرضة', 'نيفين', 'التي', 'تعمل'], { lists: { 1: ['NAME-S'] } }), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['الوزير', '،', 'والممثلة', 'نيفين', '،'], { lists: { 3: ['NAME-S'] } }), ['O', 'O', 'O', 'B-PERS', 'O']);
});
