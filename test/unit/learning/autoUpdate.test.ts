// When the model updates by itself: after N new entity decisions, once the annotator pauses, only in auto mode, never over a running update.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AutoUpdate, decisionKeys, LearningSettings, newDecisions, parseLearning, Timers } from '../../../server/src/learning/autoUpdate';
import { Decision } from '../../../server/src/engine/decisions';

/** Timers run by hand: `tick()` fires what is due, so the debounce is tested without waiting. */
function manualTimers(): Timers & { tick(): void; armed(): number } {
  let next: (() => void) | undefined;
  let id = 0;
  let current = -1;
  return {
    set: (f) => { next = f; current = ++id; return current; },
    clear: (t) => { if (t === current) next = undefined; },
    tick: () => { const f = next; next = undefined; f?.(); },
    armed: () => (next ? 1 : 0),
  };
}

function setup(settings: LearningSettings, busy = false) {
  const timers = manualTimers();
  let started = 0;
  const state = { settings, busy };
  const auto = new AutoUpdate(() => state.settings, () => state.busy, () => { started++; auto.started(); }, 1000, timers);
  return { auto, timers, state, started: () => started };
}

test('an update starts only after N decisions and a pause, and counts from zero again', () => {
  const { auto, timers, started } = setup({ mode: 'auto', decisionsPerUpdate: 3 });
  auto.note(2);
  assert.equal(timers.armed(), 0, 'two decisions are not enough');
  auto.note(1);
  assert.equal(timers.armed(), 1);
  auto.note(1); // a further decision postpones it (debounce): still one timer
  timers.tick();
  assert.equal(started(), 1);
  assert.equal(auto.pending, 0);
  auto.note(1);
  assert.equal(timers.armed(), 0);
});

test('manual and off modes never start an update by themselves', () => {
  for (const mode of ['manual', 'off'] as const) {
    const { auto, timers, started } = setup({ mode, decisionsPerUpdate: 1 });
    auto.note(10);
    timers.tick();
    assert.equal(started(), 0, mode);
  }
});

test('never two at once: a due update waits for the running one, then starts when re-armed', () => {
  const { auto, timers, state, started } = setup({ mode: 'auto', decisionsPerUpdate: 2 }, true);
  auto.note(5);
  timers.tick();
  assert.equal(started(), 0, 'busy: not started');
  state.busy = false;
  auto.arm(); // the running update ended
  timers.tick();
  assert.equal(started(), 1);
});

test('settings are read defensively; decisions count when new or changed', () => {
  assert.deepEqual(parseLearning({ mode: 'sometimes', decisionsPerUpdate: -3 }), { mode: 'auto', decisionsPerUpdate: 50 });
  assert.deepEqual(parseLearning({ mode: 'manual', decisionsPerUpdate: 12.7 }), { mode: 'manual', decisionsPerUpdate: 12 });
  const d = (id: string, status: Decision['status'], label = 'PERSON', kind: Decision['kind'] = 'entity') => ({ id, status, label, kind, start: 0, end: 3, text: 'abc', prefix: '', suffix: '', created: '' }) as Decision;
  const before = decisionKeys([d('d1', 'accepted'), d('q1', 'accepted', 'QUOTE', 'quotation')]);
  const after = decisionKeys([d('d1', 'accepted', 'ORGANIZATION'), d('d2', 'rejected'), d('d3', 'orphaned'), d('q1', 'rejected', 'QUOTE', 'quotation')]);
  assert.equal(newDecisions(before, after), 2, 'a relabel and a rejection; orphaned and quotation decisions do not count');
});
