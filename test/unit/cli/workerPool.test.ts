import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { WorkerPool } from '../../../server/src/cli/workerPool';

test('a worker that dies under a batch gives a "lost" result naming why, and the pool answers the next batch with a new worker', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
  // A stand-in worker: dies on a batch whose first line is 1, answers any other with its bytes echoed.
  const script = path.join(dir, 'worker.js');
  fs.writeFileSync(script, `const { parentPort } = require('worker_threads');
parentPort.on('message', ({ seq, task }) => {
  if (task.firstLine === 1) process.exit(3);
  parentPort.postMessage({ seq, result: { kind: 'batch', out: task.data, records: 1, failed: 0, bytes: task.data.length } });
});`);
  const pool = new WorkerPool(1, { offsets: 'codepoint', format: 'json' }, script);
  try {
    const lost = await pool.run({ kind: 'batch', firstLine: 1, data: new TextEncoder().encode('{"id":1}\n') });
    assert.deepEqual(lost, { kind: 'batch', records: 0, failed: 0, bytes: 0, lost: 'exit code 3' });
    const data = new TextEncoder().encode('{"id":2}\n');
    const next = await pool.run({ kind: 'batch', firstLine: 2, data });
    assert.equal(data.byteLength, 0, 'the bytes were moved to the worker, not copied');
    assert.equal(next.kind === 'batch' && new TextDecoder().decode(next.out), '{"id":2}\n');
  } finally {
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a batch stuck on one worker does not hold back the batches after it: the other worker takes them as it frees up', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
  // A stand-in worker: the batch at line 1 (a long article, a collection) blocks its worker until the test opens the
  // gate; every other batch is answered at once with its bytes echoed.
  const script = path.join(dir, 'worker.js');
  fs.writeFileSync(script, `const { parentPort, workerData } = require('worker_threads');
parentPort.on('message', ({ seq, task }) => {
  if (!task) return;
  if (task.firstLine === 1) Atomics.wait(new Int32Array(workerData.settings.gate), 0, 0);
  parentPort.postMessage({ seq, result: { kind: 'batch', out: task.data, records: 1, failed: 0, bytes: task.data.length } });
});`);
  const gate = new SharedArrayBuffer(4);
  const pool = new WorkerPool(2, { offsets: 'codepoint', format: 'json', gate } as never, script);
  const batch = (line: number) => pool.run({ kind: 'batch', firstLine: line, data: new TextEncoder().encode(`{"id":${line}}\n`) });
  try {
    // Handed out as they come: 1 to the first worker (where it blocks), 2 to the other, 3 to the first again (the one
    // it holds next); 4 to 7 wait in the pool and go to the worker that is free. Handed out in turn, 5 and 7 would
    // wait behind 1 until the gate opens, which it does only once they are done: the guard below fails the test.
    const all = [1, 2, 3, 4, 5, 6, 7].map(batch);
    const stuck = [all[0], all[2]];
    const free = [1, 3, 4, 5, 6].map((i) => all[i]);
    let guard: NodeJS.Timeout | undefined;
    const heldBack = new Promise<never>((_, reject) => { guard = setTimeout(() => reject(new Error('batches were held back behind the stuck one')), 20_000); });
    const done = await Promise.race([Promise.all(free), heldBack]).finally(() => clearTimeout(guard));
    assert.deepEqual(done.map((r) => r.kind === 'batch' && new TextDecoder().decode(r.out)), [2, 4, 5, 6, 7].map((i) => `{"id":${i}}\n`));
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
    const late = await Promise.all(stuck);
    assert.deepEqual(late.map((r) => r.kind === 'batch' && new TextDecoder().decode(r.out)), ['{"id":1}\n', '{"id":3}\n']);
  } finally {
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
