import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a platform the organisation lists hold, named bare, is the organisation, not MISC', () => {
  const text = 'ونشرت الوزيرة صورة الاجتماع على فيسبوك صباح اليوم .';
  assert.deepEqual(labelTexts(text, 'ORGANIZATION'), ['فيسبوك']);
  assert.deepEqual(labelTexts(text, 'MISC'), []);
});

test('after an app head the listed name is the app itself and stays MISC', () => {
  assert.deepEqual(labelTexts('وأعلنت الوزارة إطلاق تطبيق تلغرام الرسمي .', 'MISC'), ['تلغرام']);
});
