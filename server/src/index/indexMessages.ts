// Messages between the language server and its index worker thread.
import { ArticleHit, SymbolHit } from './entityIndex';

export type ToWorker =
  /** `adaptedModel`: the workspace's adapted model file, analysed with when it exists and is valid (absent: the shipped model). */
  | { type: 'start'; folders: string[]; storageDir?: string; threshold: number; adaptedModel?: string }
  /** The server's model changed (an update, a reset, a model from git): the index analyses with this one. */
  | { type: 'model'; adaptedModel?: string }
  /** The user's arabicNews.arabicThreshold changed: which plain-text files are articles. */
  | { type: 'threshold'; threshold: number }
  | { type: 'changed'; paths: string[] }
  | { type: 'deleted'; paths: string[] }
  | { type: 'cancel' }
  | { type: 'rescan' }
  | { type: 'flush'; id: number }
  | { type: 'search'; id: number; query: string; limit: number; offset: number }
  | { type: 'articles'; id: number; key: string }
  | { type: 'counts'; id: number; entities: Array<{ key: string; label: string }> };

export interface IndexStatus {
  state: 'indexing' | 'ready' | 'cancelled';
  /** Articles with at least one entity; files looked at (Arabic or not). */
  articles: number; files: number; entities: number;
  /** Articles whose sidecar marks them reviewed (absent until a reloaded index has read its details). */
  reviewed?: number;
  /** Milliseconds of the last run; where the index came from at start. */
  ms: number; loaded: 'disk' | 'rebuilt' | 'new';
  /** CPU time of the index thread during the last run, ms (Linux only): its cost on one core, apart from the machine's load. */
  cpuMs?: number;
  /** Milliseconds to read the saved index at start (0 when there was none). */
  loadMs: number;
  indexFile: string; indexBytes: number;
  /** The worker's V8 heap (used, reserved), for the benchmark's memory figures. */
  heap: [number, number];
  message?: string;
}

export type SearchReply = { items: SymbolHit[]; total: number; entities: number; indexing: boolean };
export type ArticlesReply = { items: ArticleHit[]; indexing: boolean };
export type CountsReply = { counts: number[]; indexing: boolean };

export type FromWorker =
  | { type: 'reply'; id: number; result: SearchReply | ArticlesReply | CountsReply | null }
  | { type: 'progress'; phase: 'begin' | 'report' | 'end'; done: number; total: number; message: string }
  | { type: 'status'; status: IndexStatus }
  | { type: 'log'; level: 'info' | 'warn'; message: string }
  /** The worker saved its index and asks to be replaced by a fresh one, which loads it back (its heap is returned). */
  | { type: 'recycle' };

/** After a run that analysed this many articles the server restarts the worker, handing its heap back. */
export const RECYCLE_AFTER = 1000;
