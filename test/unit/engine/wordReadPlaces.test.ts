import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a listed one-word place of a verb\'s shape between a subject and its object is the verb', () => {
  assert.deepEqual(places('وقالت الحكومة إن الغارات تدمر البنية التحتية في المنطقة .'), []);
  assert.deepEqual(places('وقال إن إسرائيل تدمر المنازل في غزة .'), ['إسرائيل', 'غزة']);
  // The place itself: after a preposition or a head, before its adjective, in a list.
  assert.deepEqual(places('سيطر التنظيم على مدينة تدمر الأثرية وسط سوريا .'), ['تدمر', 'سوريا']);
  assert.deepEqual(places('وزار الوفد تدمر والقريتين .'), ['تدمر', 'القريتين']);
  // A place named as an object before when it happened, or before العاصمة; a country ICU names (a second reader's cases).
  assert.deepEqual(places('واستعاد الجيش السوري تدمر الخميس بعد معارك .'), ['تدمر']);
  assert.ok(places('زار الرئيس الفرنسي تونس الأسبوع الماضي .').includes('تونس'));
  assert.ok(places('ووصلت المستشارة الألمانية ميركل تونس العاصمة .').includes('تونس'));
  assert.ok(places('وزار البابا تركيا الأسبوع الماضي .').includes('تركيا'));
});

test('a listed place written with ه where the paragraph spells ة is a noun with its pronoun when its rest is a word', () => {
  assert.deepEqual(places('عاد الراهب إلى ديره بعد رحلة طويلة في المدينة .'), []);
  // Without a ة in the paragraph, ه may be how the text spells ة: the listed place stays.
  assert.deepEqual(places('ووصل الوفد إلى جده مساء أمس قادما من الرياض.'), ['جده', 'الرياض']);
  // After a settlement head or before a feminine word it is the place (Jableh), a ة elsewhere or not.
  assert.ok(places('وتعرضت مدينة جبله الساحلية لهجوم في الصباح .').includes('جبله'));
});
