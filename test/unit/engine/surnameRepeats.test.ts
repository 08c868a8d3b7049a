import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { noRepeatAt } from '../../../server/src/engine/repeatSlots';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tokenize } from '../../../server/src/engine/tokenize';

test("a surname of the article's full name, alone where a clause names someone, is that person even when the training text knows the word", () => {
  assert.deepEqual(labelTexts('التقى نائب الرئيس العراقي طارق الهاشمي وفدا امريكيا امس . واكد مسؤول قريب من الهاشمي ان اللقاء كان ايجابيا .', 'PERSON'),
    ['طارق الهاشمي', 'الهاشمي']);
  assert.deepEqual(labelTexts('وصل الشيخ محمد الصدر الى النجف امس . وطالب الصدر بالهدوء .', 'PERSON'), ['الشيخ محمد الصدر', 'الصدر']);
});

test('after في, a quote mark or an unseen word, or read as a clitic and a known word, it is the common word it also is', () => {
  assert.deepEqual(labelTexts('وصل محمد الصدر الى النجف امس . واصيب رجل برصاصة في الصدر .', 'PERSON'), ['محمد الصدر']);
  assert.deepEqual(labelTexts('وصل محمد الصدر الى النجف امس . وقال ان " الصدر اتسع للجميع " .', 'PERSON'), ['محمد الصدر']);
});

test('the word after عبد in a name is no surname of its own: alone it stays the word it is', () => {
  assert.deepEqual(labelTexts('وقال اللاعب حسين عبد السادة ان الفريق جاهز . وتتالف الهيئة من السادة محمد علي و كريم جاسم .', 'PERSON'),
    ['حسين عبد السادة', 'محمد علي', 'كريم جاسم']);
});

test("a nisba the article calls someone by, right before another name, is that person's origin, no repeat", () => {
  assert.deepEqual(labelTexts('وقال ابو عبد الله التركي انه اعتنق الاسلام . ومن بين المرشحين للجائزة الاميركية جويس كارول اوتس والتركي اورهان باموك .', 'PERSON'),
    ['ابو عبد الله التركي', 'جويس كارول اوتس', 'اورهان باموك']);
  assert.deepEqual(labelTexts('واضاف الشيخ خالد الايرلندي ان القضية ضخمها الاعلام . اما القيادي الاصولي الايرلندي خالد كيلي فقد سجن .', 'PERSON'),
    ['الشيخ خالد الايرلندي', 'خالد كيلي']);
});

test('behind ب/ك/ل a common word is that word, no repeat of a one-word person (بحسن سير: good conduct)', () => {
  assert.deepEqual(labelTexts('وقال حسن ان الوفد وصل امس . وهي تشيد دائما بحسن سير المحاكم .', 'PERSON'), ['حسن']);
});

test('a person the document names is repeated after the و-verb that opens a sentence, not read as that noun\'s adjective', () => {
  // An invented writer whose name is an adjective word (مكتوب: written); the verb عمل is also the noun "work".
  const sentence = (text: string) => {
    const tokens = tokenize(text);
    return { tokens, stems: tokens.map((t) => t.norm.replace(/^و/, '')), prefixes: tokens.map((t) => (t.norm.startsWith('و') ? 'و' : '')) };
  };
  const counts: Record<string, number> = { [normalizeArabic('العمل')]: 40, [normalizeArabic('مكتوبة')]: 20, [normalizeArabic('المكتوب')]: 6 };
  const count = (w: string) => counts[w] ?? 0;
  const opening = sentence('وعمل مكتوب في الصحافة');
  assert.equal(noRepeatAt(opening, 1, new Uint8Array(opening.tokens.length), 'PERSON', '', count), false);
  // Inside the sentence the noun and its adjective stay so (…في عمل مكتوب: no person).
  const inside = sentence('وشارك الطالب في عمل مكتوب');
  assert.equal(noRepeatAt(inside, 4, new Uint8Array(inside.tokens.length), 'PERSON', '', count), true);
});

