import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a title, an unnamed source or a body read as a one-word speaker is no person', () => {
  assert.deepEqual(labelTexts('وقال الرقيب إن الجنود انسحبوا من الموقع .', 'PERSON'), []);
  assert.deepEqual(labelTexts('وكتب مستخدمون على ويبو أكثر من مليون تعليق .', 'PERSON'), []);
  assert.deepEqual(labelTexts('بينما قالت النقابة إن العدد أكبر بكثير .', 'PERSON'), []);
  assert.deepEqual(labelTexts('وقالت محاميتها إن موكلتها ضعيفة .', 'PERSON'), []);
});

test('a one-word speaker the name lists hold as spelled stays a person', () => {
  assert.deepEqual(labelTexts('وقال سلامة إن الليرة ستستقر .', 'PERSON'), ['سلامة']);
  assert.deepEqual(labelTexts('وقال حسان إن المفاوضات فشلت .', 'PERSON'), ['حسان']);
});
