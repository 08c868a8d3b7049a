import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('الحزب and a nisba is a party, its describing word outside', () => {
  assert.ok(entityLines('وفاز فيها الحزب الوطني الحاكم بأغلبية الثلثين .').includes('ORGANIZATION الحزب الوطني'));
});

test('a party named by الحزب and a nisba keeps its nationality', () => {
  assert.ok(entityLines('وقال القيادي في الحزب الإسلامي العراقي إن الانتخابات ستجري .').includes('ORGANIZATION الحزب الإسلامي العراقي'));
});

test('an ordinal or a wing after الحزب names no party', () => {
  assert.deepEqual(entityLines('وأصبح الحزب الثاني في البرلمان .'), []);
  assert.ok(!entityLines('وانتقد جناح الحزب العسكري القرار .').some((e) => e.startsWith('ORGANIZATION')));
});
