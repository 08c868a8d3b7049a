// Worker thread entry: loads the persisted index, brings it up to date file by file, answers queries between files.
import * as fs from 'fs';
import * as nodePath from 'path';
import { getHeapStatistics } from 'v8';
import { parentPort } from 'worker_threads';
import { NerModel } from '../engine/model';
import { trimWordScores, wordScoresSize } from '../engine/wordScores';
import { entitiesOf, isArticle, isCandidate, MAX_INDEXED_FILES, readCandidate, readReview, SIDECAR_SUFFIX, titleOf, walk } from './articleScan';
import { EntityIndex, NO_REVIEW } from './entityIndex';
import { indexFilePath, load, save } from './indexFile';
import { loadIndexModel, modelId } from './indexModel';
import { FromWorker, IndexStatus, RECYCLE_AFTER, ToWorker } from './indexMessages';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
/** Work slice between two looks at the message queue: a query waits at most about this long (plus one article). */
const SLICE_MS = 15;
/** During a long run the index is saved this often, so a reload mid-run keeps what was done. */
const SAVE_EVERY_MS = 60_000;
const SAVE_EVERY_ARTICLES = 5000;
/**
 * The tagger caches scores per word form (up to 200,000 forms, ~1 KB each): over a large corpus that cache,
 * not the index, is what would grow. Past this many forms it starts again. Bounded by forms, not articles:
 * a cache that keeps a corpus's frequent words is what makes the scan fast (a cold cache costs ~50 % more).
 */
const WORD_CACHE_BUDGET = 40_000;
let analysed = 0;

let index = new EntityIndex();
let folders: string[] = [];
let file = '';
let threshold = 0.5;
let loaded: IndexStatus['loaded'] = 'new';
let indexBytes = 0;
let loadMs = 0;
let lastMs = 0;
let message: string | undefined;
const queue = new Set<string>();
let fullPending = false;
let running = false;
let cancelled = false;
let dirty = false;
let model: NerModel | undefined;
/** The workspace's adapted model file when the server analyses with it; the id of the model the index holds analyses of. */
let adaptedFile: string | undefined;
let indexedModel = '';
let modelTimer: NodeJS.Timeout | undefined;

let sliceStart = Date.now();
/** Lets queued messages (queries, events, cancel) run when the current slice is used up. */
async function pause(): Promise<void> {
  if (Date.now() - sliceStart < SLICE_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  sliceStart = Date.now();
}

/** The model is loaded only when an article needs analysis, and dropped when idle: a reload that finds nothing new never pays for it. */
function nerModel(): NerModel {
  clearTimeout(modelTimer);
  if (!model) {
    const m = loadIndexModel(adaptedFile);
    if (m.problem) post({ type: 'log', level: 'warn', message: `Workspace index: the adapted model is not used (${m.problem}); articles are analysed with the shipped model.` });
    model = m.model;
  }
  analysed++;
  // Words that recurred are kept (as the CLI does): a wipe would score every common word again.
  if (wordScoresSize(model) > WORD_CACHE_BUDGET) trimWordScores(model, WORD_CACHE_BUDGET / 2);
  modelTimer = setTimeout(() => { model = undefined; }, 30_000).unref();
  return model;
}

/** CPU time of this thread, ms (Linux; undefined elsewhere): what a run costs on one core, whatever else the machine runs. */
function threadCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/thread-self/stat', 'latin1').split(')').pop()!.trim().split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch { return undefined; }
}
let lastCpuMs: number | undefined;

function status(state: IndexStatus['state']): IndexStatus {
  return { state, cpuMs: lastCpuMs, articles: index.articleCount, files: index.fileCount, entities: index.entityCount, reviewed: index.reviewedCount, ms: lastMs, loaded, loadMs, indexFile: file, indexBytes, message, heap: [getHeapStatistics().used_heap_size, getHeapStatistics().total_heap_size] };
}

function persist(): void {
  if (!dirty) return;
  try { indexBytes = save(file, index, folders, indexedModel); dirty = false; } catch (e) { post({ type: 'log', level: 'warn', message: `Could not save the workspace index to ${file}: ${(e as Error).message}` }); }
}

/**
 * Brings one path up to date: unchanged mtime+size is trusted, else the content hash decides whether to re-analyse.
 * Its sidecar is looked at too (by mtime): a changed review is read again without analysing the article.
 */
