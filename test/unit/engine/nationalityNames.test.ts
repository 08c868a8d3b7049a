import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nationalityNames } from '../../../server/src/engine/nationalityNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

/** nationalityNames on words written out; `stems` where the splitter cut و, `nat` the nationality positions, `seen` training counts. */
function run(words: string[], input: string[], nat: number[], seen: Record<string, number> = {}, stems: Record<number, string> = {}): string[] {
  return nationalityNames(words.map((w, k) => stems[k] ?? normalizeArabic(w)), words.map(() => []), input.map((t) => TAGS.indexOf(t)), (k) => words[k],
    (w) => seen[w] ?? 0, (k) => nat.includes(k)).map((t) => TAGS[t]);
}

test('an unseen word after a nationality in a list of players or laureates is a person', () => {
  // After a pair of players, and after و joining the next entry.
  assert.deepEqual(run(['مع', 'الثنائي', 'الأرجنتيني', 'جاركا', 'والكازاخستاني', 'جيرل', '.'], ['O', 'O', 'O', 'O', 'O', 'O', 'O'], [2, 4],
    { 'مع': 900, 'الثنايي': 20 }, { 4: 'الكازاخستاني' }), ['O', 'O', 'O', 'B-PERS', 'O', 'B-PERS', 'O']);
  // The unseen surname after the given name is his too.
  assert.deepEqual(run(['أوتس', 'والتركي', 'أورهان', 'باموك', 'والفرنسي'], ['B-PERS', 'O', 'O', 'O', 'O'], [1, 4], { 'والفرنسي': 40 }, { 1: 'التركي', 4: 'الفرنسي' }),
    ['B-PERS', 'O', 'B-PERS', 'I-PERS', 'O']);
});

test('a nationality describing the noun before it, or a verbal noun after it, makes no person', () => {
  // The nisba is the adjective of the noun before it; the rare word after it is the verb.
  assert.deepEqual(run(['الهجوم', 'الإسرائيلي', 'دانت', 'الصين'], ['O', 'O', 'O', 'B-LOC'], [1], { 'الهجوم': 300 }), ['O', 'O', 'O', 'B-LOC']);
  // After a title, a verbal noun governing a definite word.
  assert.deepEqual(run(['رفض', 'الرئيس', 'السوري', 'ترسيم', 'الحدود'], ['O', 'O', 'O', 'O', 'O'], [2], { 'الحدود': 200 }), ['O', 'O', 'O', 'O', 'O']);
  // A feminine nationality agrees with a body or place.
  assert.deepEqual(run(['وقالت', 'السعودية', 'رها'], ['O', 'O', 'O'], [1]), ['O', 'O', 'O']);
});

test('a known noun with his pronoun after a title and nationality is the verb\'s object, no person', () => {
  // Second reader's probes, session 24: واستقبل الرئيس التونسي ضيوفه، وودع الرئيس الجزائري ضيفه.
  assert.deepEqual(run(['واستقبل', 'الرئيس', 'التونسي', 'ضيوفه', 'في'], ['O', 'O', 'O', 'O', 'O'], [2], { 'الضيوف': 10, 'في': 9000 }),
    ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run(['وودع', 'الرئيس', 'الجزائري', 'ضيفه', 'في'], ['O', 'O', 'O', 'O', 'O'], [2], { 'ضيف': 80, 'في': 9000 }), ['O', 'O', 'O', 'O', 'O']);
  // An unseen surname ending so whose rest is no word stays the person.
  assert.deepEqual(run(['وقال', 'الرئيس', 'الجزائري', 'تبونه', 'إن'], ['O', 'O', 'O', 'O', 'O'], [2], { 'ان': 5000 }), ['O', 'O', 'O', 'B-PERS', 'O']);
});

test('after a title and nationality, a word with the accusative alif is how he acted, and a word before a person is no second person', () => {
  // Second reader's probes, session 24: وقال الرئيس الأمريكي ساخرا إن، وخرج اللاعب البرازيلي مصابا في.
  assert.deepEqual(run(['وقال', 'الرئيس', 'الأمريكي', 'ساخرا', 'إن'], ['O', 'O', 'O', 'O', 'O'], [2], { 'ان': 5000 }), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run(['وخرج', 'اللاعب', 'البرازيلي', 'مصابا', 'في'], ['O', 'O', 'O', 'O', 'O'], [2], { 'في': 9000 }), ['O', 'O', 'O', 'O', 'O']);
  // Right before a person the tagger began (بشدة here unseen): not a second person beside him.
  assert.deepEqual(run(['وهاجم', 'الرئيس', 'التركي', 'بشدة', 'بنيامين', 'نتنياهو'], ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS'], [2]),
    ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS']);
  // A pair of players keeps its unseen name ending so (الثنائي الأرجنتيني جاركا).
  assert.deepEqual(run(['مع', 'الثنائي', 'الأرجنتيني', 'جاركا', '.'], ['O', 'O', 'O', 'O', 'O'], [2], { 'مع': 900, 'الثنايي': 20 }), ['O', 'O', 'O', 'B-PERS', 'O']);
});

test('a nationality joined by و to another nationality of one noun opens no person', () => {
  // Second reader's probes, session 24: two adjectives of a dual noun, then the verb's adverb.
  assert.deepEqual(run(['واتفق', 'الجانبان', 'المصري', 'والسوداني', 'مبدئيا', 'على'], ['O', 'O', 'O', 'O', 'O', 'O'], [2, 3], { 'علي': 7000 }, { 3: 'السوداني' }),
    ['O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run(['وتعادل', 'المنتخبان', 'الإسباني', 'والإيطالي', 'سلبيا', 'في'], ['O', 'O', 'O', 'O', 'O', 'O'], [2, 3], { 'في': 9000 }, { 3: 'الايطالي' }),
    ['O', 'O', 'O', 'O', 'O', 'O']);
});

test('a place the tagger guessed after a masculine nationality is the person it describes, not a listed or clitic place', () => {
  const runMarks = (words: string[], input: string[], nat: number[], marks: string[][], stems: Record<number, string> = {}) =>
    nationalityNames(words.map((w, k) => stems[k] ?? normalizeArabic(w)), marks, input.map((t) => TAGS.indexOf(t)), (k) => words[k], () => 100, (k) => nat.includes(k)).map((t) => TAGS[t]);
  assert.deepEqual(runMarks(['اللاعب', 'السنغالي', 'سيدي', 'بيه', 'بمستوى'], ['O', 'O', 'B-LOC', 'I-LOC', 'O'], [1], [[], ['NAT-S'], ['NAME-S'], [], []]),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A listed place after the nisba is the place (the president arrived in Syria), and so is one behind ل.
  assert.deepEqual(runMarks(['الرئيس', 'الفنزويلي', 'سوريا', 'قادما'], ['O', 'O', 'B-LOC', 'O'], [1], [[], ['NAT-S'], ['LOC-S'], []]),
    ['O', 'O', 'B-LOC', 'O']);
  assert.deepEqual(runMarks(['الاحتلال', 'الأمريكي', 'للعراق', '.'], ['O', 'O', 'B-LOC', 'O'], [1], [[], ['NAT-S'], [], []], { 2: 'العراق' }),
    ['O', 'O', 'B-LOC', 'O']);
});
