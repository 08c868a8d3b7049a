// Runs CLI tasks on N worker threads (each loads the model once) or, for one job, in this thread.
import * as path from 'path';
import { MessageChannel, MessagePort, Worker } from 'worker_threads';
import type { SharedTables } from '../engine/model';
import { runTask, Task, TaskResult, TaskSettings, taskModel } from './annotateTask';
import { GATE_ALONE, GATE_LOADING, openGate, WorkerInit } from './sharedModel';

export interface Executor {
  /** Never rejects: a failure is a result that says so. */
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  /** CPU seconds spent on the worker threads themselves (not V8's helper threads), as of their last result; undefined without /proc. */
  workerCpu?(): number | undefined;
  /** Hands a batch result's output buffer back once it is written, for a later batch (nothing else may use it after). */
  recycle?(buffer: ArrayBuffer): void;
  /** Wall seconds the workers waited between tasks, summed over workers (from their second task on). */
  workerIdle?(): number;
}

/** What a task gives when its worker died under it (out of memory, a crash in the engine). */
function lost(task: Task, why: string): TaskResult {
  return task.kind === 'batch' ? { kind: 'batch', records: 0, failed: 0, bytes: 0, lost: why } : { kind: 'file', error: `worker stopped (${why})` };
}

/** --jobs 1: no thread to start, no copy of the text to send. */
export function inThread(settings: TaskSettings): Executor {
  const model = taskModel(settings);
  return { run: async (task) => runTask(task, model, settings), close: async () => undefined };
}

/**
 * Old-generation heap of each worker. Left alone, V8 lets a busy heap grow far past what it holds
 * live (a 48 MB stream reached 526 MB); capped, it collects sooner and memory stays flat. An article
 * that needs more than this (several MB of text) fails alone with "worker stopped (out of memory)".
 */
export const WORKER_HEAP_MB = 192;

interface Job { seq: number; task: Task; resolve: (r: TaskResult) => void }
interface Slot { worker: Worker; busy: Map<number, Job>; cpu?: number; idle?: number; leads?: boolean }

/**
 * Tasks handed to one worker at a time: the one it runs and the next, so it never waits on this thread between
 * two. The rest wait here and go to whichever worker frees up first: handed out as they came, a batch queued
 * behind a slow one (a long article, a collection) kept the other worker idle with the window full.
 */
export const PREFETCH = 2;

