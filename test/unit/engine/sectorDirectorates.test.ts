import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { tagSectorDirectorates } from '../../../server/src/engine/sectorDirectorates';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

test('a directorate, its sector and the place read as a place are one body, place and all', () => {
  assert.deepEqual(entityLines('وصل الوفد إلى ديالى أمس . وردت مديرية تربية ديالى في بيان على المعلمين .'),
    ['LOCATION ديالى', 'ORGANIZATION مديرية تربية ديالى']);
});

test('a listed place the clitic splitter cut (ب + ابل) is read as written after the sector', () => {
  assert.deepEqual(entityLines('وأعلنت مديرية تربية بابل عن تعيين 1200 معلم .'), ['ORGANIZATION مديرية تربية بابل']);
});

test('the head and sector read as a person are replaced by the body', () => {
  const stems = ['قالت', 'مديريه', 'صحه', 'اربد', 'ان'];
  const tags = [0, B_PERS, I_PERS, B_LOC, 0];
  assert.deepEqual(tagSectorDirectorates(stems, ['', '', '', '', ''], tags, () => false, () => false), [0, B_ORG, I_ORG, I_ORG, 0]);
});

test('without a sector noun the head is the district, and a common noun after the sector is no place', () => {
  const stems = ['في', 'مديريه', 'لودر', 'بمحافظه'];
  assert.deepEqual(tagSectorDirectorates(stems, ['', '', '', ''], [0, 0, B_LOC, 0], () => true, () => true), [0, 0, B_LOC, 0]);
  const police = ['القت', 'مديريه', 'شرطه', 'المحافظه', 'القبض'];
  const none = [0, 0, 0, 0, 0];
  assert.equal(tagSectorDirectorates(police, ['', '', '', '', ''], none, () => false, () => false), none);
});

test('a span running on past the place is left as it is', () => {
  const stems = ['مدير', 'دائرة', 'صحة', 'كركوك', 'صادق'].map(normalizeArabic);
  const tags = [0, 0, 0, beginTag('MISC'), insideTag('MISC')];
  assert.equal(tagSectorDirectorates(stems, ['', '', '', '', ''], tags, () => true, () => true), tags);
});

test('a general directorate keeps العامة after its seat', () => {
  const stems = ['في', 'دائرة', 'محاكم', 'دبي', 'العامة', 'كمفتشين'].map(normalizeArabic);
  assert.deepEqual(tagSectorDirectorates(stems, ['', '', '', '', '', ''], [0, 0, 0, B_LOC, 0, 0], () => true, () => true),
    [0, B_ORG, I_ORG, I_ORG, I_ORG, 0]);
});

test('a body the tagger opened at the sector over a listed place takes the head in (probe57c)', () => {
  const stems = ['ضبطت', 'مديرية', 'شرطة', 'إربد', 'كمية'].map(normalizeArabic);
  const tags = [0, 0, B_ORG, I_ORG, 0];
  assert.deepEqual(tagSectorDirectorates(stems, ['', '', '', '', ''], tags, (k) => k === 3, () => false), [0, B_ORG, I_ORG, I_ORG, 0]);
  const court = ['أوضحت', 'دائرة', 'محاكم', 'رأس', 'الخيمة', 'أن'].map(normalizeArabic);
  assert.deepEqual(tagSectorDirectorates(court, ['', '', '', '', '', ''], [0, 0, B_ORG, I_ORG, I_ORG, 0], () => false, () => false, (b, e) => b === 3 && e === 5),
    [0, B_ORG, I_ORG, I_ORG, I_ORG, 0]);
  // A common noun in the tagger's body is no seat: left as it is.
  const common = [0, 0, B_ORG, I_ORG, 0];
  assert.equal(tagSectorDirectorates(stems, ['', '', '', '', ''], common, () => false, () => false), common);
});

test('a unit of the map before the place is part of the seat (probe57c)', () => {
  const stems = ['قالت', 'مديرية', 'تربية', 'قضاء', 'الزبير', 'إن'].map(normalizeArabic);
  assert.deepEqual(tagSectorDirectorates(stems, ['', '', '', '', '', ''], [0, 0, 0, 0, B_LOC, 0], () => false, () => false),
    [0, B_ORG, I_ORG, I_ORG, I_ORG, 0]);
  // A unit with no place after it is still no seat.
  const none = [0, 0, 0, 0, 0, 0];
  assert.equal(tagSectorDirectorates(stems, ['', '', '', '', '', ''], none, () => false, () => false), none);
});

test('دائرة entered, left or widened is a sphere, no department, before a sector and a place (probe57c)', () => {
  assert.deepEqual(entityLines('ويرى محللون أن البحر الأسود يدخل دائرة أمن روسيا المباشر .'), ['LOCATION البحر الأسود', 'LOCATION روسيا']);
  const stems = ['العراق', 'خارج', 'دائرة', 'نقل', 'إيران', 'للسلاح'].map(normalizeArabic);
  const tags = [B_LOC, 0, 0, 0, B_LOC, 0];
  assert.equal(tagSectorDirectorates(stems, ['', '', '', '', '', ''], tags, () => true, () => true), tags);
});

test('a sphere before nouns in construct and a place is no body either (bodyPlaces, probe57c)', () => {
  assert.deepEqual(entityLines('وقال الباحث إن أوكرانيا تدخل دائرة حسابات روسيا منذ سنوات .'), ['LOCATION أوكرانيا', 'LOCATION روسيا']);
});
