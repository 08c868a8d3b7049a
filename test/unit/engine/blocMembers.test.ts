// A bloc named by its member states: a rare definite word after دول.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagBlocMembers } from '../../../server/src/engine/blocMembers';
import { tagNames, tagNumbers } from './helpers';

const word = () => true;
/** Counts of the invented sentence's words: the bloc is rare, the region and the neighbours are common. */
const counts: Record<string, number> = { الزوفاس: 0, الجوار: 400, السهوب: 2, العالم: 5000 };
const read = (stems: string[], tags: string[], places: string[] = []) =>
  tagNames(tagBlocMembers(stems, tagNumbers(...tags), word, (k) => counts[stems[k]] ?? 100, (k) => places.includes(stems[k])));

test('a rare definite word after دول, tagged nothing or a lone place, is the bloc', () => {
  assert.deepEqual(read(['صادرات', 'الى', 'دول', 'الزوفاس', 'ارتفعت'], ['O', 'O', 'O', 'O', 'O']), ['O', 'O', 'O', 'B-ORG', 'O']);
  assert.deepEqual(read(['مع', 'دول', 'الزوفاس'], ['O', 'O', 'B-LOC']), ['O', 'O', 'B-ORG']);
});

test('a common word, a listed place, a nisba adjective or a longer span after دول is left as read', () => {
  assert.deepEqual(read(['دول', 'الجوار'], ['O', 'O']), ['O', 'O']);
  assert.deepEqual(read(['دول', 'السهوب'], ['O', 'O'], ['السهوب']), ['O', 'O']);
  assert.deepEqual(read(['دول', 'الزوفاسيه'], ['O', 'O']), ['O', 'O']);
  assert.deepEqual(read(['دول', 'الزوفاس', 'الكبرى'], ['O', 'B-LOC', 'I-LOC']), ['O', 'B-LOC', 'I-LOC']);
});
