// The Entities view draws only its latest refresh: switching articles while an earlier answer is on its way never shows that answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LatestOnly } from '../../../client/src/latestOnly';

/** A view that refreshes as the Entities view does: ask, await, then draw if still the latest. */
function view() {
  const latest = new LatestOnly();
  const drawn: string[] = [];
  const refresh = async (uri: string, answer: Promise<string>) => {
    const current = latest.begin();
    const entities = await answer;
    if (current()) drawn.push(`${uri}: ${entities}`);
  };
  return { drawn, refresh };
}

test('an earlier refresh that answers after a later one is not drawn (article A slow to analyse, the user already on B)', async () => {
  const v = view();
  let answerA!: (x: string) => void;
  const a = v.refresh('a.txt', new Promise<string>((r) => { answerA = r; }));
  await v.refresh('b.txt', Promise.resolve('B entities'));
  answerA('A entities');
  await a;
  assert.deepEqual(v.drawn, ['b.txt: B entities']);
});

test('refreshes that answer in order are each drawn', async () => {
  const v = view();
  await v.refresh('a.txt', Promise.resolve('A entities'));
  await v.refresh('b.txt', Promise.resolve('B entities'));
  assert.deepEqual(v.drawn, ['a.txt: A entities', 'b.txt: B entities']);
});
