import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listItemSurnames } from '../../../server/src/engine/personLists';
import { labelTexts, tagNames, tagNumbers } from './helpers';

const run = (words: string[], input: string[]) => tagNames(listItemSurnames(tagNumbers(...input), (k) => words[k], (k) => /^[\u0621-\u064A]/.test(words[k])));

test('in a list of full names joined by و, an item cut to its given name takes the word after it', () => {
  assert.deepEqual(labelTexts('وتتالف الهيئة من السادة : ناجي حسن حسوة و علوان السفير و مكي هادي معلة و كاظم احمد معلة و حامد جبار سلمان .', 'PERSON'),
    ['ناجي حسن حسوة', 'علوان السفير', 'مكي هادي معلة', 'كاظم احمد معلة', 'حامد جبار سلمان']);
  assert.deepEqual(run(['ووائل', 'القباني', 'وطارق', 'السيد', 'وتامر', 'ابو', 'جبل', 'وعمرو', 'زكي', 'وحازم', 'امام', '.'],
    ['B-PERS', 'I-PERS', 'B-PERS', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'O', 'O']),
  ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O']);
});

test('not with fewer full names in the list, nor before a word that goes on', () => {
  assert.deepEqual(run(['ووائل', 'القباني', 'وطارق', 'السيد', 'وتامر', 'ابو', 'جبل'], ['B-PERS', 'I-PERS', 'B-PERS', 'O', 'B-PERS', 'I-PERS', 'I-PERS']),
    ['B-PERS', 'I-PERS', 'B-PERS', 'O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['ووائل', 'القباني', 'وتامر', 'ابو', 'جبل', 'وعمرو', 'زكي', 'وطارق', 'يلعب', 'اليوم'],
    ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'O', 'O']),
  ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'O', 'O']);
});
