import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropOpeningPastVerbs } from '../../../server/src/engine/clauseVerbs';
import { labelTexts, tagNames, tagNumbers } from './helpers';

test('a past verb opening the sentence is not the first word of its subject\'s name', () => {
  assert.deepEqual(labelTexts('ناقش عون مع الوفد الأميركي الأوضاع .', 'PERSON'), ['عون']);
});

test('a listed or unseen first word, or one whose present forms the text never saw, keeps the name', () => {
  const counts: Record<string, number> = { يناقش: 5, تناقش: 3 };
  const run = (stems: string[], listed: boolean[]) => tagNames(dropOpeningPastVerbs(stems, tagNumbers('B-PERS', 'I-PERS', 'O'),
    (w) => counts[w] ?? 0, (k) => listed[k], () => false));
  assert.deepEqual(run(['ناقش', 'عون', 'مع'], [false, true, false]), ['O', 'B-PERS', 'O']);
  assert.deepEqual(run(['ناقش', 'عون', 'مع'], [true, true, false]), ['B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['كافكا', 'عون', 'مع'], [false, true, false]), ['B-PERS', 'I-PERS', 'O']);
});
