// The language server's young generation: small while the server edits small articles or waits, larger only while
// it works on a large one or the workspace index runs (V8 otherwise grows it to 32 MB at the model load and keeps it).
import { setFlagsFromString, getHeapSpaceStatistics } from 'v8';
import { PerformanceObserver } from 'perf_hooks';

/**
 * Young generation (both semi-spaces, bytes) allowed during large work. Measured on 2 MB of news, one thread: full
 * analysis and tagging CPU at 4 MB semi-spaces were within the noise of V8's default 16 MB (1.40–1.51 vs 1.25–1.49
 * MB/s full analysis at load 6), while every MB here is resident memory for the session.
 */
const LARGE_BYTES = 8 * 1024 * 1024 + 512 * 1024;

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

function youngBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

let policy: { large: boolean; indexing: boolean; check(): void } | undefined;

/**
 * Starts the policy for this process (the language server; the CLI keeps V8's defaults): the young generation
 * stays at its initial size (1 MB semi-spaces) unless large work or indexing is under way. Growth happens during
 * collections: each one reported (perf_hooks 'gc' entries) rechecks the size, so a burst overshoots by at most
 * what the collections before the report allowed. What did grow is given back by the idle collection
 * (idleCollect.ts): a full collection after a quiet spell shrinks the young generation to its initial size.
 */
export function limitYoungGeneration(): void {
  if (policy) return;
  const p = {
    large: false,
    indexing: false,
    // Set every time, not on change: V8 puts the factor back to 2 whenever an isolate starts (each worker thread).
    check() { setGrowth(p.indexing || (p.large && youngBytes() < LARGE_BYTES));},
  };
  policy = p;
  new PerformanceObserver(() => p.check()).observe({ entryTypes: ['gc'] });
  p.check();
}

/** Large work now (a large document's analysis), or no longer: the young generation may grow to LARGE_BYTES. */
export function largeWork(on: boolean): void {
  if (!policy) return;
  policy.large = on;
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
