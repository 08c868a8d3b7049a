// A company or group named by one common definite noun alone is the plain phrase; a body's own name stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a company or a group of one common definite noun is no organisation', () => {
  assert.deepEqual(labelTexts('تحمل الأفلام جنسية شركة الإنتاج في أغلب الأحيان .', 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts('يعمل في مجال تقويم خدمات التخصيم التصديري ومجموعة الخدمات', 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts('وضعه الصحي الذي تدهور ، حسب هيئة الدفاع ، بعد اجباره', 'ORGANIZATION'), []);
});

test('a rare or listed name after the head, and a body named by a common noun after هيئة, stay', () => {
  assert.deepEqual(labelTexts('وأعلنت مجموعة العثيم عن أرباحها .', 'ORGANIZATION'), ['مجموعة العثيم']);
  // With its seat after ب, as the project's sets tag a body's seat (bodySeats.ts).
  assert.deepEqual(labelTexts('وقال رئيس هيئة الكتاب باليمن إن المعرض سيفتتح غدا .', 'ORGANIZATION'), ['هيئة الكتاب باليمن']);
});

test('two bare heads joined by و are common nouns, as each alone is', () => {
  assert.deepEqual(labelTexts('وقالت مصادر في الجيش والمخابرات إن الهجوم فشل .', 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts('واعتقلت دورية للجيش والشرطة ثلاثة مسلحين .', 'ORGANIZATION'), []);
});

test('a masculine head before a definite word in ة is alone, and the word is the object', () => {
  assert.deepEqual(labelTexts('وقد منح المجلس الثقة للحكومة مرتين عامي 1996 و 1998', 'ORGANIZATION'), []);
});

test('a nationality in ة after such a head agrees with a paper left unsaid, and stays', () => {
  assert.deepEqual(labelTexts('وعمل في الاتحاد الاماراتية والوسط اللندنية', 'ORGANIZATION'), ['الاتحاد الاماراتية']);
});

test('a feminine head before a word that cannot be its adjective is alone, and the word begins the object', () => {
  assert.deepEqual(labelTexts('وردت المحكمة الدعوى بحق القناة ، معتبرة أن المقال لا يشكل قدحا .', 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts('وحددت المحكمة جلسة 3 آذار لنظر قضية أخرى يتهم فيها .', 'ORGANIZATION'), []);
});

test('a feminine head keeps the adjectives that agree with it, elatives in ى and ا too', () => {
  assert.deepEqual(labelTexts('وقضت المحكمة الدستورية العليا بعدم دستورية القانون .', 'ORGANIZATION'), ['المحكمة الدستورية العليا']);
  assert.deepEqual(labelTexts('وقالت المحكمة العليا إن الطعن مرفوض .', 'ORGANIZATION'), ['المحكمة العليا']);
  assert.deepEqual(labelTexts('وقالت الشرطة الإسرائيلية إنها اعتقلت مشتبها .', 'ORGANIZATION'), ['الشرطة الإسرائيلية']);
});
