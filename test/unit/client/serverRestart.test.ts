// Restart Server always ends with a running server, even when the old one was too busy to stop in time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { restartServer, STOP_TIMEOUT_MS } from '../../../client/src/serverRestart';

function fakeClient(stopFails: boolean) {
  const calls: string[] = [];
  return {
    calls,
    stop: async (timeout?: number) => { calls.push(`stop ${timeout}`); if (stopFails) throw new Error('Stopping the server timed out'); },
    start: async () => { calls.push('start'); },
  };
}

test('a server that does not answer the shutdown in time is started again, and the output says why', async () => {
  const c = fakeClient(true);
  const log: string[] = [];
  await restartServer(c, (l) => log.push(l));
  assert.deepEqual(c.calls, [`stop ${STOP_TIMEOUT_MS}`, 'start']);
  assert.match(log.join('\n'), /did not stop cleanly \(Stopping the server timed out\)/);
});

test('a server that stops cleanly is started again with nothing logged, and gets longer than the library\'s 2 s to stop', async () => {
  const c = fakeClient(false);
  const log: string[] = [];
  await restartServer(c, (l) => log.push(l));
  assert.deepEqual(c.calls, [`stop ${STOP_TIMEOUT_MS}`, 'start']);
  assert.deepEqual(log, []);
  assert.ok(STOP_TIMEOUT_MS > 2000);
});
