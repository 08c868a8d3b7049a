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
