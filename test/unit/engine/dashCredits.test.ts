import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a paper credited between dashes at a story\'s start, quoted or bracketed, is the outlet', () => {
  assert.deepEqual(entityLines('تعز - " الأيام " - أعلنت نقابة المعلمين الإضراب المفتوح .').slice(0, 2), ['LOCATION تعز', 'ORGANIZATION الأيام']);
  assert.ok(entityLines('بيروت - « النهار » - أعلنت الحكومة خطة جديدة .').includes('ORGANIZATION النهار'));
});

test('a country quoted after the dateline\'s city is no outlet', () => {
  assert.ok(entityLines('ساو باولو - " البرازيل " - أعلنت الحكومة خطة جديدة .').includes('LOCATION البرازيل'));
});
