// A body's head owned by "his country" names no body.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a team or government of "his country" is no organisation, its complement neither', () => {
  assert.deepEqual(entityLines('وقال انه يرغب في العودة للعب مجددا مع منتخب بلاده لكرة القدم بعد عامين .').filter((l) => l.startsWith('ORGANIZATION')), []);
  assert.deepEqual(entityLines('وخاض 73 مباراة مع منتخب بلاده وكانت مشاركته الأخيرة في البطولة .').filter((l) => l.startsWith('ORGANIZATION')), []);
});

test('the split pronoun of FANE text counts too, and the names around stay', () => {
  const lines = entityLines('ووجه رود فان نيستلروي انتقادات حادة لمدرب منتخب بلاد ه لكرة القدم ماركو فان باستن .');
  assert.ok(!lines.some((l) => l.startsWith('ORGANIZATION')));
  assert.ok(lines.includes('PERSON ماركو فان باستن'));
});

test('a named team after its head stays', () => {
  assert.ok(entityLines('وخاض 73 مباراة مع منتخب البرازيل لكرة القدم .').some((l) => l.startsWith('ORGANIZATION منتخب البرازيل')));
});
