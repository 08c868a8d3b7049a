// The language server's heap growth: a young generation small while the server edits small articles or waits (larger
// only while it works on a large one or the workspace index runs), and an old generation let grow little past what is live.
import { setFlagsFromString, getHeapSpaceStatistics } from 'v8';
import { PerformanceObserver } from 'perf_hooks';

/**
 * Young generation (both semi-spaces, bytes) allowed during large work (a growth doubles it: allowed while the
 * double stays within this). Measured on 2 MB of news, one thread: full
 * analysis and tagging CPU at 4 MB semi-spaces were within the noise of V8's default 16 MB (1.40–1.51 vs 1.25–1.49
 * MB/s full analysis at load 6), while every MB here is resident memory for the session.
 */
const LARGE_BYTES = 8 * 1024 * 1024 + 512 * 1024;
/**
 * From this document size on (UTF-16 code units) the young generation grows as V8 decides: at 5 M characters the
 * capped one promoted so much of each edit's work that the old generation was marked once per edit (server CPU
 * per edit 1.15 → 1.47 s, edit → range tokens p50 171 ms → 3.1 s, at load 9); at 1 M the cap cost nothing measurable.
 */
export const HUGE_CHARS = 2_000_000;

/**
 * V8 fixes the young generation's maximum when the process starts, but reads its growth factor at each growth: a
 * factor of 1 stops growth where it is. The factor is process-wide (the index worker's too), so it is set from here only.
 * Measured: 1 keeps the young generation at 2 MB; starting a worker thread sets it back to 2 (V8's minimum at isolate set-up).
 */
function setGrowth(grow: boolean): void {
  try {
    setFlagsFromString(grow ? '--semi-space-growth-factor=2' : '--semi-space-growth-factor=1');
  } catch {
    // A runtime without the flag grows as it always did: only memory differs.
  }
}

/**
 * How far past what a full collection left live the old generation may grow before the next one (percent). V8 picks
 * up to 300 % on a large machine (its factor is read at each collection, so it can be set at run time): at 1 M
 * characters 40 edits left 270 MB of heap for 85 live (server RSS 376–411 MB). Each edit re-analyses the document
 * (~80 MB of short-lived objects), so a tighter limit means more frequent marking, mostly concurrent. Measured at
 * 1 M characters, 40 edits (server CPU over the edits vs V8's own factor; RSS after them): 15 % +60 %, 230 MB;
 * 30 % +45 %, 230–250 MB; 50 % +5–28 %, 247–257 MB; V8's own 380–490 MB. The marking overlaps the next edit's
 * tokens: at 50 % their server CPU p50 was 40 ms (20 with V8's factor; 10 ms ticks, load 6–7). Once an edit's full
 * analysis allocated a fifth less (27 MB at 1 M, session 20), 35 %: RSS after 60 edits 190–193 MB against 207–210
 * at 50 % (four runs each, interleaved, load 1.5–3.9), server CPU per VS Code edit 451–532 against 411–474 ms, idle and
 * edit → tokens unchanged within the noise. ANA_OLD_GROWTH_PERCENT sets another value (300 is about V8's own).
 */
const OLD_GROWTH_PERCENT = Number(process.env.ANA_OLD_GROWTH_PERCENT) || 35;

function setOldGrowth(tight: boolean): void {
  try {
    // 0: V8's own factor (from its measured collection and allocation speeds).
    setFlagsFromString(`--heap-growing-percent=${tight ? OLD_GROWTH_PERCENT : 0}`);
  } catch {
    // As above.
  }
}

function youngBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

let policy: { large: boolean; huge: boolean; indexing: boolean; check(): void } | undefined;

/**
 * Starts the policy for this process (the language server; the CLI keeps V8's defaults): the young generation
 * stays at its initial size (1 MB semi-spaces) unless large work or indexing is under way. Growth happens during
 * collections: each one reported (perf_hooks 'gc' entries) rechecks the size, so a burst overshoots by at most
 * what the collections before the report allowed. What did grow is given back by the idle collection
 * (idleCollect.ts): a full collection after a quiet spell shrinks the young generation to its initial size.
 * The old generation grows OLD_GROWTH_PERCENT past what is live, except while indexing or on a huge document.
 */
export function limitYoungGeneration(): void {
  // ANA_HEAP_DEFAULTS=1 keeps V8's own young generation (as ANA_JIT_DEFAULTS keeps its compiler budget).
  if (policy || process.env.ANA_HEAP_DEFAULTS) return;
  const p = {
    large: false,
    huge: false,
    indexing: false,
    // Set every time, not on change: V8 puts the factor back to 2 whenever an isolate starts (each worker thread).
    check() {
      setGrowth(p.indexing || p.huge || (p.large && 2 * youngBytes() <= LARGE_BYTES));
      // The index worker (its own heap, the same flag) and a huge document grow as V8 decides: both work through far more than they keep.
      setOldGrowth(!p.indexing && !p.huge);
    },
  };
  policy = p;
  new PerformanceObserver(() => p.check()).observe({ entryTypes: ['gc'] });
  p.check();
}

/**
 * Large work now on a document of `chars` characters (the young generation may grow to LARGE_BYTES, or freely
 * from HUGE_CHARS on), or no longer (0).
 */
export function largeWork(chars: number): void {
  if (!policy) return;
  policy.large = chars > 0;
  policy.huge = chars >= HUGE_CHARS;
  policy.check();
}

/** The workspace index runs, or stopped (its worker thread shares the flag): growth as V8 would while it runs. */
export function indexRunning(on: boolean): void {
  if (!policy || policy.indexing === on) return;
  policy.indexing = on;
  policy.check();
}

/** Sets the factor again now (after a worker thread has started, before a burst of work): no-op outside the server. */
export function recheckYoungGeneration(): void {
  policy?.check();
}

/** Bytes of the young generation's two semi-spaces now. */
export function youngGenerationBytes(): number {
  return youngBytes();
}
