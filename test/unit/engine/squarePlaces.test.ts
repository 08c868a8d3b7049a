import assert from 'node:assert/strict';
import { test } from 'node:test';
import { squaresArePlaces } from '../../../server/src/engine/squarePlaces';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tagNames as names, tagNumbers as tags } from './helpers';

const stems = (s: string) => s.split(' ').map(normalizeArabic);

test('a square read as a facility is the place with its head; a building stays MISC', () => {
  assert.deepEqual(names(squaresArePlaces(stems('واعتصموا في ميدان النصر أمس'), tags('O', 'O', 'B-MISC', 'I-MISC', 'O'))),
    ['O', 'O', 'B-LOC', 'I-LOC', 'O']);
  // With its preposition on the head (بساحة) too.
  assert.deepEqual(names(squaresArePlaces(stems('وتجمعوا بساحة الحرية'), tags('O', 'B-MISC', 'I-MISC'))), ['O', 'B-LOC', 'I-LOC']);
  assert.deepEqual(names(squaresArePlaces(stems('وزاروا قصر الحمراء'), tags('O', 'B-MISC', 'I-MISC'))), ['O', 'B-MISC', 'I-MISC']);
});

test('a square whose definite name the tagger read as a place takes its head in; a town after the head stays alone', () => {
  assert.deepEqual(names(squaresArePlaces(stems('واحتشدوا في ساحة الشهداء مساء'), tags('O', 'O', 'O', 'B-LOC', 'O'))), ['O', 'O', 'B-LOC', 'I-LOC', 'O']);
  assert.deepEqual(names(squaresArePlaces(stems('وانفجرت سيارة في ساحة كهرمانة'), tags('O', 'O', 'O', 'O', 'B-LOC'))), ['O', 'O', 'O', 'O', 'B-LOC']);
});
