import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disagreements } from '../../../server/src/engine/disagreements';

test('each kind of disagreement, in text order; identical spans and nested kinds are no conflict', () => {
  const mine = [
    { label: 'PERSON', start: 0, end: 10 },
    { label: 'LOCATION', start: 20, end: 25 },
    { label: 'ORGANIZATION', start: 30, end: 40 },
    { label: 'QUOTE', start: 50, end: 90, speaker: { start: 0, end: 10, text: 'أحمد' } },
    { label: 'PERSON', start: 95, end: 99 },
  ];
  const theirs = [
    { label: 'PERSON', start: 0, end: 10 },
    { label: 'ORGANIZATION', start: 20, end: 25 },
    // Overlaps my ORGANIZATION at 30–40: other boundaries, not one span only on each side.
    { label: 'ORGANIZATION', start: 30, end: 45 },
    { label: 'QUOTE', start: 50, end: 90, speaker: { start: 100, end: 104, text: 'أحمد' } },
    // A name inside the quotation: another kind, so it does not pair with the quotation.
    { label: 'PERSON', start: 60, end: 64 },
  ];
  const got = disagreements(mine, theirs).map((d) => `${d.kind} ${d.mine?.start ?? '-'}-${d.mine?.end ?? '-'} ${d.theirs?.start ?? '-'}-${d.theirs?.end ?? '-'}`);
  assert.deepEqual(got, ['label 20-25 20-25', 'boundary 30-40 30-45', 'onlyTheirs --- 60-64', 'onlyMine 95-99 ---']);
  // The same speaker written at another mention (same normalised name) agrees; another name does not.
  const other = theirs.map((s) => (s.label === 'QUOTE' ? { ...s, speaker: { start: 100, end: 104, text: 'خالد' } } : s));
  assert.ok(disagreements(mine, other).some((d) => d.kind === 'speaker'));
});

test('a span repeated on one side agrees once per copy', () => {
  const a = [{ label: 'PERSON', start: 0, end: 4 }, { label: 'PERSON', start: 0, end: 4 }];
  assert.deepEqual(disagreements(a, [a[0]]).map((d) => d.kind), ['onlyMine']);
  assert.deepEqual(disagreements(a, a), []);
});
