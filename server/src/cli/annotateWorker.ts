// Worker thread of `annotate --jobs N`: loads the model once, then runs the tasks it is sent, one at a time, in order.
import { tuneJit } from '../jitFlags';
import { parentPort, workerData } from 'worker_threads';
import { runTask, Task } from './annotateTask';
import { sharedTables } from '../engine/model';
import { WorkerInit, workerModel } from './sharedModel';
import { threadCpuSeconds } from './threadCpu';
// Before the engine first runs (see jitFlags.ts); flags are per process, so cli.js has set them already.
tuneJit(true);

/** Written output buffers kept for reuse: about the batches one worker has in flight, and none of a giant article's size. */
const SPARE_BUFFERS = 8;
const SPARE_MAX_BYTES = 4 * 1024 * 1024;

const init = workerData as WorkerInit;
const settings = init.settings;
const model = workerModel(init);
const spare: ArrayBuffer[] = [];
/** Wall seconds between finishing a task and being handed the next (for `--stats`: were the workers kept fed?). */
let idle = 0;
let finished: number | undefined;
// What loading the model cost, counted even if this worker is never sent a task (seq -1: no task); from the first
// worker, the model's shared arrays, for a worker started later to replace one that died.
parentPort!.postMessage({ seq: -1, cpu: threadCpuSeconds(), tables: init.lead ? sharedTables(model) : undefined });
parentPort!.on('message', (msg: { seq: number; task: Task } | { spare: ArrayBuffer }) => {
  if ('spare' in msg) {
    if (spare.length < SPARE_BUFFERS && msg.spare.byteLength <= SPARE_MAX_BYTES) spare.push(msg.spare);
    return;
  }
  const start = performance.now();
  if (finished !== undefined) idle += (start - finished) / 1000;
  const result = runTask(msg.task, model, settings, spare);
  finished = performance.now();
  // A batch's output is moved to the reading thread, not copied (its buffer is its own, see annotateBatch).
  parentPort!.postMessage({ seq: msg.seq, result, cpu: threadCpuSeconds(), idle }, result.kind === 'batch' && result.out ? [result.out.buffer as ArrayBuffer] : []);
});
