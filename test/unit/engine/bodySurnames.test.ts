import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a bare body head with a family name after it is the person the body speaks through, not the body\'s name', () => {
  assert.deepEqual(entityLines('وقال المتحدث باسم الوزارة الشمري إن القوات اعتقلت عشرة.'), ['PERSON الشمري']);
  assert.deepEqual(entityLines('وأكد النائب عن الحزب الكبيسي أن الحكومة فشلت.'), ['PERSON الكبيسي']);
});

test('a body named by its head and a common adjective stays the body', () => {
  assert.deepEqual(entityLines('وقال الحزب الجمهوري إنه سيصوت ضد القانون.'), ['ORGANIZATION الحزب الجمهوري']);
  // A nisba that is also a family name but mostly an adjective makes no person (العسكري).
  assert.ok(!entityLines('وأعلن المجلس العسكري حظر التجول في العاصمة.').some((e) => e.startsWith('PERSON')));
});
