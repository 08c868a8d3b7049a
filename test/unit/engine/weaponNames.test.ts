// Weapon systems named by words the tagger could read as persons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a name after a weapon head and its purpose words is MISC, not a person (منظومات الدفاع الجوي باتريوت)', () => {
  const text = 'وطالب الوزير الحلفاء بإرسال منظومات الدفاع الجوي باتريوت إلى بلاده .';
  assert.deepEqual(labelTexts(text, 'PERSON'), []);
  assert.deepEqual(labelTexts(text, 'MISC'), ['باتريوت']);
});

test('a person after an ordinary noun stays a person (وقال المتحدث جون كيربي)', () => {
  assert.deepEqual(labelTexts('وقال المتحدث جون كيربي إن المنظومات وصلت .', 'PERSON'), ['جون كيربي']);
});