test("a surname the training text knows is the article's person right after the و-verb that opens a sentence, not after a noun", () => {
  // An invented player named بستاني (gardener's, a word the text knows).
  const sentence = (text: string) => {
    const tokens = tokenize(text);
    return { tokens, stems: tokens.map((t) => t.norm.replace(/^و/, '')), prefixes: tokens.map((t) => (t.norm.startsWith('و') ? 'و' : '')) };
  };
  const count = (w: string) => (w === normalizeArabic('بستاني') ? 20 : 0);
  const opening = sentence('ولعب بستاني الموسم الماضي');
  assert.equal(noRepeatAt(opening, 1, new Uint8Array(opening.tokens.length), 'PERSON', '', count, true), false);
  // Only a surname of the document's fuller name is spread so; and after a noun the word is its adjective.
  assert.equal(noRepeatAt(opening, 1, new Uint8Array(opening.tokens.length), 'PERSON', '', count), true);
  const inside = sentence('وشارك عامل بستاني في الحفل');
  assert.equal(noRepeatAt(inside, 2, new Uint8Array(inside.tokens.length), 'PERSON', '', count, true), true);
});

test("a known surname of the article's full name after an indefinite noun is that noun's genitive, the person (مهمة [رايس])", () => {
  // Invented ministers named سنديان (oak) and بستاني (gardener's), words the text knows; a known noun or verb before them, or a particle.
  const sentence = (text: string) => {
    const tokens = tokenize(text);
    return { tokens, stems: tokens.map((t) => t.norm.replace(/^و/, '')), prefixes: tokens.map((t) => (t.norm.startsWith('و') ? 'و' : '')) };
  };
  const surnames = new Set(['سنديان', 'بستاني'].map(normalizeArabic));
  const known = new Set(['زيارة', 'عامل', 'فيها'].map(normalizeArabic));
  const count = (w: string) => (surnames.has(w) ? 20 : known.has(w) ? 40 : 0);
  const at = (text: string, i: number, surname = true) => noRepeatAt(sentence(text), i, new Uint8Array(sentence(text).tokens.length), 'PERSON', '', count, surname);
  assert.equal(at('وتاتي زيارة سنديان بعد اسبوع', 2), false);
  // Only a surname of the document's fuller name; not after a particle, nor after a word the text never met (a name's first word).
  assert.equal(at('وتاتي زيارة سنديان بعد اسبوع', 2, false), true);
  assert.equal(at('ونعتمد فيها سنديان كل يوم', 2), true);
  assert.equal(at('وتاتي جولة سنديان بعد اسبوع', 2), true);
  // An indefinite nisba after an indefinite noun is its adjective (عامل بستاني: a gardening worker).
  assert.equal(at('وشارك عامل بستاني في الحفل', 2), true);
});

test("a known surname of the article's full name is spread after بين, which names the people it stands between, not after another preposition", () => {
  const sentence = (text: string) => {
    const tokens = tokenize(text);
    return { tokens, stems: tokens.map((t) => t.norm.replace(/^و/, '')), prefixes: tokens.map((t) => (t.norm.startsWith('و') ? 'و' : '')) };
  };
  // An invented minister named سنديان (oak), a word the text knows; بين، نحو and حتى are well known.
  const known = new Set(['بين', 'نحو', 'حتى', 'اللقاء'].map(normalizeArabic));
  const count = (w: string) => (w === normalizeArabic('سنديان') ? 20 : known.has(w) ? 400 : 0);
  const at = (text: string, i: number) => noRepeatAt(sentence(text), i, new Uint8Array(sentence(text).tokens.length), 'PERSON', '', count, true);
  assert.equal(at('وجرى اللقاء بين سنديان وعون امس', 3), false);
  // The shared prepositions (wordSets.PREPOSITIONS) govern no surname here: the word after them is the common word.
  assert.equal(at('وسار نحو سنديان كبيرة', 2), true);
  assert.equal(at('وانتظر حتى سنديان الحديقة', 2), true);
});