function check(path: string): void {
  let st: fs.Stats;
  try { st = fs.statSync(path); } catch { if (index.remove(path)) dirty = true; return; }
  if (!st.isFile()) return;
  const old = index.files.get(path);
  const sidecar = readReview(path, old?.sidecarMtime);
  if (sidecar && old) { index.settle(); old.sidecarMtime = sidecar.mtime; old.review = sidecar.review; dirty = true; }
  if (old && old.mtime === st.mtimeMs && old.size === st.size) return;
  dirty = true;
  const { text, hash } = readCandidate(path, st.size);
  index.settle();
  if (old && old.hash === hash) { old.mtime = st.mtimeMs; old.size = st.size; return; }
  const meta = { path, mtime: st.mtimeMs, size: st.size, hash, title: '', sidecarMtime: sidecar?.mtime ?? old?.sidecarMtime ?? 0, review: sidecar?.review ?? old?.review ?? NO_REVIEW };
  if (text === undefined || !isArticle(path, text, threshold)) { index.put(index.record(meta, [])); return; }
  index.put(index.record({ ...meta, title: titleOf(text) }, entitiesOf(nerModel(), text)));
}

/**
 * When the index holds analyses by another model than the one now in use (a reload after a model update, an
 * update while running), every article is analysed again; until then the old analyses keep answering.
 */
function adoptModel(): void {
  // The threshold that tells articles from other text files is part of what the index was made with.
  const id = `${modelId(adaptedFile)}|${threshold}`;
  if (id === indexedModel) return;
  if (indexedModel && index.fileCount) post({ type: 'log', level: 'info', message: 'Workspace index: the model or the Arabic threshold changed; articles are analysed again in the background.' });
  indexedModel = id;
  clearTimeout(modelTimer);
  model = undefined;
  index.settle();
  for (const f of index.files.values()) { f.mtime = -1; f.hash = ''; }
  dirty = true;
}

async function run(): Promise<void> {
  if (running) return;
  running = true;
  cancelled = false;
  const t0 = Date.now();
  const cpu0 = threadCpuMs();
  const analysedBefore = analysed;
  let lastSave = t0;
  let savedAt = analysed;
  let began = false;
  try {
    while ((fullPending || queue.size) && !cancelled) {
      if (fullPending) {
        fullPending = false;
        // Queries already waiting (a reload's first workspace/symbol) are answered from the loaded index first.
        await new Promise((resolve) => setImmediate(resolve));
        adoptModel();
        const { files, truncated } = await walk(folders, pause);
        message = truncated ? `The workspace holds more than ${MAX_INDEXED_FILES.toLocaleString('en')} text files; only the first ${files.length.toLocaleString('en')} are indexed.` : undefined;
        if (message) post({ type: 'log', level: 'warn', message });
        const seen = new Set(files);
        for (const p of [...index.files.keys()]) if (!seen.has(p)) { index.remove(p); dirty = true; }
        for (const f of files) queue.add(f);
      }
      const total = queue.size;
      let done = 0;
      if (!began) { post({ type: 'progress', phase: 'begin', done, total, message: `0 / ${total} files` }); post({ type: 'status', status: status('indexing') }); began = true; }
      let reported = Date.now();
      while (queue.size && !cancelled && !fullPending) {
        const p: string = queue.values().next().value!;
        queue.delete(p);
        try { check(p); } catch (e) { post({ type: 'log', level: 'warn', message: `Index: ${p}: ${(e as Error).message}` }); }
        done++;
        if (Date.now() - reported > 250) {
          post({ type: 'progress', phase: 'report', done, total, message: `${done} / ${total} files` });
          if (process.env.ARABIC_NEWS_INDEX_TRACE) post({ type: 'status', status: status('indexing') });
          reported = Date.now();
        }
        // A save writes the whole index (~0.5 s at 50,000 articles): spaced by half the index's size too, so a first run
        // of 50,000 saves 6 times rather than 10; a clean shutdown saves anyway, and a crash loses at most a third of the run.
        if (Date.now() - lastSave > SAVE_EVERY_MS || analysed - savedAt >= Math.max(SAVE_EVERY_ARTICLES, index.files.size / 2)) { persist(); lastSave = Date.now(); savedAt = analysed; }
        await pause();
      }
    }
  } finally {
    persist();
    lastMs = Date.now() - t0;
    const cpu1 = threadCpuMs();
    lastCpuMs = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
    // The model and its word cache are most of the worker's memory; the next change loads them again.
    clearTimeout(modelTimer);
    model = undefined;
    running = false;
    if (began) post({ type: 'progress', phase: 'end', done: 0, total: 0, message: cancelled ? 'Cancelled' : 'Done' });
    post({ type: 'status', status: status(cancelled ? 'cancelled' : 'ready') });
    // Replaced only when its index is saved: a fresh worker starts from the file, and one that could not be written
    // (read-only storage, full disk) would start with no articles, analyse them all again and be replaced again.
    if (analysed - analysedBefore >= RECYCLE_AFTER && !queue.size && !fullPending && !dirty) post({ type: 'recycle' });
  }
}

