// Tagging a large document's new paragraphs on both cores: the main thread takes blocks from the front, a worker
// thread (tagWorker.ts, started only for such a document and ended once done) from the back, and its taggings are
// cached here as if tagged on this thread. The result is the single-thread analysis exactly (same model, same code).
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { Analyzer, paragraphs } from './engine/analysis';
import type { SharedTables } from './engine/model';
import { blockCount, Claims, cutBlocks, fromWire, WireBlock } from './tagShare';
import type { ToTagWorker } from './tagWorker';
import { recheckYoungGeneration } from './youngGeneration';

/** Below this many characters to tag, one thread does it (the worker's start, ~0.3 s of loading its model, would not pay). */
export const PARALLEL_MIN_CHARS = 200_000;
/** The main thread looks at its messages (the worker's blocks, the editor's requests) this often. */
const SLICE_MS = 20;
/**
 * Whether this machine has cores to spare for it. A fresh server's open already keeps a second core busy with V8's
 * compiler and GC threads (1 M characters, 2 cores: 1.6 s of 3.5 s CPU), and the worker compiles the engine and loads
 * the model again (+1.5–2 s CPU): on 2 cores it was slower than one thread, so it needs 4. ANA_PARALLEL_TAGGING=1 or 0 decides.
 */
export function parallelByDefault(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism()): boolean {
  return env.ANA_PARALLEL_TAGGING ? env.ANA_PARALLEL_TAGGING === '1' : cores >= 4;
}

/** A worker started ahead of a document that then needed no tagging is ended after this long. */
const UNUSED_MS = 5000;

type FromTagWorker = { type: 'block'; job: number; wire: WireBlock } | { type: 'done'; job: number } | { type: 'ready'; job?: undefined; shared: boolean };

export interface ParallelOptions {
  /** The worker bundle (dist/tagWorker.js beside server.js). */
  file?: string;
  minChars?: number;
  /** Whether to use the worker now (the machine's cores, the model: it loads the shipped one, so not while an adapted model is active). */
  usable?: () => boolean;
  /**
   * The shipped model's feature table and weights in shared memory, once this thread has loaded it: the worker uses
   * them instead of building its own (undefined: it loads the whole model).
   */
  tables?: () => Promise<SharedTables | undefined>;
}

export class ParallelTagging {
  private worker: Worker | undefined;
  /** Resolves once the current worker has loaded its model. */
  private loaded: Promise<void> | undefined;
  private jobs = 0;
  private running = 0;
  private unused: NodeJS.Timeout | undefined;
  /** The job running for a text: a second request for the same version waits on it instead of tagging again. */
  private current: { text: string; done: Promise<boolean> } | undefined;
  /** Figures for the benchmark: blocks the worker tagged, and blocks in all, over every job; whether the last worker took this thread's model arrays. */
  readonly figures = { jobs: 0, workerBlocks: 0, blocks: 0, sharedTables: false };
  private readonly file: string;
  private readonly minChars: number;
  private readonly usable: () => boolean;
  private readonly tables: () => Promise<SharedTables | undefined>;

  constructor(options: ParallelOptions = {}) {
    this.file = options.file ?? path.join(__dirname, 'tagWorker.js');
    this.minChars = options.minChars ?? PARALLEL_MIN_CHARS;
    this.usable = options.usable ?? (() => true);
    this.tables = options.tables ?? (async () => undefined);
  }

  /** A large document was opened: the worker starts now and loads its model while the server gets ready. */
  prepare(chars: number): void {
    if (chars < this.minChars || !this.usable() || this.worker) return;
    this.start();
    if (!this.running) this.endUnused();
  }

  /**
   * Tags the paragraphs of `text` the analyzer has not cached, with the worker when they are many; false when `stale()`
   * said a newer version came (the worker's blocks still in flight are cached when they come). Paragraphs left untagged
   * (a worker that failed) are the analyzer's own warm()'s to tag.
   */
  async warm(analyzer: Analyzer, text: string, stale: () => boolean): Promise<boolean> {
    if (text.length < this.minChars || !this.usable()) return true;
    if (this.current?.text === text) return this.current.done;
    const paras = paragraphs(text);
    const seen = new Set<string>();
    const todo: Array<{ base: number; length: number }> = [];
    let chars = 0;
    for (const p of paras) {
      if (!p.text.length || seen.has(p.text) || analyzer.cached(p.text)) continue;
      seen.add(p.text);
      todo.push({ base: p.base, length: p.text.length });
      chars += p.text.length;
    }
    if (chars < this.minChars) return true;
    const done = this.run(analyzer, text, todo, paras.length, stale);
    this.current = { text, done };
    try { return await done; } finally { if (this.current?.done === done) this.current = undefined; }
  }

