import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropAgreeingNationalities } from '../../../server/src/engine/nisbaAdverbs';
import { isBeginLoc } from '../../../server/src/engine/sentenceReads';
import { analyze, labelTexts, tagNames, tagNumbers } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('السعودية after a definite noun is its adjective, not the country', () => {
  assert.deepEqual(places('ارتفع المؤشر الرئيسي للسوق السعودية 1.2 في المئة.'), []);
  assert.deepEqual(places('وقتل الصحفي داخل القنصلية السعودية في إسطنبول.'), ['إسطنبول']);
});

test('the country itself, and in its full name, stays a place', () => {
  assert.deepEqual(places('وقالت السعودية إنها ترحب بالاتفاق.'), ['السعودية']);
  assert.deepEqual(places('وزار الرئيس المملكة العربية السعودية أمس.'), ['المملكة العربية السعودية']);
  // إلى and the relatives are spelled with ال but are no nouns it could describe.
  assert.deepEqual(places('وقال المسؤول خلال زيارة إلى السعودية الأسبوع الماضي إن العلاقات متينة.'), ['السعودية']);
  assert.deepEqual(places('وقال المسؤول خلال زيارة الى السعودية الأسبوع الماضي ان العلاقات متينة.'), ['السعودية']);
});

test('a nationality\'s dual counts people of a country, it names no one', () => {
  const found = analyze('وقتل جنديان نيجيريان من بعثة الاتحاد الأفريقي.').annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.deepEqual(found, ['ORGANIZATION الاتحاد الأفريقي']);
});

test('a nationality\'s plural right after a given name is the surname, found again when the person is named by it alone', () => {
  const persons = (text: string) => labelTexts(text, 'PERSON');
  assert.deepEqual(persons('اكد بيتر كينيون كبير المديرين التنفيذيين في النادي ان البحث جار . وقال كينيون : سنبدا العمل قريبا .'),
    ['بيتر كينيون', 'كينيون']);
  // People counted, no given name before the plural: no one named.
  assert.deepEqual(persons('وقال مواطنون كينيون إن الوضع صعب .'), []);
});

test('a word the place lists hold, before an indefinite nationality adjective, is the noun it describes (في غارة أمريكية)', () => {
  const a = analyze('وقتل قائد فيلق القدس قاسم سليماني في غارة أمريكية قرب مطار بغداد .');
  assert.ok(!a.annotations.some((x) => x.kind === 'entity' && x.text === 'غارة'));
  assert.ok(a.annotations.some((x) => x.kind === 'entity' && x.text === 'بغداد' && x.label === 'LOCATION'));
});

test('a definite nisba no list holds, after an untagged definite noun, is its adjective (العاصمة الأذرية باكو)', () => {
  const stems = ['في', 'العاصمه', 'الاذريه', 'باكو'];
  const marks = [[], [], [], ['LOC-S']];
  const read = (m: string[][], s = stems) => tagNames(dropAgreeingNationalities(s, m, tagNumbers('O', 'O', 'B-LOC', 'B-LOC'), isBeginLoc));
  assert.deepEqual(read(marks), ['O', 'O', 'O', 'B-LOC']);
  // A listed place (الشرقية, the governorate) stays to the tagger, and so does a nisba after an indefinite word.
  assert.deepEqual(read([[], [], ['LOC-S'], ['LOC-S']]), ['O', 'O', 'B-LOC', 'B-LOC']);
  assert.deepEqual(read(marks, ['في', 'عاصمه', 'الاذريه', 'باكو']), ['O', 'O', 'B-LOC', 'B-LOC']);
});
