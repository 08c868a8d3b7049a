// Idle-time warm-up: once the model is loaded and nothing else is being worked on, the engine analyses text the package
// ships (the replay sample) in short slices, so a large article opened later is not tagged by code V8 has yet to compile.
import * as fs from 'fs';
import { promisify } from 'util';
import * as zlib from 'zlib';
import { Analyzer } from './engine/analysis';
import { parseConll } from './engine/conll';
import { joinSplitClitics } from './engine/joinClitics';
import { tokenBlocks } from './features/tokenBlocks';
import { defaultReplayPath, replayFileOf } from './training/replayFile';

/**
 * Characters of shipped text analysed. A fresh server's first tagging of 1 M characters spends its first few hundred
 * KB in code V8 has not compiled yet (its first 100 KB took 0.53–0.59 s of the main thread's CPU, the tenth 0.10–0.17);
 * see the README's performance table for what each amount of warm-up gave. ANA_WARMUP_CHARS overrides it (0: none).
 */
export const WARM_CHARS = 50_000;
/**
 * The warm-up text is analysed as documents of about this size: each one's passes after tagging (spans, the full
 * analysis) run without a yield, so a message that comes meanwhile waits for them.
 */
const DOC_CHARS = 2_500;
/** Sentences per paragraph (a line of news text). */
const PARA_SENTENCES = 3;
/** The warm-up waits until the server has had no message and no work for this long. */
const QUIET_MS = 1000;
/** Tagging yields to the event loop this often, so a message that comes meanwhile is read (and the warm-up stops) at once. */
const SLICE_MS = 8;
/** The warm-up documents' name in the analyzer (it keeps nothing of them past the warm-up: a fresh analyzer is dropped). */
const WARM_DOC = 'arabic-news-warmup:';

/**
 * The replay sample's CoNLL text (its `replay` field), read and decompressed off this thread (the decompression of
 * 1.7 MB held it ~0.1 s); undefined when the file is missing or unreadable.
 */
export async function readReplay(file = defaultReplayPath()): Promise<string | undefined> {
  if (!file) return undefined;
  try {
    const bytes = await promisify(zlib.gunzip)(await fs.promises.readFile(file));
    return replayFileOf(bytes.toString('utf8')).replay;
  } catch {
    return undefined;
  }
}

/**
 * The first sentences of the replay sample's CoNLL text (clitics joined as raw news writes them), as documents of
 * DOC_CHARS of lines of PARA_SENTENCES sentences, `chars` characters in all.
 */
export function warmupDocuments(chars: number, replay: string): string[] {
  const docs: string[] = [];
  let sentences: string[] = [];
  let size = 0;
  let total = 0;
  // Sentences are read one at a time: parsing the 4,000 of the file for the few hundred used would cost more than the warm-up saves.
  let at = 0;
  while (total < chars && at < replay.length) {
    const end = replay.indexOf('\n\n', at);
    const block = replay.slice(at, end < 0 ? replay.length : end);
    at = end < 0 ? replay.length : end + 2;
    for (const s of joinSplitClitics(parseConll(block))) {
      const sentence = s.tokens.join(' ');
      sentences.push(sentence);
      size += sentence.length + 1;
      total += sentence.length + 1;
    }
    if (size >= DOC_CHARS) { docs.push(paragraphsOf(sentences)); sentences = []; size = 0; }
  }
  if (sentences.length) docs.push(paragraphsOf(sentences));
  return docs;
}

/** Sentences joined PARA_SENTENCES to a line. */
function paragraphsOf(sentences: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += PARA_SENTENCES) out.push(sentences.slice(i, i + PARA_SENTENCES).join(' '));
  return out.join('\n') + '\n';
}

/** ANA_WARMUP_CHARS when set (a number), else WARM_CHARS. */
export function warmupChars(env = process.env): number {
  const n = Number(env.ANA_WARMUP_CHARS);
  return env.ANA_WARMUP_CHARS !== undefined && env.ANA_WARMUP_CHARS !== '' && Number.isFinite(n) ? Math.max(0, n) : WARM_CHARS;
}

export interface WarmupDeps {
  /** The active model's analyzer: the warm-up analyses with another analyzer on its model (its word-score cache is the model's). */
  analyzer(): Analyzer;
  /** Other work in flight that marks no activity itself (token requests). */
  busy(): boolean;
  /** Called when the warm-up starts and ends with its size (memory given back when idle, the word cache bounded). */
  worked(chars: number): void;
  /** Told once at the end what the warm-up did (the server's log; the benchmark waits for it). */
  log?(message: string): void;
  /** The warm-up documents (warmupDocuments of the shipped replay sample by default). */
  documents?: (chars: number) => Promise<string[]>;
}

