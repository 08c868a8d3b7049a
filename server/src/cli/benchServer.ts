// `npm run bench`, editor part: the real server over stdio at growing document sizes, driven as Neovim
// (semantic tokens) and VS Code (diagnostics + arabicNews/status after each edit) drive it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HoverRequest, SemanticTokens, SemanticTokensDeltaRequest, SemanticTokensRangeRequest, SemanticTokensRequest } from 'vscode-languageserver-protocol/node';
import { mulberry32 } from '../training/perceptron';
import { benchText } from './benchText';
import { rssOf, startSession } from './lspSession';
import { parallelByDefault } from '../parallelTagging';

/** The server's re-analysis timer (server/src/main.ts schedule()): part of edit → published, not of the work. */
export const DEBOUNCE_MS = 150;
/** A typist's pace in the typing loop: a key every 200 ms (5 a second). */
const TYPING_MS = 200;

const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * BENCH_OPEN_DELAY_MS: the document is opened this long after `initialized` (default 0: at once, as when opening the
 * article starts the extension). A user who opens a large article a few seconds later finds the model loaded (1.5 s
 * after start) and the engine warmed up in the idle time since (server/src/engineWarmup.ts).
 */
const openDelayMs = () => Number(process.env.BENCH_OPEN_DELAY_MS) || 0;
/** BENCH_OPEN_AFTER_WARMUP=1: and not before the server has logged its warm-up's end (at most 60 s; a build without one never logs it). */
const afterWarmup = () => process.env.BENCH_OPEN_AFTER_WARMUP === '1';
/** When each server logged its warm-up's end, ms after initialized (printed). */
const warmedAt: number[] = [];
const openAfter = async (s: { initializedAt: number; logs: string[] }) => {
  const left = openDelayMs() - (now() - s.initializedAt);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  if (!afterWarmup()) return;
  const warmed = () => s.logs.some((l) => l.startsWith('Engine warmed up'));
  while (!warmed() && now() - s.initializedAt < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
  if (warmed()) warmedAt.push(Math.round(now() - s.initializedAt));
};

/**
 * CPU time (user + system, ms) a process has used so far, from /proc; 0 where there is none. `mainThread`: its main
 * thread's alone (the engine's work, without V8's compiler and collector threads).
 */
function cpuOf(pid: number, mainThread = false): number {
  try {
    const fields = fs.readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}
export const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN; };

/** Asks the server for a heap snapshot (its --heapsnapshot-signal) and waits until its CPU time stops growing (the snapshot is written). */
async function heapSnapshot(pid: number): Promise<void> {
  process.kill(pid, 'SIGUSR2');
  let last = -1;
  for (let c = cpuOf(pid); c !== last; c = cpuOf(pid)) { last = c; await new Promise((resolve) => setTimeout(resolve, 2000)); }
}

export interface ServerRun {
  chars: number;
  bytes: number;
  /** Open → the first screen's tokens (a range request sent with the full one, as VS Code does), and → the whole document's. */
  openRangeMs: number;
  openTokensMs: number;
  /** Refreshes the server asked for after the open (a provisional range answer differed from the whole document's tokens). */
  refreshes: number;
  openPublishedMs: number;
  editTokens: number[];
  editRange: number[];
  /** Edit → full tokens for a typist (a key every TYPING_MS, nothing else waited for). */
  editTyping: number[];
  /** The server's CPU time from each edit to its full/delta tokens (10 ms ticks of /proc): what a busy machine does not inflate. */
  editTokensCpu: number[];
  editPublished: number[];
  /** VS Code fetches the render model (its boxes, review pane) when the status arrives: edit → that answer. */
  editRender: number[];
  /** Edit → the version's diagnostics published (after its full analysis: speakers). */
  editDiagnostics: number[];
  /** The server's CPU per edit of the VS Code loop (status, diagnostics and the render model). */
  renderCpuMs: number;
  hover: number[];
  /** The server's CPU time: for the open (to tokens and status), and per edit of the token loop (the wall times above include waiting on a busy machine). */
  openCpuMs: number;
  editCpuMs: number;
  rssOpenMb: number;
  rssMb: number;
  idleRssMb: number;
  peakMb: number;
}

interface Status { uri: string; version: number; analysed?: boolean; analysing?: boolean }

/**
 * One server process, one document of `chars` characters: open, `edits` one-letter edits at random places, hovers.
 * `oneLine`: the same text with its line ends made spaces (a pasted web article); `tokensOnly`: the token loop alone.
 */
export async function benchServerSize(root: string, chars: number, edits = 20, opts: { oneLine?: boolean; tokensOnly?: boolean } = {}): Promise<ServerRun> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-news-bench-lsp-'));
  const s = await startSession(root, folder, { storagePath: folder });
  const statusWaiters: Array<{ version: number; resolve: () => void }> = [];
  s.conn.onNotification('arabicNews/status', (st: Status) => {
    if (st.analysing) return;
    for (const w of [...statusWaiters]) if (w.version === st.version) { statusWaiters.splice(statusWaiters.indexOf(w), 1); w.resolve(); }
  });
  const statusOf = (version: number) => new Promise<void>((resolve) => statusWaiters.push({ version, resolve }));
  const uri = pathToFileURL(path.join(folder, 'bench.ar.txt')).toString();
  const text = benchText(root, chars);
  let doc = TextDocument.create(uri, 'arabic-news', 1, opts.oneLine ? text.slice(0, -1).replace(/\n/g, ' ') + '\n' : text);
  try {
    await openAfter(s);
    // Open: tokens asked at once (as an editor does), and the status the VS Code client waits for.
    const t0 = now();
    const cpu0 = cpuOf(s.server.pid!);
    const opened = statusOf(1).then(() => now() - t0);
    // Its diagnostics follow the status (after the full analysis): waited for before the edits, so each edit's waiter gets its own version's.
    const openDiagnosed = s.published(uri, 1);
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text: doc.getText() } });
    const screen = { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } };
    const ranged = s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: screen }).then(() => now() - t0);
    let resultId = (await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.resultId;
    const openTokensMs = now() - t0;
    const openRangeMs = await ranged;
    const openPublishedMs = await opened;
    await openDiagnosed;
    const openCpuMs = cpuOf(s.server.pid!) - cpu0;
    const rssOpenMb = (rssOf(s.server.pid!)?.rss ?? 0) / 1e6;
    const provider = s.capabilities.semanticTokensProvider;
    const delta = !!provider && typeof provider.full === 'object' && !!provider.full.delta;

    const r = mulberry32(chars);
    /** One letter typed at a random place; returns when the server has the change. */
    const typeOne = async () => {
      const at = doc.positionAt(Math.floor(r() * doc.getText().length));
      const version = doc.version + 1;
      const change = { range: { start: at, end: at }, text: 'ب' };
      doc = TextDocument.update(doc, [change], version);
      const t = now();
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      return { at, version, t };
    };
    // Neovim: after each edit, the visible window first (range), then the whole document (delta when offered).
    const editTokens: number[] = [];
    const editRange: number[] = [];
    const editTokensCpu: number[] = [];
    const cpu1 = cpuOf(s.server.pid!);
    // BENCH_EDIT_LOG=file: each edit of this loop (epoch ms it was sent, the monotonic ms a --cpu-prof profile's µs count on, its wall and CPU times) as JSON, to line up with a server-side log or profile.
    const editLog = process.env.BENCH_EDIT_LOG ? [] as Array<Record<string, number>> : undefined;
    for (let k = 0; k < edits; k++) {
      // (diagnostics follow the status: this version's are waited for too, so the next edit finds the server idle)
      const diagnosed = s.published(uri, doc.version + 1);
      const c = cpuOf(s.server.pid!);
      const { at, version, t } = await typeOne();
      const published = statusOf(version);
      const window = { start: { line: Math.max(0, at.line - 30), character: 0 }, end: { line: at.line + 30, character: 0 } };
      await s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: window });
      editRange.push(now() - t);
      if (delta && resultId) resultId = (await s.conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: resultId }))?.resultId;
      else resultId = (await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.resultId;
      editTokens.push(now() - t);
      editTokensCpu.push(cpuOf(s.server.pid!) - c);
      editLog?.push({ epoch: Date.now() - (now() - t), mono: t, range: editRange[editRange.length - 1], tokens: now() - t, cpu: editTokensCpu[editTokensCpu.length - 1] });
      await published;
      await diagnosed;
    }
    if (editLog) fs.writeFileSync(`${process.env.BENCH_EDIT_LOG}.${chars}.json`, JSON.stringify(editLog));
    // (each edit of that loop also waited for its status, so this is the whole work of one edit)
    const editCpuMs = (cpuOf(s.server.pid!) - cpu1) / edits;
    // A typist: a key every TYPING_MS whatever the server does (range, then delta after each), nothing waited for between
    // keys: the re-analysis the debounce starts between two keys may hold the next key's tokens.
    // BENCH_TOKENS_ONLY=1: the token loop alone (no typist, no VS Code loop: a profile of the token path in less time).
    const more = process.env.BENCH_TOKENS_ONLY === '1' || opts.tokensOnly ? 0 : edits;
    const editTyping: number[] = [];
    const typingLog = process.env.BENCH_EDIT_LOG ? [] as Array<Record<string, number>> : undefined;
    // (waited for once the keys stop: asked for now, its diagnostics may come before the last key's wait ends)
    const typed = more ? s.published(uri, doc.version + more) : Promise.resolve();
    for (let k = 0; k < more; k++) {
      const { at, t } = await typeOne();
      const window = { start: { line: Math.max(0, at.line - 30), character: 0 }, end: { line: at.line + 30, character: 0 } };
      await s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: window });
      if (delta && resultId) resultId = (await s.conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: resultId }))?.resultId;
      else resultId = (await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.resultId;
      editTyping.push(now() - t);
      typingLog?.push({ epoch: Date.now() - (now() - t), mono: t, tokens: now() - t });
      const left = TYPING_MS - (now() - t);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    }
    if (typingLog) fs.writeFileSync(`${process.env.BENCH_EDIT_LOG}.typing.${chars}.json`, JSON.stringify(typingLog));
    await typed;
    // VS Code: no token requests; it waits for diagnostics and arabicNews/status after the debounce, then fetches the render model.
    const editPublished: number[] = [];
    const editRender: number[] = [];
    const cpu2 = cpuOf(s.server.pid!);
    const editDiagnostics: number[] = [];
    for (let k = 0; k < more; k++) {
      const diagnosed = s.published(uri, doc.version + 1);
      const { version, t } = await typeOne();
      await statusOf(version);
      editPublished.push(now() - t);
      await Promise.all([
        s.conn.sendRequest('arabicNews/renderModel', { uri }).then(() => editRender.push(now() - t)),
        diagnosed.then(() => editDiagnostics.push(now() - t)),
      ]);
    }
    const renderCpuMs = (cpuOf(s.server.pid!) - cpu2) / Math.max(1, more);
    const hover: number[] = [];
    for (let k = 0; k < 40; k++) {
      const position = doc.positionAt(Math.floor(r() * doc.getText().length));
      const h = now();
      await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      hover.push(now() - h);
    }
    const mem = rssOf(s.server.pid!);
    // Then the user stops typing: what the server keeps once it has been idle a while (it collects after 2 s).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleRss = (rssOf(s.server.pid!)?.rss ?? 0) / 1e6;
    // BENCH_HEAP_SNAPSHOT=1 with BENCH_SERVER_NODE_ARGS='--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=DIR': the idle server's heap, to see what it keeps.
    if (process.env.BENCH_HEAP_SNAPSHOT) await heapSnapshot(s.server.pid!);
    return {
      chars, bytes: Buffer.byteLength(doc.getText()), openRangeMs, openTokensMs, refreshes: s.refreshes(), openPublishedMs, editTokens, editRange, editTyping, editTokensCpu, editPublished, editRender, editDiagnostics, renderCpuMs, hover, openCpuMs, editCpuMs,
      rssOpenMb, rssMb: (mem?.rss ?? 0) / 1e6, idleRssMb: idleRss, peakMb: (mem?.peak ?? 0) / 1e6,
    };
  } finally {
    await s.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A client that asks only textDocument/semanticTokens/full, right after didOpen, and cannot be asked to refresh (no
 * range request, no refreshSupport): what it waits for is the whole document's tokens. Its answer is compared with the
 * full answer the server gives once the open's analysis has settled (they must be equal: no provisional answer).
 */
export async function benchFullOnlyOpen(root: string, chars: number): Promise<{ ms: number; cpuMs: number; mainCpuMs: number; same: boolean; tokens: number }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-news-bench-full-'));
  const s = await startSession(root, folder, { storagePath: folder }, { refreshSupport: false });
  const uri = pathToFileURL(path.join(folder, 'bench.ar.txt')).toString();
  try {
    const text = benchText(root, chars);
    await openAfter(s);
    const diagnosed = s.published(uri, 1);
    const t0 = now();
    const cpu0 = cpuOf(s.server.pid!);
    const main0 = cpuOf(s.server.pid!, true);
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text } });
    const first: SemanticTokens | null = await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    const ms = now() - t0;
    const cpuMs = cpuOf(s.server.pid!) - cpu0;
    const mainCpuMs = cpuOf(s.server.pid!, true) - main0;
    await diagnosed;
    const settled: SemanticTokens | null = await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    const a = first?.data ?? [], b = settled?.data ?? [];
    return { ms, cpuMs, mainCpuMs, same: a.length === b.length && a.every((x, i) => x === b[i]) && s.refreshes() === 0, tokens: a.length / 5 };
  } finally {
    await s.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** The figures for each size, one line each, so growth with size is visible. */
export async function benchServer(root: string, sizes = [10_000, 100_000, 1_000_000, 5_000_000]): Promise<string[]> {
  const lines = [`server over stdio:    sizes in characters (UTF-16 code units, as maxDocumentSizeMB counts); each size a fresh server, started as the extension starts it (glibc mmap/trim thresholds fixed: server/src/serverEnv.ts${process.env.ANA_MALLOC_DEFAULTS ? '; not this run: ANA_MALLOC_DEFAULTS=1, as a plain `node dist/server.js --stdio`' : '; ANA_MALLOC_DEFAULTS=1 measures a plain `node dist/server.js --stdio`'}); ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}; ` +
    `a large document's first tagging shared with a worker thread: ${parallelByDefault() ? 'yes' : 'no'} (from 4 cores; ANA_PARALLEL_TAGGING=1 or 0 decides); ` +
    `documents opened ${openDelayMs() ? `${openDelayMs()} ms after initialized (BENCH_OPEN_DELAY_MS)` : 'right after initialized (BENCH_OPEN_DELAY_MS=N: N ms later, once the model has loaded and the engine warmed up)'}`];
  const loads: string[] = [];
  for (const chars of sizes) {
    // BENCH_SERVER_ROOT: another checkout's server under this client (a before/after pair); BENCH_EDITS: edits per loop (20).
    const serverRoot = process.env.BENCH_SERVER_ROOT ?? root;
    const x = await benchServerSize(serverRoot, chars, Number(process.env.BENCH_EDITS) || 20);
    // BENCH_FULL_ONLY=0 skips the full-only client (edit figures alone).
    const f = process.env.BENCH_FULL_ONLY === '0' ? { ms: NaN, cpuMs: NaN, mainCpuMs: NaN, same: true, tokens: 0 } : await benchFullOnlyOpen(serverRoot, chars);
    loads.push(os.loadavg()[0].toFixed(1));
    const label = chars >= 1e6 ? `${chars / 1e6} M` : `${chars / 1e3} k`;
    // (BENCH_FULL_ONLY=0 measured no such client: no line rather than NaN.)
    if (!Number.isNaN(f.ms)) lines.push(`  ${label.padEnd(5)} chars, a client asking only semantic tokens/full (no range, no refresh) right after didOpen: ${ms(f.ms)} (server CPU ${ms(f.cpuMs)}, main thread ${ms(f.mainCpuMs)}), ${f.tokens} tokens, ${f.same ? 'equal to' : 'DIFFERENT from'} the answer once the analysis settled`);
    lines.push(`  ${label.padEnd(5)} chars (${(x.bytes / 1e6).toFixed(2)} MB UTF-8): open → range tokens (first 60 lines) ${ms(x.openRangeMs)}, → full tokens ${ms(x.openTokensMs)}${x.refreshes ? ` (${x.refreshes} refresh)` : ''}, → status ${ms(x.openPublishedMs)}; ` +
      `edit → range tokens p50 ${ms(percentile(x.editRange, 50))} p95 ${ms(percentile(x.editRange, 95))}, → full tokens p50 ${ms(percentile(x.editTokens, 50))} p95 ${ms(percentile(x.editTokens, 95))} (server CPU p50 ${ms(percentile(x.editTokensCpu, 50))} p95 ${ms(percentile(x.editTokensCpu, 95))}, max ${ms(Math.max(...x.editTokensCpu))}); ` +
      `typing (a key every ${TYPING_MS} ms) → full tokens p50 ${ms(percentile(x.editTyping, 50))} p95 ${ms(percentile(x.editTyping, 95))}; ` +
      `edit → status (no token requests, as VS Code) p50 ${ms(percentile(x.editPublished, 50))} p95 ${ms(percentile(x.editPublished, 95))} (p95 ${ms(percentile(x.editPublished, 95) - DEBOUNCE_MS)} without the ${DEBOUNCE_MS} ms debounce), → render model p50 ${ms(percentile(x.editRender, 50))} p95 ${ms(percentile(x.editRender, 95))} (p95 ${ms(percentile(x.editRender, 95) - DEBOUNCE_MS)} without the debounce), → diagnostics p50 ${ms(percentile(x.editDiagnostics, 50))} p95 ${ms(percentile(x.editDiagnostics, 95))}, server CPU ${ms(x.renderCpuMs)} per edit; ` +
      `hover p95 ${ms(percentile(x.hover, 95))}; server CPU ${ms(x.openCpuMs)} for the open, ${ms(x.editCpuMs)} per edit (tokens and status); RSS ${x.rssOpenMb.toFixed(0)} MB after open, ${x.rssMb.toFixed(0)} MB after ${x.editTokens.length + x.editTyping.length + x.editPublished.length} edits, ${x.idleRssMb.toFixed(0)} MB idle 3 s later (peak ${x.peakMb.toFixed(0)} MB)`);
  }
  // A 1 M article pasted as one line (no line ends): the tagger's paragraph is the whole article. BENCH_ONE_LINE=0 skips it.
  if (process.env.BENCH_ONE_LINE !== '0') {
    const x = await benchServerSize(process.env.BENCH_SERVER_ROOT ?? root, 1_000_000, Number(process.env.BENCH_EDITS) || 20, { oneLine: true, tokensOnly: true });
    loads.push(os.loadavg()[0].toFixed(1));
    lines.push(`  1 M   chars on ONE line (${(x.bytes / 1e6).toFixed(2)} MB UTF-8, the same text with its line ends made spaces): open → range tokens ${ms(x.openRangeMs)}, → full tokens ${ms(x.openTokensMs)}${x.refreshes ? ` (${x.refreshes} refresh)` : ''}; ` +
      `edit → full tokens p50 ${ms(percentile(x.editTokens, 50))} p95 ${ms(percentile(x.editTokens, 95))} (server CPU p50 ${ms(percentile(x.editTokensCpu, 50))} p95 ${ms(percentile(x.editTokensCpu, 95))}), ${ms(x.editCpuMs)} per edit with its status; RSS ${x.rssMb.toFixed(0)} MB after ${x.editTokens.length} edits, ${x.idleRssMb.toFixed(0)} MB idle 3 s later (peak ${x.peakMb.toFixed(0)} MB)`);
  }
  lines.push(`  load after each size (and the one-line article): ${loads.join(', ')}${afterWarmup() ? `; opened once the server had warmed up (BENCH_OPEN_AFTER_WARMUP), ${warmedAt.length ? `its end seen ${warmedAt.join(', ')} ms after initialized` : 'which it never said it did'}` : ''}`);
  lines.push('  targets: 1 M open → tokens ≤ 1.0 s (range and full printed apart); edit → tokens p95 ≤ 50 ms at 1 M and flat from 10 k to 5 M; RSS ≤ 200 MB after 1 M, ≤ 150 MB on 10 k');
  return lines;
}
