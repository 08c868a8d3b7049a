import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagSatellites } from '../../../server/src/engine/satelliteNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagNames as names, tagNumbers as tags } from './helpers';

const O = (n: number) => new Array<number>(n).fill(0);
const run = (text: string, t?: number[], rare: (k: number) => boolean = () => true) => {
  const s = tokenize(text);
  return names(tagSatellites(s, s.map((x) => x.norm), t ?? O(s.length), (k) => (rare(k) ? 0 : 100)));
};

test('a satellite after its head with a model number is MISC, its dash and number inside', () => {
  assert.deepEqual(run('أطلقت الوكالة القمر طيبة-3 أمس'), ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']);
  // Behind a clitic and a pronoun, with a number apart: the name runs to the number, the year after it stays out.
  assert.deepEqual(run('فقدت الاتصال بقمرها نجمة سات 2 عام 2015', undefined, (k) => k === 3 || k === 4),
    ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O']);
});

test('the tagger reading head and name as one place gives way to the satellite; the moon stays O', () => {
  assert.deepEqual(run('أطلقت الوكالة القمر طيبة-3 أمس', tags('O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O')), ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']);
  // The moon: no number after it, and no man-made adjective.
  assert.deepEqual(run('ظهر القمر هلالا فوق المدينة'), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('ظهر القمر 12 ليلة'), ['O', 'O', 'O', 'O']);
});

test('after a man-made adjective an unknown word names the satellite; a known word does not', () => {
  assert.deepEqual(run('نجح إطلاق القمر الاصطناعي زرقاء', undefined, (k) => k === 4), ['O', 'O', 'O', 'O', 'B-MISC']);
  assert.deepEqual(run('نجح إطلاق القمر الاصطناعي أمس', undefined, () => false), ['O', 'O', 'O', 'O', 'O']);
});