const shippedDocuments = async (chars: number) => { const replay = await readReplay(); return replay ? warmupDocuments(chars, replay) : []; };
const later = (ms: number) => new Promise<void>((resolve) => { setTimeout(resolve, ms); });
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the warm-up once per process in the server's idle time. Every message and every piece of work on a document
 * marks activity (`touch`, `during`): the warm-up then stops within one slice and waits for QUIET_MS of quiet before it
 * goes on where it stopped. A document as large as the warm-up, once analysed (`seen`), warmed the code itself.
 */
export class EngineWarmup {
  private inFlight = 0;
  private last = 0;
  private started = false;
  private enough = false;
  /** Resolves when the warm-up has finished or was found not needed. */
  readonly finished: Promise<void>;
  private finish = () => undefined as void;
  /**
   * Documents analysed, slices run (each a few ms of work between two yields), the longest the warm-up held the thread
   * between two yields, and the wall and CPU time from the first slice to the end (logged; a test reads them).
   */
  readonly progress = { documents: 0, slices: 0, chars: 0, maxHoldMs: 0, wallMs: 0, cpuMs: 0 };
  /** When the warm-up last took the thread back (hold(): how long it has held it since). */
  private resumed = 0;
  private hold(): void {
    const now = Date.now();
    this.progress.maxHoldMs = Math.max(this.progress.maxHoldMs, now - this.resumed);
    this.resumed = now;
  }

  constructor(private readonly deps: WarmupDeps, private readonly chars = warmupChars(), private readonly quietMs = QUIET_MS) {
    this.finished = new Promise((resolve) => { this.finish = resolve; });
  }

  /** A message came or work started or ended: the warm-up gives way. */
  touch(): void {
    this.last = Date.now();
  }

  /** Work on a document: the warm-up waits until it has ended and the server has been quiet since. */
  async during<T>(f: () => Promise<T>): Promise<T> {
    this.inFlight++;
    this.touch();
    try {
      return await f();
    } finally {
      this.inFlight--;
      this.touch();
    }
  }

  /** A document of `length` characters was analysed. */
  seen(length: number): void {
    if (length >= this.chars) this.enough = true;
  }

  /** Starts the warm-up (once the model is loaded); later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.run().finally(this.finish);
  }

  /** Yields one turn between two steps of a document; true when something came meanwhile (`stale`) and the warm-up gives way. */
  private async givenWay(stale: () => boolean): Promise<boolean> {
    this.hold();
    await turn();
    this.resumed = Date.now();
    return stale();
  }

  private quiet(): boolean {
    return this.inFlight === 0 && !this.deps.busy() && Date.now() - this.last >= this.quietMs;
  }

  private async run(): Promise<void> {
    if (this.chars <= 0) return;
    // Read only once the server is quiet: the file's reading is work of its own.
    while (!this.quiet()) await later(this.quietMs);
    if (this.enough) return;
    const docs = await (this.deps.documents ?? shippedDocuments)(this.chars);
    if (!docs.length) return;
    this.deps.worked(this.chars);
    const t0 = Date.now();
    const c0 = process.cpuUsage();
    let base: Analyzer | undefined;
    let analyzer: Analyzer | undefined;
    for (let k = 0; k < docs.length;) {
      if (this.enough) break;
      if (!this.quiet()) { await later(this.quietMs); continue; }
      this.resumed = Date.now();
      // A model swapped meanwhile (an update): go on with its analyzer.
      if (base !== this.deps.analyzer()) { base = this.deps.analyzer(); analyzer = base.another(); }
      const since = this.last;
      // Asked after each yield: false goes on with another slice.
      const stale = () => {
        // (asked just after a yield: the time since the last one includes the wait for this turn, short when idle)
        this.hold();
        const given = this.last !== since || this.inFlight > 0 || this.deps.busy();
        if (!given) this.progress.slices++;
        return given;
      };
      const text = docs[k];
      const opts = { document: WARM_DOC, version: k + 1 };
      this.progress.slices++;
      // Tagging (most of the cost) in slices; a message that came stops it, and the document is taken up again later
      // with its tagged paragraphs cached.
      if (!await analyzer!.warm(text, stale, { ...opts, sliceMs: SLICE_MS })) continue;
      if (await this.givenWay(stale)) continue;
      // What an open's token answer runs after tagging: spans by line, their blocks.
      tokenBlocks(analyzer!.spanSnapshot(text, opts), [], text);
      if (await this.givenWay(stale)) continue;
      // And what its status and diagnostics run: speakers, fine types, dates, annotations.
      analyzer!.analyze(text, { ...opts, review: true });
      this.hold();
      this.progress.documents++;
      this.progress.chars += text.length;
      k++;
      await turn();
    }
    this.progress.wallMs = Date.now() - t0;
    const c = process.cpuUsage(c0);
    this.progress.cpuMs = Math.round((c.user + c.system) / 1000);
    this.deps.worked(this.chars);
    const p = this.progress;
    if (p.documents) this.deps.log?.(`Engine warmed up on ${p.chars} characters of the replay sample: ${p.slices} slices over ${p.wallMs} ms (process CPU ${p.cpuMs} ms), the thread held at most ${p.maxHoldMs} ms at a time.`);
  }
}