/** A query that meets a damaged record means the index cannot be trusted: start again from the files. */
function guarded<T>(f: () => T, empty: T): T {
  try { return f(); } catch (e) {
    post({ type: 'log', level: 'warn', message: `Workspace index damaged (${(e as Error).message}); rebuilding it.` });
    index = new EntityIndex();
    loaded = 'rebuilt';
    dirty = true;
    fullPending = true;
    void run();
    return empty;
  }
}

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'start': {
      folders = m.folders;
      threshold = m.threshold;
      file = indexFilePath(folders, m.storageDir);
      adaptedFile = m.adaptedModel;
      if (fs.existsSync(file)) {
        const t0 = Date.now();
        try { ({ index, model: indexedModel } = load(file, folders)); loadMs = Date.now() - t0; loaded = 'disk'; indexBytes = fs.statSync(file).size; } catch (e) {
          loaded = 'rebuilt';
          post({ type: 'log', level: 'warn', message: `Workspace index ${file} not used (${(e as Error).message}); rebuilding it.` });
        }
      }
      // No folder (a single file opened): nothing to index, and the status says so at once.
      post({ type: 'status', status: status(folders.length ? 'indexing' : 'ready') });
      fullPending = folders.length > 0;
      if (fullPending) void run();
      break;
    }
    case 'changed':
      // Saved or changed files outside the folders (or not .txt) are not the workspace's articles.
      // A changed sidecar brings its article up to date (its review state and counts).
      for (const x of m.paths) {
        const p = x.endsWith(SIDECAR_SUFFIX) ? x.slice(0, -SIDECAR_SUFFIX.length) : x;
        if (isCandidate(p) && folders.some((f) => p.startsWith(f.endsWith(nodePath.sep) ? f : f + nodePath.sep))) queue.add(p);
      }
      if (queue.size) void run();
      break;
    case 'deleted':
      for (const p of m.paths) {
        // A deleted sidecar: its article stays, without review counts.
        if (p.endsWith(SIDECAR_SUFFIX)) { const a = p.slice(0, -SIDECAR_SUFFIX.length); if (index.files.has(a)) queue.add(a); continue; }
        // A deleted folder arrives as one event: drop everything under it.
        const under = p.endsWith(nodePath.sep) ? p : p + nodePath.sep;
        for (const k of [...index.files.keys()]) if (k === p || k.startsWith(under)) { index.remove(k); dirty = true; }
        queue.delete(p);
      }
      if (!running) { persist(); post({ type: 'status', status: status('ready') }); }
      if (queue.size) void run();
      break;
    case 'model':
      if (m.adaptedModel === adaptedFile && `${modelId(adaptedFile)}|${threshold}` === indexedModel) break;
      adaptedFile = m.adaptedModel;
      fullPending = folders.length > 0;
      if (fullPending) void run();
      break;
    case 'threshold':
      if (m.threshold === threshold) break;
      threshold = m.threshold;
      fullPending = folders.length > 0;
      if (fullPending) void run();
      break;
    case 'cancel': cancelled = true; break;
    case 'rescan': fullPending = true; void run(); break;
    case 'flush': persist(); post({ type: 'reply', id: m.id, result: null }); break;
    case 'search': post({ type: 'reply', id: m.id, result: { ...guarded(() => index.search(m.query, m.limit, m.offset), { items: [], total: 0, entities: 0 }), indexing: running } }); break;
    case 'articles': post({ type: 'reply', id: m.id, result: { items: guarded(() => index.articlesMentioning(m.key), []), indexing: running } }); break;
    case 'counts': post({ type: 'reply', id: m.id, result: { counts: guarded(() => index.articleCounts(m.entities), m.entities.map(() => 0)), indexing: running } }); break;
  }
});
