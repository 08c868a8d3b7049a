import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foreignSurnames } from '../../../server/src/engine/foreignSurnames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

/** foreignSurnames on words written out; `marks` per position, `nat` the nationality positions, `seen` training counts. */
function run(words: string[], input: string[], marks: Record<number, string[]>, nat: number[], seen: Record<string, number> = {}): string[] {
  return foreignSurnames(words.map((w) => normalizeArabic(w)), words.map((_, k) => marks[k] ?? []), input.map((t) => TAGS.indexOf(t)), (k) => words[k],
    (w) => seen[w] ?? 0, () => false, (k) => nat.includes(k)).map((t) => TAGS[t]);
}

test('a listed given name after a nationality takes the unseen surname the tagger left out', () => {
  assert.deepEqual(run(['وعقد', 'البرتغالي', 'مانويل', 'كاجودا', 'جلسة'], ['O', 'O', 'B-PERS', 'O', 'O'], { 2: ['NAME-S'] }, [1], { جلسه: 40 }),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A particle before the surname comes with it (رود فان نيستلروي).
  assert.deepEqual(run(['الهولندي', 'رود', 'فان', 'نيستلروي', 'انتقادات'], ['O', 'B-PERS', 'O', 'O', 'O'], { 1: ['NAME-S'] }, [0], { فان: 379, انتقادات: 30 }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('no surname from a verb, an inflected word or a known word, nor without a title or nationality before the name', () => {
  // Unseen but inflected: a pronoun on a noun, a feminine participle, an accusative of a known word.
  for (const w of ['زوجته', 'منتظرة', 'نموذجا'])
    assert.deepEqual(run(['البرتغالي', 'مانويل', w], ['O', 'B-PERS', 'O'], { 1: ['NAME-S'] }, [0], { نموذج: 20 }), ['O', 'B-PERS', 'O']);
  // A word the training text knows (a verb).
  assert.deepEqual(run(['البرتغالي', 'مانويل', 'يقول'], ['O', 'B-PERS', 'O'], { 1: ['NAME-S'] }, [0], { يقول: 300 }), ['O', 'B-PERS', 'O']);
  // No title or nationality before the name: an unseen verb form after a name is the sentence going on (اخذ بيريزوفسكي يكيل).
  assert.deepEqual(run(['اخذ', 'بيريزوفسكي', 'يكيل'], ['O', 'B-PERS', 'O'], { 1: ['NAME-S'] }, []), ['O', 'B-PERS', 'O']);
  // A surname of the people list named alone is a whole name (بوش).
  assert.deepEqual(run(['الأمريكي', 'بوش', 'مسلوب'], ['O', 'B-PERS', 'O'], { 1: ['NAME-S', 'PLAST-S'] }, [0]), ['O', 'B-PERS', 'O']);
});

test('a foreign given name after a title takes a surname the training text knows a little, an Arab given name does not', () => {
  // The lists do not hold the surname, and the text has seen it a few times (مشرف as "supervisor"): still the name's end.
  assert.deepEqual(run(['الرئيس', 'الباكستاني', 'برويز', 'مشرف', 'بدعم'], ['O', 'O', 'B-PERS', 'O', 'O'], { 2: ['NAME-S'] }, [1], { مشرف: 7, بدعم: 5 }),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A common Arab given name may stand alone after a title: the known word after it is the sentence going on.
  assert.deepEqual(run(['الرئيس', 'اليمني', 'صالح', 'مشرف'], ['O', 'O', 'B-PERS', 'O'], { 2: ['FIRST-S', 'NAME-S'] }, [1], { مشرف: 7 }),
    ['O', 'O', 'B-PERS', 'O']);
  // A verb the text knows a little is no surname (البريطاني مايكل يؤدي).
  assert.deepEqual(run(['البريطاني', 'مايكل', 'يؤدي'], ['O', 'B-PERS', 'O'], { 1: ['NAME-S'] }, [0], { يؤدي: 8 }), ['O', 'B-PERS', 'O']);
});

test('a foreign given name after a title and the definite word closing it takes the unseen surname', () => {
  assert.deepEqual(run(['وصرح', 'وزير', 'الخارجية', 'مانويل', 'كاجودا', 'للصحفيين'], ['O', 'O', 'O', 'B-PERS', 'O', 'O'], { 3: ['NAME-S'] }, [], { للصحفيين: 30 }),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A definite word with no title before it introduces no one (شارك المنتخب مانويل …: the name may be the whole subject).
  assert.deepEqual(run(['وشارك', 'المنتخب', 'مانويل', 'كاجودا', 'امس'], ['O', 'O', 'B-PERS', 'O', 'O'], { 2: ['NAME-S'] }, [], { امس: 300 }),
    ['O', 'O', 'B-PERS', 'O', 'O']);
});
