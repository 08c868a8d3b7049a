import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a kinship noun and its adjective after a name describe the person, outside the name', () => {
  assert.deepEqual(labelTexts('وحضر الحفل خالد الابن الاكبر للرئيس الراحل .', 'PERSON'), ['خالد']);
});

test('a kinship noun closing a name alone stays in it (بوش الابن)', () => {
  assert.deepEqual(labelTexts('وقال جورج بوش الابن في خطابه ان الحرب مستمرة .', 'PERSON'), ['جورج بوش الابن']);
});

test('a kinship noun with its pronoun opening a name is outside it, alone or after ابن', () => {
  assert.deepEqual(labelTexts('وقالت شقيقته هدى ان علي طلب اول مرة .', 'PERSON'), ['هدى']);
  assert.deepEqual(labelTexts('وقال ابن عمها فيديل أوبيانغ لإذاعة محلية إن العائلة تنتظر .', 'PERSON'), ['فيديل أوبيانغ']);
  assert.deepEqual(labelTexts('وقال والده ابو محمد ، وهو عامل بناء ، إنه ينتظر .', 'PERSON'), ['ابو محمد']);
});

test('a name that opens with أمة before a divine name keeps it', () => {
  assert.deepEqual(labelTexts('وقالت أمة الله حسن إن الجمعية تعمل .', 'PERSON'), ['أمة الله حسن']);
});
