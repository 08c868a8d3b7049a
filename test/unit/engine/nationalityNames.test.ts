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
