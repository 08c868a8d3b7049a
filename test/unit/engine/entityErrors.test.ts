import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorKey, formatErrors, sentenceErrors } from '../../../server/src/engine/entityErrors';

const span = (label: string, start: number, end: number) => ({ label, start, end });

test('entity errors are sorted into kinds: a cut-short name is one bounds error, a wrong label on the same span one label error', () => {
  const gold = [span('PERS', 0, 3), span('LOC', 5, 6), span('ORG', 7, 9), span('MISC', 10, 11)];
  const pred = [span('PERS', 0, 2), span('ORG', 5, 6), span('ORG', 7, 9), span('LOC', 12, 13)];
  const keys = sentenceErrors(0, gold, pred).map(errorKey).sort();
  assert.deepEqual(keys, ['bounds PERS', 'label LOC→ORG', 'missed MISC', 'spurious LOC']);
});

test('the error listing counts each kind and shows the gold and our span in their sentence', () => {
  const tokens = [['قال', 'كيم', 'جونج', 'أون', 'إن']];
  const lines = formatErrors(tokens, sentenceErrors(0, [span('PERS', 1, 4)], [span('PERS', 1, 3)]));
  assert.equal(lines[0].trim(), '1  bounds PERS');
  assert.match(lines.at(-1)!, /gold «كيم جونج أون» ours «كيم جونج»/);
});
