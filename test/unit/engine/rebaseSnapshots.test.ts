// Undo and redo states carried over another writer's change: the same states as merging each one with mergeDecisions, however the change falls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Decision, makeDecision } from '../../../server/src/engine/decisions';
import { mergeDecisions, rebaseSnapshots } from '../../../server/src/engine/mergeDecisions';
import { mulberry32 } from '../../../server/src/training/perceptron';

const WORDS = ['قال', 'رئيس', 'الوزراء', 'مارك', 'كارني', 'في', 'أوتاوا', 'إن', 'حكومته', 'ستدعم', 'الصلب', 'مونتريال', 'القرار', 'المعارضة'];
const LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION'] as const;
const STATUSES = ['accepted', 'rejected', 'manual'] as const;

/** What merging each state with mergeDecisions gives: the definition rebaseSnapshots must keep. */
const reference = (states: Decision[][], base: Decision[], theirs: Decision[], text: string) =>
  states.map((s) => mergeDecisions(base, s, theirs, text).decisions.filter((d) => d.status !== 'orphaned'));

/** One random world: a text with repeated words, the file as last read, their change to it, and states of this side. */
function world(seed: number): { text: string; base: Decision[]; theirs: Decision[]; states: Decision[][] } {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const words = Array.from({ length: 60 }, () => pick(WORDS));
  const text = words.join(' ');
  const starts = words.map((_, i) => words.slice(0, i).join(' ').length + (i ? 1 : 0));
  let n = 0;
  const on = (t: string, i: number, status = pick(STATUSES)) => {
    const w = t.split(' ');
    const at = w.slice(0, i).join(' ').length + (i ? 1 : 0);
    return makeDecision(t, { start: at, end: at + w[i].length, kind: 'entity', label: pick(LABELS) }, status, `a${seed}x${n++}`);
  };
  const base = Array.from({ length: 12 }, () => on(text, Math.floor(r() * starts.length)));
  // Their copy of the article may have moved (words added in front): their new decisions are searched for here.
  const moved = r() < 0.5 ? `خبر عاجل ${text}` : text;
  const change = (ds: Decision[], t: string, count: number): Decision[] => {
    let out = [...ds];
    for (let k = 0; k < count; k++) {
      const roll = r();
      if (roll < 0.25 && out.length) out.splice(Math.floor(r() * out.length), 1);
      else if (roll < 0.5 && out.length) { const i = Math.floor(r() * out.length); out[i] = { ...out[i], status: pick(STATUSES), label: pick(LABELS) }; }
      else if (roll < 0.6 && out.length) { const i = Math.floor(r() * out.length); out[i] = { ...out[i], status: 'orphaned', was: 'accepted', orphaned: '2026-01-01T00:00:00.000Z' }; }
      else out = [...out, on(t, Math.floor(r() * t.split(' ').length))];
    }
    return out;
  };
  const theirs = change(base, moved, 1 + Math.floor(r() * 4));
  const states: Decision[][] = [];
  let s = base.filter((d) => d.status !== 'orphaned');
  for (let k = 0; k < 8; k++) { s = change(s, text, 1).filter((d) => d.status !== 'orphaned'); states.push(s); }
  return { text, base, theirs, states };
}

test('undo states carried over another writer\'s change are exactly the states merged one by one, in 400 random worlds', () => {
  let moved = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const { text, base, theirs, states } = world(seed);
    const fast = rebaseSnapshots(states, base, theirs, text);
    assert.deepEqual(fast, reference(states, base, theirs, text), `world ${seed}`);
    moved += fast.filter((s, i) => JSON.stringify(s) !== JSON.stringify(states[i])).length;
  }
  assert.ok(moved > 400, `the worlds change states (${moved} changed)`);
});

test('a change that leaves every decision as it was leaves the states as they were', () => {
  const { text, base, states } = world(7);
  const same = base.map((d) => ({ ...d, start: d.start, created: d.created }));
  assert.deepEqual(rebaseSnapshots(states, base, same, text), states);
});
