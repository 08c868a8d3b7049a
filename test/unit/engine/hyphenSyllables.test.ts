import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('an East-Asian name with a spaced hyphen before its last syllable is one person', () => {
  assert.deepEqual(labelTexts('وقال الزعيم الكوري الشمالي كيم جونغ - اون في خطاب بثه التلفزيون .', 'PERSON'), ['كيم جونغ - اون']);
});

test('a dash between clauses still ends a name', () => {
  assert.deepEqual(labelTexts('وقال اللاعب محمد صلاح - نجم ليفربول - ان الفريق جاهز .', 'PERSON'), ['محمد صلاح']);
});
