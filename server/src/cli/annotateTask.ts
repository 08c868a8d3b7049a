// One unit of CLI work — a JSONL record or an article file — analysed the same way in a worker thread or in the main thread.
import * as crypto from 'crypto';
import { isMainThread } from 'worker_threads';
import { Analyzer } from '../engine/analysis';
import { annotationsInOrder } from '../engine/annotations';
import { analyzeCompact } from '../engine/compactAnalysis';
import { conllChunks, ExportFormat, jsonChunks, jsonRecordLine, outputNames, render, Rendered } from '../engine/exporters';
import { isoDate, parseIsoDate } from '../engine/hijri';
import { loadDefaultModel, NerModel } from '../engine/model';
import { loadModel } from '../engine/modelDelta';
import { OffsetConvention } from '../engine/offsets';
import { DocumentDate } from '../engine/documentDate';
import { trimWordScores, wordScoresSize } from '../engine/wordScores';
import { batchLines } from '../io/jsonLines';
import { heapKeeper } from './heapKeeper';
import { OutputBytes } from './outputBytes';
import { readArticle } from '../io/readArticle';

/**
 * Word forms above which a corpus run trims the model's word cache after a task. The engine keeps up
 * to 200 000 (~1 KB each), which an editor session never reaches but a corpus of millions of
 * articles does (numbers, clitic forms): a worker then grows past 400 MB. At 40 000, trimmed to the
 * words that recurred (at most half of it), memory stays flat whatever the input size.
 */
const WORD_CACHE_BUDGET = 40_000;
const WORD_CACHE_KEEP = WORD_CACHE_BUDGET / 2;

/**
 * Characters (about 1 MB of Arabic UTF-8) above which an article is analysed in compact form (analyzeCompact:
 * same result, tokens in typed columns, annotations printed as made) with the heap kept near its live size
 * (heapKeeper). Below it the editor's Analyzer is a little faster (10 % on the test articles) and small.
 */
const LARGE_ARTICLE = 500_000;

/** Characters per written part of a JSON export (smaller than jsonParts' 1 MB: see jsonChunks). */
const JSON_PART_CHARS = 1 << 16;

/** Fixed for a whole run; sent once to each worker. */
export interface TaskSettings {
  offsets: OffsetConvention;
  format: ExportFormat;
  referenceDate?: string;
  /** An adapted model (full or delta, `--model`); the shipped one when absent. */
  model?: string;
}

/** The model a task runs with: loaded once per thread. */
export function taskModel(settings: TaskSettings): NerModel {
  return settings.model ? loadModel(settings.model) : loadDefaultModel();
}

export type Task =
  /** Consecutive JSONL lines as read (see `LineBatch`): decoded here, so the reading thread only splits bytes. */
  | { kind: 'batch'; firstLine: number; data: Uint8Array }
  | { kind: 'file'; file: string };

export type TaskResult =
  /** `out`: the batch's output lines, UTF-8, each ending in LF; `lost` when its worker died and nothing came back. */
  | { kind: 'batch'; out?: Uint8Array; records: number; failed: number; bytes: number; lost?: string }
  | { kind: 'file'; outputs?: FileOutput[]; error?: string };

/**
 * One output file; JSON comes in parts (a large article's export is never one string). In the main
 * thread the parts are made as the writer takes them, so they are never all held at once; a worker
 * sends them as a list (a message cannot carry a generator).
 */
export interface FileOutput { name: string; content: string | Iterable<string> }

/**
 * SHA-256 of `text`'s UTF-8 bytes in hex. One call without a Hash object (a stream, costly to set up for each record of
 * a few KB) where Node has it (20.12 on); the same digest either way.
 */
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

function errorLine(id: unknown, message: string): string {
  return JSON.stringify({ id: id ?? null, error: message });
}

function globalDate(settings: TaskSettings): DocumentDate | undefined {
  const d = settings.referenceDate ? parseIsoDate(settings.referenceDate) : undefined;
  return d ? { date: d, source: '--reference-date' } : undefined;
}

/**
 * `{"id","text","date"?}` → the JSON export of its analysis plus `id`, on one line; a record that
 * cannot be analysed gives `{"id", "error"}` with the input line number in the message.
 */
