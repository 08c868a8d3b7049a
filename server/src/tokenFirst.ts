// Semantic tokens before the full analysis: the status/diagnostics pass (one long synchronous run on a large document)
// waits while a token request is answered and a moment after, so the editor's next token request is not queued behind it.

/**
 * Token requests run through `run`; the re-analysis after an edit awaits `settled()` first. Without it, a token answer
 * that took longer than the re-analysis debounce was written only after the whole analysis (answers are written on a
 * later turn of the event loop, and the debounce timer fired first): one edit in twenty waited ~1 s at 5 M characters.
 */
export class TokenFirst {
  private inFlight = 0;
  private lastDone = -Infinity;
  private waiters: Array<() => void> = [];

  /**
   * `graceMs`: how long after an answer the analysis still waits (an editor asks for the whole document right after the
   * visible range); `maxGraceMs`: a client asking without pause delays the analysis by at most this once none is running.
   */
  constructor(private readonly graceMs = 100, private readonly maxGraceMs = 1000) {}

  /** Whether a token request is running (its document being tagged, say). */
  get busy(): boolean {
    return this.inFlight > 0;
  }

  async run<T>(f: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await f();
    } finally {
      this.inFlight--;
      this.lastDone = Date.now();
      if (this.inFlight === 0) { const w = this.waiters; this.waiters = []; w.forEach((r) => r()); }
    }
  }

  /** Resolves when no token request is running and none ended within the grace (each request is bounded: it ends or sees its version is stale). */
  async settled(): Promise<void> {
    const start = Date.now();
    for (;;) {
      if (this.inFlight > 0) { await new Promise<void>((resolve) => this.waiters.push(resolve)); continue; }
      const wait = this.graceMs - (Date.now() - this.lastDone);
      if (wait <= 0 || Date.now() - start >= this.maxGraceMs) return;
      // A timer, not an immediate: the answer just computed is written on the next immediate, before this fires.
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
