import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropPronounNouns } from '../../../server/src/engine/pronounNouns';
import { tagNames, tagNumbers } from './helpers';

// A noun with its pronoun opening a place, body or work span (his share in …): the name begins after it.
const freq = (w: string) => (w === 'حصه' || w === 'قيمه' ? 1000 : 0);
const words = ['باع', 'حصته', 'بأوبر', '.'];
const run = (tags: string[], listed: (w: string) => boolean = () => false) =>
  tagNames(dropPronounNouns(tagNumbers(...tags), (k) => words[k], freq, () => true, listed));

test('a place or body span opening with a noun and its pronoun begins after it; a listed word or a person stays', () => {
  assert.deepEqual(run(['O', 'B-LOC', 'I-LOC', 'O']), ['O', 'O', 'B-LOC', 'O']);
  assert.deepEqual(run(['O', 'B-ORG', 'I-ORG', 'O']), ['O', 'O', 'B-ORG', 'O']);
  assert.deepEqual(run(['O', 'B-LOC', 'I-LOC', 'O'], (w) => w === 'حصته'), ['O', 'B-LOC', 'I-LOC', 'O']);
  assert.deepEqual(run(['O', 'B-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'O']);
});
