import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustPersonBounds } from '../../../server/src/engine/personBounds';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { noRepeatAt } from '../../../server/src/engine/repeatSlots';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines, labelTexts as entities, tagNames as names, tagNumbers as tags } from './helpers';


// Raw news attaches the pronoun the training text splits off (وزوجة ه): the tagger may run two names on across the noun.
test('a noun with its pronoun inside a person span stands between two names', () => {
  const words = 'ونفي لود وزوجته هنرييت الى فرنسا'.split(' ');
  const stems = words.map(normalizeArabic);
  const known = new Map([['زوجه', 120], ['زوجت', 0]]);
  const wordFreq = (w: string) => known.get(w) ?? 0;
  const out = adjustPersonBounds(stems, stems.map(() => []), tags('O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC'), () => 0, (k) => words[k], wordFreq,
    () => false, () => true);
  assert.deepEqual(names(out), ['O', 'B-PERS', 'O', 'B-PERS', 'O', 'B-LOC']);
});

// ب + أشلي + ه reads as "with Ashley's": the people lists hold the full name as written.
test('a word closing a full name the people lists hold is no noun with its pronoun', () => {
  const words = 'حذرت المفوضة ميشيل باشليه من الانتهاكات'.split(' ');
  const stems = words.map(normalizeArabic);
  const wordFreq = (w: string) => (w === 'اشلي' ? 13 : 0);
  const marks = [[], [], ['PER-B', 'NAME-S'], ['PER-E', 'PLAST-S'], [], []];
  const out = adjustPersonBounds(stems, marks, tags('O', 'O', 'B-PERS', 'I-PERS', 'O', 'O'), () => 0, (k) => words[k], wordFreq, () => true, () => true);
  assert.deepEqual(names(out), ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
  assert.deepEqual(entityLines('وحذرت المفوضة السامية لحقوق الإنسان ميشيل باشليه من " انتهاكات جسيمة " .'), ['PERSON ميشيل باشليه']);
});

test('a listed one-word body before a pronoun written apart is the noun with its pronoun (وام ه: and his mother)', () => {
  assert.deepEqual(entities('و كانت العائلة قد انتقلت الى روما حيث عاش مع ابي ه وام ه سنوات .', 'ORGANIZATION'), []);
  // The agency itself, with no pronoun after it, stays.
  assert.deepEqual(entities('و نقلت وام عن مصدر رسمي ان الوفد وصل .', 'ORGANIZATION'), ['وام']);
});

test('a body before هم standing alone as "they" stays a body', () => {
  assert.deepEqual(entities('و قال التقرير ان معظم موظفي سامسونغ هم في كوريا الجنوبية .', 'ORGANIZATION'), ['سامسونغ']);
});

test('a one-word person before a pronoun written apart is the noun with its pronoun (بارث ها: by its heritage)', () => {
  assert.deepEqual(entities('و قد عرفت المدينة بارث ها الثقافي و الديني منذ قرون .', 'PERSON'), []);
  assert.deepEqual(entities('و يقوم بنيان ه على فكرة واحدة .', 'PERSON'), []);
  assert.deepEqual(entities('و بعد الغائ ه في العام الماضي قرر المجلس اعادة النظر .', 'PERSON'), []);
});

test('a name found elsewhere in the document is not repeated on a word before a pronoun written apart', () => {
  const tokens = tokenize('و تحدث عن عواطف ه تجاه الوطن');
  const p = { tokens, stems: tokens.map((t) => t.norm), prefixes: tokens.map(() => '') };
  const at = tokens.findIndex((t) => t.text === 'عواطف');
  // The word and its pronoun together unseen (عواطفه): the noun with its pronoun; seen (a name the splitter cut): a repeat.
  assert.equal(noRepeatAt(p, at, new Uint8Array(tokens.length), 'PERSON', '', () => 0), true);
  assert.equal(noRepeatAt(p, at, new Uint8Array(tokens.length), 'PERSON', '', (w) => (w === normalizeArabic('عواطفه') ? 8 : 0)), false);
});

test('ها before a pronoun or قد is the interjection "here", no pronoun: the person before it stays', () => {
  assert.deepEqual(entities('وقال خالد ها نحن نعود إلى الملعب .', 'PERSON'), ['خالد']);
  assert.deepEqual(entities('وهتف محمد ها هي الفرحة تعود .', 'PERSON'), ['محمد']);
  assert.deepEqual(entities('وقال كريم ها قد وصلنا إلى النهائي .', 'PERSON'), ['كريم']);
});
