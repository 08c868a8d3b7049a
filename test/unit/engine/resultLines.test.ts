import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a results line names its two sides as teams', () => {
  assert.deepEqual(entityLines('البقعة 1 الجزيرة 0 .'), ['ORGANIZATION البقعة', 'ORGANIZATION الجزيرة']);
});

test('a span the tagger runs across the goals is split into the two sides', () => {
  // Without a final stop the tagger reads the countries and the first score as one body.
  assert.deepEqual(entityLines('مصر 2 الجزائر 1'), ['ORGANIZATION مصر', 'ORGANIZATION الجزائر']);
});

test('a range of numbers or a date is no results line', () => {
  assert.deepEqual(entityLines('من رقم 1 حتى رقم 6 .'), []);
  assert.ok(!entityLines('وصدر العدد 10 تموز 12 .').some((e) => e.startsWith('ORGANIZATION')));
});
