// The re-analysis for the status waits for semantic-token answers in flight, so an editor's tokens after an edit are
// never queued behind the whole document's analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenFirst } from '../../../server/src/tokenFirst';

test('the analysis starts only after the token answer in flight is given, and a grace after it', async () => {
  const gate = new TokenFirst(30);
  const order: string[] = [];
  let answer!: () => void;
  const tokens = gate.run(() => new Promise<void>((resolve) => { answer = resolve; })).then(() => order.push('tokens answered'));
  const analysis = gate.settled().then(() => order.push('analysis'));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(order, [], 'nothing before the tokens are answered');
  const next = gate.run(async () => undefined);
  answer();
  await Promise.all([tokens, analysis, next]);
  assert.deepEqual(order, ['tokens answered', 'analysis']);
});

test('with no token request the analysis does not wait', async () => {
  const gate = new TokenFirst(10_000);
  const t = Date.now();
  await gate.settled();
  assert.ok(Date.now() - t < 1000);
});
