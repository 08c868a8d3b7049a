import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const orgs = (text: string) => labelTexts(text, 'ORGANIZATION');

test('a hospital named by a date or a person the tagger left out is one organisation with its head', () => {
  assert.deepEqual(orgs('وطالب المجلس بنقل جزء من المبلغ إلى مستشفى أول نوفمبر .'), ['مستشفى أول نوفمبر']);
  // A given name the clitic splitter cut (ك + مال) is still the name.
  assert.ok(orgs('وتوقفت غرف العمليات في مستشفى ناصر في خان يونس ومستشفى كمال عدوان في بيت لاهيا .').includes('مستشفى كمال عدوان'));
});

test('a hospital described, not named, is no organisation', () => {
  assert.deepEqual(orgs('ونقل الجرحى إلى مستشفى حكومي في المدينة .'), []);
  assert.deepEqual(orgs('ونقل المصابون إلى مستشفى بمدينة غزة .'), []);
});

test('a hospital the tagger read as a facility (MISC) is an organisation, with its closing adjective', () => {
  const text = 'ونقل المصابون إلى مستشفى جنين في شمال الضفة بعد الحادث . وتوفيت الطفلة في مستشفى يافا مساء الأحد .';
  assert.ok(orgs(text).includes('مستشفى جنين'));
  assert.ok(orgs(text).includes('مستشفى يافا'));
  assert.deepEqual(labelTexts(text, 'MISC'), []);
  assert.deepEqual(orgs('وتوفيت الطفلة في مستشفى يافا التعليمي مساء الأحد .'), ['مستشفى يافا التعليمي']);
});

test('a hospital the tagger read takes its closing adjective, الحكومي too, where a bank described as state-owned does not', () => {
  assert.deepEqual(orgs('ونقل الجرحى إلى مستشفى الرازي العام في المدينة .'), ['مستشفى الرازي العام']);
  assert.deepEqual(orgs('ونقل المصابون إلى مستشفى صور الحكومي مساء أمس .'), ['مستشفى صور الحكومي']);
  assert.deepEqual(orgs('وقال بنك إيلر الحكومي إن أرباحه ارتفعت .'), ['بنك إيلر']);
});

test('العام before الماضي or المقبل is the year, no tail of the hospital before it', () => {
  assert.deepEqual(orgs('وتوفي المريض في مستشفى الرازي العام الماضي بعد إصابته .'), ['مستشفى الرازي']);
  assert.deepEqual(orgs('وسيفتتح الوزير مستشفى صفاقس الجامعي العام المقبل .'), ['مستشفى صفاقس الجامعي']);
});
