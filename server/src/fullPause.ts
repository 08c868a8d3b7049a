// When the full analysis after an edit starts: once the user has paused about as long as it lasts, so keys typed
// meanwhile get their token answers at once instead of waiting behind it (features that need it compute it on demand).

/**
 * Measured at 5 M characters (server over stdio, a key every 200 ms, load 6–7): the analysis (1.4 s of CPU) started
 * 150 ms after a key held the next keys' token answers, edit → tokens p95 2.6 s; waiting for a pause as long as the
 * last analysis took, 95 ms. At 1 M 1.08 s → 77 ms.
 */
export const MAX_PAUSE_MS = 1500;
/** An analysis quicker than this (an article of tens of KB) starts without a pause. */
export const MIN_PAUSE_MS = 50;
/** An analysis answered quicker than this was already made (by a feature): it says nothing of how long one takes. */
const CACHED_MS = 10;

export class FullPause {
  private readonly lasted = new Map<string, number>();

  /** How long the document's last full analysis held the thread (ms); a near-instant answer (already made) is not counted. */
  record(uri: string, ms: number): void {
    if (ms >= CACHED_MS || !this.lasted.has(uri)) this.lasted.set(uri, ms);
  }

  /** The pause before the document's next full analysis (ms): as long as its last one, at most MAX_PAUSE_MS; none under MIN_PAUSE_MS. */
  pauseMs(uri: string): number {
    const ms = Math.min(MAX_PAUSE_MS, this.lasted.get(uri) ?? 0);
    return ms < MIN_PAUSE_MS ? 0 : ms;
  }

  /** Resolves after pauseMs(uri). */
  wait(uri: string): Promise<void> {
    const ms = this.pauseMs(uri);
    return ms ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  forget(uri: string): void {
    this.lasted.delete(uri);
  }
}
