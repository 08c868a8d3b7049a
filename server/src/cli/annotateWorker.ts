// Worker thread of `annotate --jobs N`: loads the model once, then runs the tasks it is sent, one at a time, in order.
import { parentPort, workerData } from 'worker_threads';
import { runTask, Task, TaskSettings, taskModel } from './annotateTask';

const settings = workerData as TaskSettings;
const model = taskModel(settings);
parentPort!.on('message', (msg: { seq: number; task: Task }) => {
  parentPort!.postMessage({ seq: msg.seq, result: runTask(msg.task, model, settings) });
});
