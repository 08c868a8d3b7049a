// How the pool's worker threads load the shipped model once between them: the first builds its feature table and weights in shared memory, the others use those.
import * as fs from 'fs';
import { MessagePort, receiveMessageOnPort } from 'worker_threads';
import { defaultModelPath, modelFromBytes, modelRestFromBytes, modelWithTables, NerModel, SharedTables, sharedTables } from '../engine/model';
import { TaskSettings, taskModel } from './annotateTask';

/** What a worker thread of the pool is started with. */
export interface WorkerInit {
  settings: TaskSettings;
  /** The shipped model's arrays, built by another worker earlier in the run (a worker started to replace one that died). */
  tables?: SharedTables;
  /** The first worker: builds the arrays in shared memory, hands them to the others on `ports`, then opens `gate`. */
  lead?: { ports: MessagePort[]; gate: SharedArrayBuffer };
  /** Another worker: parses the rest of the model file while the first builds the arrays, then waits at `gate` for them on `port`. */
  follow?: { port: MessagePort; gate: SharedArrayBuffer };
}

/** States of a gate (an Int32Array of one): the first worker is loading, its arrays were sent, or each worker loads its own. */
export const GATE_LOADING = 0;
export const GATE_SENT = 1;
export const GATE_ALONE = 2;

/** How long a worker waits for the first one's arrays before it loads its own (the first is slow, not dead: the pool opens the gate when it dies). */
const WAIT_MS = 60_000;

/** Opens `gate` in `state` for the workers waiting at it. */
export function openGate(gate: Int32Array, state: number): void {
  Atomics.store(gate, 0, state);
  Atomics.notify(gate, 0);
}

/**
 * The model a worker analyses with. An adapted model (`--model`) or a run of one worker loads its own. Otherwise the
 * arrays (~13 MB: feature names hashed, weights decoded; a fifth of loading) are built once and shared.
 */
export function workerModel(init: WorkerInit): NerModel {
  if (init.settings.model) return taskModel(init.settings);
  if (init.tables) {
    const rest = modelRestFromBytes(fs.readFileSync(defaultModelPath()));
    if (rest) return modelWithTables(rest, init.tables);
  }
  if (init.lead) {
    const gate = new Int32Array(init.lead.gate);
    const model = modelFromBytes(fs.readFileSync(defaultModelPath()), true);
    const tables = sharedTables(model);
    for (const port of init.lead.ports) { if (tables) port.postMessage(tables); port.close(); }
    openGate(gate, tables ? GATE_SENT : GATE_ALONE);
    return model;
  }
  if (init.follow) {
    const gate = new Int32Array(init.follow.gate);
    const rest = modelRestFromBytes(fs.readFileSync(defaultModelPath()));
    Atomics.wait(gate, 0, GATE_LOADING, WAIT_MS);
    // The first worker posts before it opens the gate, so the arrays are on the port once it is open.
    const tables = Atomics.load(gate, 0) === GATE_SENT ? (receiveMessageOnPort(init.follow.port)?.message as SharedTables | undefined) : undefined;
    init.follow.port.close();
    if (rest && tables) return modelWithTables(rest, tables);
  }
  return taskModel(init.settings);
}
