import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a publishing house named دار + a family name is one organisation in a sentence about publishing', () => {
  assert.ok(entityLines('وصدرت ترجمتها العربية عن دار نوفل في بيروت .').includes('ORGANIZATION دار نوفل'));
});

test('without a word of publishing, دار before a name is left to the tagger', () => {
  assert.ok(!entityLines('واجتمع الوزراء مساء أمس في دار نوفل .').includes('ORGANIZATION دار نوفل'));
});
