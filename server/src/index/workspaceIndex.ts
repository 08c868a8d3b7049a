// The server's handle on the index worker thread: requests with ids, status and progress callbacks; never blocks.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { localPath } from '../io/fileUri';
import { indexRunning, recheckYoungGeneration } from '../youngGeneration';
import { mayHoldArticles } from './articleScan';
import { indexFilePath } from './indexFile';
import { ArticlesReply, CountsReply, FromWorker, IndexStatus, SearchReply, ToWorker } from './indexMessages';

/** Past this the worker is not restarted again: the index reports itself stopped. */
const MAX_HEAP_MB = 1024;

export interface IndexHooks {
  progress(phase: 'begin' | 'report' | 'end', done: number, total: number, message: string): void;
  status(s: IndexStatus): void;
  log(level: 'info' | 'warn', message: string): void;
}

export class WorkspaceIndex {
  private worker?: Worker;
  private nextId = 1;
  private pending = new Map<number, (r: unknown) => void>();
  status?: IndexStatus;

  constructor(private readonly hooks: IndexHooks) {}

  /**
   * The thread starts with the workspace (at initialize: its start-up overlaps the handshake, and a reload's first
   * query finds it ready) when there are folders to index; with none, the index is empty and no thread runs.
   */
  start(folders: string[], storageDir: string | undefined, threshold: number, adaptedModel?: string): void {
    this.startMessage = { type: 'start', folders, storageDir, threshold, adaptedModel };
    if (this.worker) { this.send(this.startMessage); return; }
    if (folders.length && fs.existsSync(indexFilePath(folders, storageDir))) { this.spawn(); return; }
    // No folder (a single file opened): nothing to index, and the status says so at once.
    if (!folders.length) { this.sleep(EMPTY_STATUS); return; }
    // No saved index: the folders are looked at first (asleep meanwhile, so a file event starts the worker at once).
    this.sleep(EMPTY_STATUS, false);
    const checked = (found: boolean) => {
      this.checking = undefined;
      if (this.worker) return;
      if (found) this.wake(); else this.sleep(EMPTY_STATUS);
    };
    this.checking = mayHoldArticles(folders).then(checked, () => checked(true));
  }

  /** While start() looks for articles: queries wait for its answer. */
  private checking?: Promise<void>;

  /**
   * Asleep: the worker was stopped because its index holds no article (a folder of other files, or none). A thread
   * and its heap cost ~11 MB of the server's memory for nothing; queries are answered empty here, and a file event
   * starts it again (it loads the saved index and looks at the folders).
   */
  private asleep = false;
  private sleepTimer?: NodeJS.Timeout;

  private sleep(status: IndexStatus, tell = true): void {
    this.asleep = true;
    this.status = status;
    if (tell) this.hooks.status(status);
  }

  /** After a run that found no article, the worker is stopped once it has been idle a while. */
  private sleepWhenIdle(w: Worker, s: IndexStatus): void {
    clearTimeout(this.sleepTimer);
    if (s.state !== 'ready' || s.articles !== 0) return;
    this.sleepTimer = setTimeout(() => {
      if (this.worker !== w || this.replacing) return;
      // A query under way: looked at again later.
      if (this.pending.size) { this.sleepWhenIdle(w, s); return; }
      this.worker = undefined;
      this.asleep = true;
      indexRunning(false);
      // Its index is saved after every run; terminate() only ends the idle thread.
      void w.terminate();
    }, SLEEP_AFTER_MS);
    this.sleepTimer.unref();
  }

  /** A message that needs the worker: it is started again when asleep. */
  private wake(): void {
    clearTimeout(this.sleepTimer);
    if (!this.asleep || !this.startMessage?.folders.length || this.worker || this.disposed) return;
    this.asleep = false;
    this.spawn();
  }

  /** The server analyses with another model now: the index re-analyses its articles with it, in the background. */
  modelChanged(adaptedModel: string | undefined): void {
    if (!this.startMessage) return;
    this.startMessage = { ...this.startMessage, adaptedModel };
    this.send({ type: 'model', adaptedModel });
  }

  thresholdChanged(threshold: number): void {
    if (!this.startMessage || this.startMessage.threshold === threshold) return;
    this.startMessage = { ...this.startMessage, threshold };
    this.send({ type: 'threshold', threshold });
  }

  private startMessage?: Extract<ToWorker, { type: 'start' }>;
  /** V8 old-generation limit of the worker, MB: enough for the model, the tagger's word cache (≤ 40,000 forms) and a 50,000-article index being built. */
  private heapMb = 192;

