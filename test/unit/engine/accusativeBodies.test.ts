// An organisation span of indefinite accusatives the text knows is the verb's object (the shipped model reads none so on our
// probes; a model that has not seen the sentence does: `أجرى الوزير [اتصالا تليفونيا]`), so the pass is tested on its tags.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropAccusativeBodies } from '../../../server/src/engine/accusativeBodies';
import { tagNames, tagNumbers } from './helpers';

const known = new Map([['اتصال', 500], ['ايطالي', 300]]);
const wordFreq = (w: string) => known.get(w) ?? 0;

test('an indefinite accusative and its adjective read as a body are dropped', () => {
  const stems = ['اجري', 'الوزير', 'اتصالا', 'تليفونيا', 'امس'];
  const read = tagNames(dropAccusativeBodies(stems, ['', '', '', '', ''], tagNumbers('O', 'O', 'B-ORG', 'I-ORG', 'O'), wordFreq, () => false));
  assert.deepEqual(read, ['O', 'O', 'O', 'O', 'O']);
});

test('a listed name ending in alif stays, and so does a word whose bare form the text does not know', () => {
  const stems = ['فازت', 'ايطاليا', 'على', 'نوكيا'];
  const tags = tagNumbers('O', 'B-ORG', 'O', 'B-ORG');
  const listed = (k: number) => k === 1;
  assert.deepEqual(tagNames(dropAccusativeBodies(stems, ['', '', '', ''], tags, wordFreq, listed)), ['O', 'B-ORG', 'O', 'B-ORG']);
});