  private async run(analyzer: Analyzer, text: string, todo: Array<{ base: number; length: number }>, count: number, stale: () => boolean): Promise<boolean> {
    const worker = this.worker ?? this.start();
    clearTimeout(this.unused);
    const blocks = cutBlocks(todo);
    const n = blockCount(blocks);
    const claims = new Claims(n);
    const job = ++this.jobs;
    const received = new Set<number>();
    const canon = new Map<string, string>();
    const one = (s: string) => { const k = canon.get(s); if (k !== undefined) return k; canon.set(s, s); return s; };
    const texts = (b: number) => { const out: string[] = []; for (let i = blocks.starts[b]; i < blocks.starts[b + 1]; i++) out.push(text.slice(blocks.bases[i], blocks.bases[i] + blocks.lengths[i])); return out; };
    let finished = false;
    let wake: (() => void) | undefined;
    const onMessage = (m: FromTagWorker) => {
      if (m.job !== job) return;
      if (m.type === 'done') finished = true;
      else {
        const b = m.wire.block;
        const tagged = fromWire(m.wire, texts(b), blocks.bases.subarray(blocks.starts[b], blocks.starts[b + 1]), one);
        if (tagged) for (const r of tagged) analyzer.adopt(r, count, text.length);
        received.add(b);
      }
      wake?.();
    };
    const onExit = () => { finished = true; wake?.(); };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    // Referenced while a job waits on it (idle, it never keeps the process alive).
    worker.ref();
    this.running++;
    worker.postMessage({ type: 'job', job, text, blocks, claims: claims.buffer, paragraphs: count } satisfies ToTagWorker);
    let fresh = true;
    try {
      let slice = Date.now();
      for (let b; (b = claims.front()) >= 0;) {
        for (let i = blocks.starts[b]; i < blocks.starts[b + 1]; i++) analyzer.tagAt(text.slice(blocks.bases[i], blocks.bases[i] + blocks.lengths[i]), blocks.bases[i], count, text.length);
        if (Date.now() - slice >= SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          if (stale()) { claims.stop(); fresh = false; break; }
          slice = Date.now();
        }
      }
      // The worker's blocks: those it took before the ends met (it is tagging the last one now).
      const from = claims.backStart();
      const theirs = () => { let k = 0; for (const b of received) if (b >= from) k++; return k; };
      while (fresh && !finished && theirs() < n - from) await new Promise<void>((resolve) => { wake = resolve; });
      this.figures.jobs++;
      this.figures.blocks += n;
      this.figures.workerBlocks += n - from;
      return fresh;
    } finally {
      wake = undefined;
      // Blocks still in flight (a stale job) are cached when they come; the listener goes with the job's end.
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        worker.off('message', onMessage);
        worker.off('message', last);
        worker.off('exit', release);
        this.running--;
        worker.unref();
        if (!this.running) this.end();
      };
      const last = (m: FromTagWorker) => { if (m.job === job && m.type === 'done') release(); };
      if (finished) release();
      else { worker.on('message', last); worker.once('exit', release); }
    }
  }

  private start(): Worker {
    // Old generation bounded like the index worker's: the model, its word cache and one job's paragraphs.
    const w = new Worker(this.file, { resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 192 } });
    this.worker = w;
    this.loaded = new Promise((resolve) => { const on = (m: FromTagWorker) => { if (m.type === 'ready') { this.figures.sharedTables = m.shared; w.off('message', on); resolve(); } }; w.on('message', on); w.once('exit', () => resolve()); });
    w.unref();
    // Its isolate's set-up put the process-wide young-generation growth back to V8's default.
    w.once('online', recheckYoungGeneration);
    w.on('error', () => undefined);
    w.once('exit', () => { if (this.worker === w) this.worker = undefined; });
    // The worker reads the rest of the model file meanwhile; jobs sent before the tables wait in it.
    void this.tables().catch(() => undefined).then((tables) => w.postMessage({ type: 'tables', tables } satisfies ToTagWorker));
    return w;
  }

  /** Resolves once the worker started by prepare() has loaded its model (or ended). */
  async ready(): Promise<void> {
    const w = this.worker;
    w?.ref();
    try { await this.loaded; } finally { if (!this.running) w?.unref(); }
  }

  private endUnused(): void {
    clearTimeout(this.unused);
    this.unused = setTimeout(() => { if (!this.running) this.end(); }, UNUSED_MS);
    this.unused.unref();
  }

  /** Ends the worker: its model and word cache are memory a small article never needs. */
  end(): void {
    clearTimeout(this.unused);
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }
}
