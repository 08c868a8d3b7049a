import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closedSurnames, SurnameReads } from '../../../server/src/engine/closedSurnames';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const B = beginTag('PERS');
const I = insideTag('PERS');

const TITLES = ['الوزير', 'الناقد', 'مدير'];

/** A sentence's readers: every word whole (no clitic), `given` words listed as given names, `verbs` read as verbs, counts 0 but `known`. */
function reads(words: string[], given: string[], known: Record<string, number> = {}, verbs: string[] = [], parts: string[] = []): SurnameReads {
  const stems = words.map(normalizeArabic);
  const mark = (w: string) => (given.map(normalizeArabic).includes(w) ? ['FIRST-S'] : parts.map(normalizeArabic).includes(w) ? ['NAME-S'] :
    w === normalizeArabic('الفنلندي') ? ['NAT-S'] : []);
  return {
    stems,
    marks: stems.map(mark),
    text: (k) => words[k],
    wordFreq: (w) => known[w] ?? 0,
    nameWord: (w) => given.map(normalizeArabic).includes(w),
    verb: (k) => verbs.includes(words[k]),
    title: (k) => TITLES.includes(words[k]),
  };
}

const run = (sentence: string, tags: number[], given: string[], known?: Record<string, number>, verbs?: string[]) =>
  closedSurnames(reads(sentence.split(' '), given, known, verbs), tags);

test('a titled person read as far as his given name takes the family word a closer ends', () => {
  // Invented officials: a family name that is a common word, and one no text holds.
  assert.deepEqual(run('قال وزير النقل سامر الغزال في بيان', [0, 0, 0, B, 0, 0, 0], ['سامر']), [0, 0, 0, B, I, 0, 0]);
  assert.deepEqual(run('وغاب الرئيس عبد الكريم زوبيري عن الاجتماع', [0, 0, B, I, 0, 0, 0], []), [0, 0, B, I, I, 0, 0]);
  assert.deepEqual(run('وصرح المدير نادر بلقاسمي ، وأضاف', [0, 0, B, 0, 0, 0], ['نادر']), [0, 0, B, I, 0, 0]);
});

test('no family word is taken after a verb, before no closer, or where the word goes on with the sentence', () => {
  // After a verb the given name is its subject and the word its object (يعيد سامر الفارق إلى).
  assert.deepEqual(run('يعيد سامر الفارق إلى هدف', [0, B, 0, 0, 0], ['سامر']), [0, B, 0, 0, 0]);
  // No closer after the word: a second name or the sentence going on.
  assert.deepEqual(run('قال المدير سامر الغزال الجديد', [0, 0, B, 0, 0], ['سامر']), [0, 0, B, 0, 0]);
  // An accusative, a particle, a verb of the cue lists, a common word the lists do not hold.
  assert.deepEqual(run('أحيا المطرب سامر حفلا في المدينة', [0, 0, B, 0, 0, 0], ['سامر']), [0, 0, B, 0, 0, 0]);
  assert.deepEqual(run('قال الشيخ سامر أيضا إن', [0, 0, B, 0, 0], ['سامر']), [0, 0, B, 0, 0]);
  assert.deepEqual(run('قال الشيخ سامر اعتبر أن', [0, 0, B, 0, 0], ['سامر'], {}, ['اعتبر']), [0, 0, B, 0, 0]);
  assert.deepEqual(run('قال الشيخ سامر الموضوع في', [0, 0, B, 0, 0], ['سامر'], { الموضوع: 40 }), [0, 0, B, 0, 0]);
  // A name of two words already ends on its family name (نانسي عجرم), unless the two are one compound given name.
  assert.deepEqual(run('أحيت الفنانة سامية قرمي الليلة في', [0, 0, B, I, 0, 0], ['سامية']), [0, 0, B, I, 0, 0]);
});

test('a common given name after a title, then a family word and a closer, is a person the tagger missed', () => {
  assert.deepEqual(run('ونقل عن الناقد سامر الغزال قوله إن', [0, 0, 0, 0, 0, 0, 0], ['سامر']), [0, 0, 0, B, I, 0, 0]);
  assert.deepEqual(run('وأعلن مدير المهرجان سامر بلقاسمي أن', [0, 0, 0, 0, 0, 0], ['سامر']), [0, 0, 0, B, I, 0]);
  // After a definite noun that no title governs the listed given name is a noun (البنك [حصة أغلبية] في).
  assert.deepEqual(run('ويملك البنك سامر أغلبية في الشركة', [0, 0, 0, 0, 0, 0], ['سامر']), [0, 0, 0, 0, 0, 0]);
  // الله after the noun completes a phrase, no family name.
  assert.deepEqual(run('قال الوزير سامر الله في', [0, 0, 0, 0, 0], ['سامر']), [0, 0, 0, 0, 0]);
});

test('a rare name part of the lists opens a missed person too, after a title and its nationality; a noun in ة before a definite word does not', () => {
  const parts = (sentence: string, tags: number[], names: string[], known: Record<string, number> = {}) =>
    closedSurnames(reads(sentence.split(' '), [], known, [], names), tags);
  assert.deepEqual(parts('ودعا الوزير الفنلندي أوتو كرامبل ، الذي', [0, 0, 0, 0, 0, 0, 0], ['أوتو']), [0, 0, 0, B, I, 0, 0]);
  // A name part the training text holds often is a word of the language (آن: "it is time").
  assert.deepEqual(parts('ودعا الوزير أوتو كرامبل ،', [0, 0, 0, 0, 0], ['أوتو'], { [normalizeArabic('أوتو')]: 50 }), [0, 0, 0, 0, 0]);
  assert.deepEqual(parts('وقال مدير شعبة الأدوية في', [0, 0, 0, 0, 0], ['شعبة']), [0, 0, 0, 0, 0]);
});

test('a family name that opens with ت is taken unless the training text holds it, or its ي form, as a verb', () => {
  assert.deepEqual(run('وغاب الرئيس سامر توراني عن الاجتماع', [0, 0, B, 0, 0, 0], ['سامر']), [0, 0, B, I, 0, 0]);
  assert.deepEqual(run('وغاب الرئيس سامر تصرح عن', [0, 0, B, 0, 0], ['سامر'], { [normalizeArabic('يصرح')]: 3 }), [0, 0, B, 0, 0]);
});
