import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const places = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity' && a.label === 'LOCATION').map((a) => a.text);

test('a listed one-word place of a verb\'s shape between a subject and its object is the verb', () => {
  assert.deepEqual(places('وقالت الحكومة إن الغارات تدمر البنية التحتية في المنطقة .'), []);
  assert.deepEqual(places('وقال إن إسرائيل تدمر المنازل في غزة .'), ['إسرائيل', 'غزة']);
  // The place itself: after a preposition or a head, before its adjective, in a list.
  assert.deepEqual(places('سيطر التنظيم على مدينة تدمر الأثرية وسط سوريا .'), ['تدمر', 'سوريا']);
  assert.deepEqual(places('وزار الوفد تدمر والقريتين .'), ['تدمر', 'القريتين']);
});

test('a listed place written with ه where the paragraph spells ة is a noun with its pronoun when its rest is a word', () => {
  assert.deepEqual(places('عاد الراهب إلى ديره بعد رحلة طويلة في المدينة .'), []);
  // Without a ة in the paragraph, ه may be how the text spells ة: the listed place stays.
  assert.deepEqual(places('ووصل الوفد إلى جده مساء أمس قادما من الرياض.'), ['جده', 'الرياض']);
});
