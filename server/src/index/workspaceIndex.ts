// The server's handle on the index worker thread: requests with ids, status and progress callbacks; never blocks.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { localPath } from '../io/fileUri';
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
   * Starts the thread before the workspace is known (the server process has just started): its start-up (~100 ms)
   * then overlaps the server's own and the initialize handshake, and a reload's first query finds it ready.
   */
  prepare(): void { if (!this.worker) this.spawn(); }

  start(folders: string[], storageDir: string | undefined, threshold: number, adaptedModel?: string): void {
    this.startMessage = { type: 'start', folders, storageDir, threshold, adaptedModel };
    if (this.worker) this.send(this.startMessage); else this.spawn();
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
    w.on('message', (m: FromWorker) => {
      if (m.type === 'reply') { pending.get(m.id)?.(m.result); pending.delete(m.id); } else if (m.type === 'progress') this.hooks.progress(m.phase, m.done, m.total, m.message);
      else if (m.type === 'status') { this.status = m.status; this.hooks.status(m.status); } else if (m.type === 'recycle') this.recycle(w);
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
    w.on('exit', () => { if (this.worker === w) this.worker = undefined; for (const r of pending.values()) r(null); pending.clear(); });
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

  private send(m: ToWorker): void { this.worker?.postMessage(m); }

  private async request<T>(m: ToWorker & { id: number }): Promise<T | null> {
    if (this.replacing) await this.replacing;
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
  async dispose(): Promise<void> {
    if (!this.worker) return;
    await Promise.race([this.request({ type: 'flush', id: this.nextId++ }), new Promise((r) => setTimeout(r, 2000).unref())]);
    await this.worker?.terminate();
  }
}

function toPaths(uris: string[]): string[] {
  return uris.map(localPath).flatMap((p) => ('path' in p ? [p.path] : []));
}

export function folderPaths(uris: string[]): string[] {
  // A folder without a local path (file://host/…, %2F) is skipped rather than failing initialisation.
  return toPaths(uris);
}
