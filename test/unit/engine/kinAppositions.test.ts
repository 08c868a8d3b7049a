import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a kinship noun and its adjective after a name describe the person, outside the name', () => {
  assert.deepEqual(labelTexts('وحضر الحفل خالد الابن الاكبر للرئيس الراحل .', 'PERSON'), ['خالد']);
});

test('a kinship noun closing a name alone stays in it (بوش الابن)', () => {
  assert.deepEqual(labelTexts('وقال جورج بوش الابن في خطابه ان الحرب مستمرة .', 'PERSON'), ['جورج بوش الابن']);
});