/** N worker threads; each takes the next waiting task as it finishes one, results come back by sequence number. */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private restarts = 0;
  private closing = false;
  /** CPU of the workers that were replaced. */
  private pastCpu = 0;
  private pastIdle = 0;
  /** The worker each output buffer came from: it goes back there, to the pool that lost it. */
  private readonly origin = new WeakMap<ArrayBuffer, Slot>();
  /** Tasks no worker has been handed yet, in the order they came (bounded by the caller's window). */
  private readonly waiting: Job[] = [];

  /** The model's arrays the first worker built, once it has; and where the others wait for them (see sharedModel.ts). */
  private tables?: SharedTables;
  private readonly gate?: Int32Array;

  constructor(private readonly size: number, private readonly settings: TaskSettings, private readonly script = path.join(__dirname, 'annotateWorker.js')) {
    // The workers start together: the first builds the model's arrays while the others parse the rest of the model file.
    if (size > 1 && !settings.model) {
      this.gate = new Int32Array(new SharedArrayBuffer(4));
      const channels = Array.from({ length: size - 1 }, () => new MessageChannel());
      const ports = channels.map((c) => c.port1);
      this.slots.push(this.start({ settings, lead: { ports, gate: this.gate.buffer as SharedArrayBuffer } }, ports));
      for (const c of channels) this.slots.push(this.start({ settings, follow: { port: c.port2, gate: this.gate.buffer as SharedArrayBuffer } }, [c.port2]));
    } else for (let i = 0; i < size; i++) this.slots.push(this.start({ settings }));
  }

  private start(init: WorkerInit, transferList: MessagePort[] = []): Slot {
    const worker = new Worker(this.script, { workerData: init, transferList, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, busy: new Map(), leads: init.lead !== undefined };
    slot.worker.on('message', (msg: { seq: number; result?: TaskResult; cpu?: number; idle?: number; tables?: SharedTables }) => {
      if (msg.tables) this.tables = msg.tables;
      slot.cpu = msg.cpu;
      slot.idle = msg.idle ?? slot.idle;
      if (!msg.result) return;
      if (msg.result.kind === 'batch' && msg.result.out) this.origin.set(msg.result.out.buffer as ArrayBuffer, slot);
      const job = slot.busy.get(msg.seq);
      slot.busy.delete(msg.seq);
      this.dispatch();
      job?.resolve(msg.result);
    });
    let dead = false;
    // 'error' is followed by 'exit': the slot is replaced once.
    const died = (why: string) => {
      if (dead) return;
      dead = true;
      // The first worker died before it sent the model's arrays: the others waiting for them load their own.
      if (slot.leads && this.gate && Atomics.load(this.gate, 0) === GATE_LOADING) openGate(this.gate, GATE_ALONE);
      this.pastCpu += slot.cpu ?? 0;
      this.pastIdle += slot.idle ?? 0;
      for (const { task, resolve } of slot.busy.values()) resolve(lost(task, why));
      slot.busy.clear();
      const i = this.slots.indexOf(slot);
      // A replacement, bounded so an engine that crashes on every input cannot respawn forever.
      if (i >= 0 && !this.closing && this.restarts++ < 4 * this.size) this.slots[i] = this.start({ settings: this.settings, tables: this.tables });
      else if (i >= 0) this.slots.splice(i, 1);
      if (!this.slots.length) for (const job of this.waiting.splice(0)) job.resolve(lost(job.task, 'every worker crashed'));
      this.dispatch();
    };
    slot.worker.on('error', (e) => died(e.message.split('\n')[0]));
    slot.worker.on('exit', (code) => { if (!this.closing) died(`exit code ${code}`); });
    return slot;
  }

  run(task: Task): Promise<TaskResult> {
    if (!this.slots.length) return Promise.resolve(lost(task, 'every worker crashed'));
    return new Promise((resolve) => {
      this.waiting.push({ seq: this.seq++, task, resolve });
      this.dispatch();
    });
  }

  /** Hands waiting tasks, oldest first, to the workers with the fewest in hand, up to PREFETCH each. */
  private dispatch(): void {
    while (this.waiting.length) {
      const slot = this.slots.reduce<Slot | undefined>((best, s) => (s.busy.size < PREFETCH && (!best || s.busy.size < best.busy.size) ? s : best), undefined);
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.busy.set(job.seq, job);
      // A batch's bytes are moved to the worker, not copied: the caller allocated them for this task alone.
      slot.worker.postMessage({ seq: job.seq, task: job.task }, job.task.kind === 'batch' ? [job.task.data.buffer as ArrayBuffer] : []);
    }
  }

  recycle(buffer: ArrayBuffer): void {
    const from = this.origin.get(buffer);
    const slot = from && this.slots.includes(from) ? from : this.slots[0];
    if (!slot || this.closing || buffer.byteLength === 0) return;
    this.origin.delete(buffer);
    slot.worker.postMessage({ spare: buffer }, [buffer]);
  }

  workerCpu(): number | undefined {
    return this.slots.some((s) => s.cpu === undefined) ? undefined : this.slots.reduce((sum, s) => sum + s.cpu!, this.pastCpu);
  }

  workerIdle(): number {
    return this.slots.reduce((sum, s) => sum + (s.idle ?? 0), this.pastIdle);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** `threads`: use workers even for one job (the stream: its heap is then capped, and reading never waits on analysis). */
export function executor(jobs: number, settings: TaskSettings, threads = jobs > 1): Executor {
  return threads ? new WorkerPool(jobs, settings) : inThread(settings);
}