  private spawn(): void {
    // The worker bundle sits beside server.js in dist/. A bounded old generation (RSS counts for the whole server;
    // a worker that outgrows it is restarted with twice the room) and a 32 MB young one: analysis garbage dies
    // young, and with 8 MB it was promoted and marked with the growing index (50,000 articles: 62–63 → 55–60 s CPU).
    const w = new Worker(path.join(__dirname, 'indexWorker.js'), { resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: this.heapMb } });
    const pending = new Map<number, (r: unknown) => void>();
    this.worker = w;
    this.pending = pending;
    w.unref();
    // Its isolate's set-up put the process-wide young-generation growth back to V8's default.
    w.once('online', recheckYoungGeneration);
    w.on('message', (m: FromWorker) => {
      if (m.type === 'reply') { pending.get(m.id)?.(m.result); pending.delete(m.id); } else if (m.type === 'progress') this.hooks.progress(m.phase, m.done, m.total, m.message);
      else if (m.type === 'status') {
        this.status = m.status;
        this.hooks.status(m.status);
        indexRunning(m.status.state === 'indexing');
        this.sleepWhenIdle(w, m.status);
      } else if (m.type === 'recycle') this.recycle(w);
      else this.hooks.log(m.level, m.message);
    });
    // A failed worker costs workspace symbols, never the server (and the user's unsaved decisions).
    w.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' && this.heapMb < MAX_HEAP_MB && this.worker === w) {
        this.heapMb *= 2;
        this.hooks.log('info', `Workspace index needs more memory; restarting it with ${this.heapMb} MB (it resumes from its last save).`);
        this.worker = undefined;
        this.spawn();
      } else this.hooks.log('warn', `Workspace index stopped: ${e.stack ?? e.message}`);
    });
    w.on('exit', () => { if (this.worker === w) { this.worker = undefined; indexRunning(false); } for (const r of pending.values()) r(null); pending.clear(); });
    if (this.startMessage) this.send(this.startMessage);
  }

  /** While a worker is being replaced: requests wait for the new one instead of going to the old one or nowhere. */
  private replacing?: Promise<void>;

  /**
   * Replaces the worker after a large run: the old one answers what it was asked and goes, then the new one loads
   * the saved index. One after the other, so the two heaps are never held at once (that was the server's memory peak).
   */
  private recycle(old: Worker): void {
    if (this.worker !== old || this.replacing) return;
    const oldPending = this.pending;
    this.replacing = new Promise<void>((done) => {
      const stop = () => {
        if (oldPending.size) { setTimeout(stop, 20).unref(); return; }
        void old.terminate().finally(() => {
          this.replacing = undefined;
          if (this.worker === old || this.worker === undefined) { this.worker = undefined; this.spawn(); }
          done();
        });
      };
      stop();
    });
  }

  private send(m: ToWorker): void {
    if (m.type !== 'cancel' && m.type !== 'flush') this.wake();
    this.worker?.postMessage(m);
  }

  private async request<T>(m: ToWorker & { id: number }): Promise<T | null> {
    if (this.replacing) await this.replacing;
    if (this.checking) await this.checking;
    // Asleep, the index holds no article: every answer is empty.
    if (this.asleep) return emptyReply(m) as T;
    if (!this.worker) return null;
    return new Promise((resolve) => { this.pending.set(m.id, resolve as (r: unknown) => void); this.send(m); });
  }

  search(query: string, limit: number, offset = 0): Promise<SearchReply | null> {
    return this.request<SearchReply>({ type: 'search', id: this.nextId++, query, limit, offset });
  }

  articlesMentioning(key: string): Promise<ArticlesReply | null> {
    return this.request<ArticlesReply>({ type: 'articles', id: this.nextId++, key });
  }

  articleCounts(entities: Array<{ key: string; label: string }>): Promise<CountsReply | null> {
    return this.request<CountsReply>({ type: 'counts', id: this.nextId++, entities });
  }

  /** File events by URI; those without a local path are ignored. */
  changed(uris: string[]): void { const paths = toPaths(uris); if (paths.length) this.send({ type: 'changed', paths }); }
  deleted(uris: string[]): void { const paths = toPaths(uris); if (paths.length) this.send({ type: 'deleted', paths }); }
  cancel(): void { this.send({ type: 'cancel' }); }
  rescan(): void { this.send({ type: 'rescan' }); }

  /** Saves what is indexed, then stops the thread; bounded so shutdown never hangs on it. */
  private disposed = false;
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.sleepTimer);
    if (!this.worker) return;
    await Promise.race([this.request({ type: 'flush', id: this.nextId++ }), new Promise((r) => setTimeout(r, 2000).unref())]);
    await this.worker?.terminate();
  }
}

/** An idle worker whose index holds no article is stopped after this long (a file event starts it again). */
const SLEEP_AFTER_MS = 5000;

/** The status of an index with nothing in it (no folder). */
const EMPTY_STATUS: IndexStatus = { state: 'ready', articles: 0, files: 0, entities: 0, ms: 0, loaded: 'new', loadMs: 0, indexFile: '', indexBytes: 0, heap: [0, 0] };

/** What a worker with no article in its index would answer. */
function emptyReply(m: ToWorker): SearchReply | ArticlesReply | CountsReply | null {
  if (m.type === 'search') return { items: [], total: 0, entities: 0, indexing: false };
  if (m.type === 'articles') return { items: [], indexing: false };
  if (m.type === 'counts') return { counts: m.entities.map(() => 0), indexing: false };
  return null;
}

function toPaths(uris: string[]): string[] {
  return uris.map(localPath).flatMap((p) => ('path' in p ? [p.path] : []));
}

export function folderPaths(uris: string[]): string[] {
  // A folder without a local path (file://host/…, %2F) is skipped rather than failing initialisation.
  return toPaths(uris);
}
