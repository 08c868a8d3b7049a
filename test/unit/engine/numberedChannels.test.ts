import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a channel named by its number is one organisation, its nationality outside', () => {
  assert.ok(entityLines('نقلت القناة 12 الإسرائيلية عن مصادر أن الاتفاق قريب .').includes('ORGANIZATION القناة 12'));
});

test('a channel named by its ordinal is one organisation in a sentence about broadcasting', () => {
  assert.ok(entityLines('وبثت القناة الثانية في التلفزيون المغربي البرنامج .').includes('ORGANIZATION القناة الثانية'));
});

test('a numbered canal with no word of broadcasting is no channel', () => {
  assert.deepEqual(entityLines('تسير المياه في القناة الاولى ثم تتجه شمالا .'), []);
});
