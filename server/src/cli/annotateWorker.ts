// Worker thread of `annotate --jobs N`: loads the model once, then runs the tasks it is sent, one at a time, in order.
import { parentPort, workerData } from 'worker_threads';
import { runTask, Task, TaskSettings, taskModel } from './annotateTask';
import { threadCpuSeconds } from './threadCpu';

const settings = workerData as TaskSettings;
const model = taskModel(settings);
// What loading the model cost, counted even if this worker is never sent a task (seq -1: no task).
parentPort!.postMessage({ seq: -1, cpu: threadCpuSeconds() });
parentPort!.on('message', (msg: { seq: number; task: Task }) => {
  const result = runTask(msg.task, model, settings);
  // A batch's output is moved to the reading thread, not copied (its buffer is its own, see annotateBatch).
  parentPort!.postMessage({ seq: msg.seq, result, cpu: threadCpuSeconds() }, result.kind === 'batch' && result.out ? [result.out.buffer as ArrayBuffer] : []);
});