export function annotateRecord(line: number, raw: string, model: NerModel, settings: TaskSettings): { out: string; failed: boolean } {
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (e) {
    return { out: errorLine(null, `line ${line}: not JSON (${(e as Error).message.split('\n')[0]})`), failed: true };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { out: errorLine(null, `line ${line}: not a JSON object`), failed: true };
  const { id, text, date } = rec as Record<string, unknown>;
  const fail = (why: string) => ({ out: errorLine(typeof id === 'string' || typeof id === 'number' ? id : null, `line ${line}: ${why}`), failed: true });
  if (typeof id !== 'string' && typeof id !== 'number') return fail('no "id" (a string or a number)');
  // JSON.parse has already rounded it: written back, the id would name another record (2^53 + 1 came out as 2^53, 1e400 as null).
  if (typeof id === 'number' && (!Number.isFinite(id) || (Number.isInteger(id) && !Number.isSafeInteger(id)))) {
    return { out: errorLine(null, `line ${line}: "id" is a number beyond ±(2^53 − 1), which JSON readers round: give it as a string`), failed: true };
  }
  if (typeof text !== 'string') return fail('no "text" (a string)');
  let referenceDate = globalDate(settings);
  if (date !== undefined && date !== null) {
    const ymd = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (!ymd) return fail(`"date" ${JSON.stringify(date)} is not a valid YYYY-MM-DD date`);
    referenceDate = { date: ymd, source: 'record date' };
  }
  try {
    // A fresh analyzer per record, keeping nothing: its paragraph cache would only grow across a corpus, rarely hit.
    const a = new Analyzer(model, true).analyze(text, { referenceDate });
    const sha256 = sha256Hex(text);
    // A record has no file: its `id` names it, so the document carries no path.
    const doc = { sha256, referenceDate: a.documentDate ? isoDate(a.documentDate.date) : undefined };
    return { out: jsonRecordLine(id, a, doc, { offsets: settings.offsets }), failed: false };
  } catch (e) {
    return fail(`analysis failed: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * Every record of a batch, in order, as the bytes the stream writes: a view on an ArrayBuffer of its
 * own (taken from `spare` when one fits), so it can be transferred back and, once written, returned.
 */
export function annotateBatch(firstLine: number, data: Uint8Array, model: NerModel, settings: TaskSettings, spare: ArrayBuffer[] = []): TaskResult & { kind: 'batch' } {
  const out = new OutputBytes(spare);
  let records = 0;
  let failed = 0;
  let bytes = 0;
  for (const l of batchLines(firstLine, data)) {
    const r = l.error ? { out: errorLine(null, `line ${l.line}: ${l.error}`), failed: true } : annotateRecord(l.line, l.text!, model, settings);
    out.line(r.out);
    records++;
    bytes += l.bytes;
    if (r.failed) failed++;
    if (wordScoresSize(model) > WORD_CACHE_BUDGET) trimWordScores(model, WORD_CACHE_KEEP);
  }
  return { kind: 'batch', out: out.bytes(), records, failed, bytes };
}

/** The parts, with `tick` after each is taken: the garbage of one part's printing is collected before it piles up. */
function* kept(parts: Iterable<string>, tick: () => void): Generator<string, void, undefined> {
  for (const p of parts) { yield p; tick(); }
}

/** A failure while the export's parts are made: the article's analysis failed, not the write that was consuming them. */
export class ExportPartError extends Error {}

/**
 * The lazy export's parts, a throw in the making re-raised as the article's error: the parts are made after
 * annotateFile has returned (while they are written), outside its try.
 */
function* guarded(parts: Iterable<string>): Generator<string, void, undefined> {
  try {
    yield* parts;
  } catch (e) {
    throw new ExportPartError((e instanceof Error ? e.message : String(e)).split('\n')[0]);
  }
}

/** Reads and analyses one article file and renders its export files (written by the caller). */
export function annotateFile(file: string, model: NerModel, settings: TaskSettings): { outputs?: FileOutput[]; error?: string } {
  try {
    const { text, sha256 } = readArticle(file);
    const opts = { format: settings.format, offsets: settings.offsets };
    const json = settings.format === 'json';
    const doc = (a: { documentDate?: DocumentDate }) => ({ path: file, sha256, referenceDate: a.documentDate ? isoDate(a.documentDate.date) : undefined });
    // Made as they are written on this thread (a throw then is the article's error); a worker sends them whole.
    const lazy = (parts: Iterable<string>): { outputs: FileOutput[] } =>
      ({ outputs: [{ name: outputNames(file, settings.format)[0], content: isMainThread ? guarded(parts) : [...parts] }] });
    if (text.length <= LARGE_ARTICLE) {
      const a = new Analyzer(model, true).analyze(text, { referenceDate: globalDate(settings) });
      return json ? lazy(jsonChunks(a, doc(a), opts)) : { outputs: render(a, file, sha256, opts) };
    }
    // One keeper for the analysis and the export: its limit follows the heap from one to the other.
    const keeper = heapKeeper();
    // Only CoNLL prints tokens: elsewhere their columns are freed before the export is built; JSON prints
    // each annotation as it is made, so the analysis does not build their list.
    const a = analyzeCompact(text, model, { referenceDate: globalDate(settings), tokens: settings.format === 'conll', annotations: !json, tick: keeper });
    const collected = (chunks: Iterable<string>) => (keeper ? kept(chunks, keeper) : chunks);
    if (json) return lazy(collected(jsonChunks(a, doc(a), opts, annotationsInOrder(a.text, a.entities, a.quotations, a.dates), JSON_PART_CHARS)));
    // Printed sentence by sentence: as one string the export of a 20 MB article doubled the CLI's peak.
    if (settings.format === 'conll') return lazy(collected(conllChunks(a, JSON_PART_CHARS)));
    const outputs: Rendered[] = render(a, file, sha256, opts);
    return { outputs };
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).split('\n')[0] };
  }
}

/** `spare`: output buffers the reading thread has written and handed back, reused for batches. */
export function runTask(task: Task, model: NerModel, settings: TaskSettings, spare?: ArrayBuffer[]): TaskResult {
  if (task.kind === 'batch') return annotateBatch(task.firstLine, task.data, model, settings, spare);
  const result: TaskResult = { kind: 'file', ...annotateFile(task.file, model, settings) };
  if (wordScoresSize(model) > WORD_CACHE_BUDGET) trimWordScores(model, WORD_CACHE_KEEP);
  return result;
}
