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

test('a listed person after a weapon head is its owner, not a system (صواريخ بوتين، دبابات يوسف العمري)', () => {
  assert.deepEqual(labelTexts('وقال المحلل إن صواريخ بوتين لن تردع العواصم الغربية .', 'MISC'), []);
  assert.deepEqual(labelTexts('وقال المحلل إن صواريخ بوتين لن تردع العواصم الغربية .', 'PERSON'), ['بوتين']);
  assert.deepEqual(labelTexts('ورصد السكان دبابات يوسف العمري تتقدم نحو الجسر .', 'MISC'), []);
});

test("a weapon system's model after a dash is part of its name (وإيريس - تي)", () => {
  const text = 'وقررت الحكومة إرسال صواريخ باتريوت وإيريس - تي إلى الجبهة .';
  assert.deepEqual(labelTexts(text, 'MISC'), ['باتريوت', 'إيريس - تي']);
  assert.deepEqual(labelTexts(text, 'ORGANIZATION'), []);
});

test('an owner of two words the name lists hold word by word, or a name and a definite family name, stays a person (دبابات قاسم الزعبلاوي)', () => {
  assert.deepEqual(labelTexts('ورصد السكان دبابات قاسم الزعبلاوي تتقدم نحو الجسر .', 'PERSON'), ['قاسم الزعبلاوي']);
  assert.deepEqual(labelTexts('وقصفت صواريخ كريستوفر مالونغا المدينة .', 'MISC'), []);
  // A system of two words the lists know only folded stays the system.
  assert.deepEqual(labelTexts('وطالب الوزير بإرسال صواريخ ستورم شادو إلى بلاده .', 'MISC'), ['ستورم شادو']);
});

test('a particle after a dash opens an aside, no designation of the system before it', () => {
  assert.deepEqual(labelTexts('وأرسلت واشنطن صواريخ ستينغر - في خطوة مفاجئة - إلى كييف .', 'MISC'), ['ستينغر']);
});
