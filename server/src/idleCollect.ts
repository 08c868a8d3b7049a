// Gives memory back after work on a large document, once the server is idle: V8 otherwise lets the heap
// grow to several times what is live (each re-analysis of a 1 M-character article leaves tens of MB behind).
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { HUGE_CHARS, largeWork, limitYoungGeneration, recheckYoungGeneration, youngGenerationBytes } from './youngGeneration';

/** A collection (full unless `type: 'minor'`), if this Node lets the process ask for one; undefined otherwise (nothing is collected by hand then). */
export type Collect = (options?: { type?: 'major' | 'minor' }) => void;
export function collector(): Collect | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * V8 shrinks the young generation in a full collection only when little was allocated over the last 5 s: the
 * second idle collection comes this long after the first (and the young generation is then 2 MB, not up to 32).
 */
const SHRINK_AFTER_MS = 5500;
/**
 * A second collection this long after the first (still idle): the first often only finishes a marking begun during
 * the work, which keeps everything that was live when it began. Measured at 1 M characters after 40 edits: RSS 3 s
 * into the pause 328 MB with one collection; 225 MB after a second.
 */
const SECOND_AFTER_MS = 250;
/**
 * ANA_COLLECT_AFTER_ANALYSIS=1: a full collection (not a scavenge) after each full analysis of a document below
 * FULL_AFTER_MAX_CHARS, so the heap stays near what is live while the user edits. Off by default: measured at 1 M
 * characters (bench, 60 edits, load 0.5–2.6), RSS after the edits 206–213 → 187–188 MB and idle 180 → 169–172, but
 * server CPU per VS Code edit 399 → 636 ms and edit → diagnostics p50 476 → 578 ms (V8's own collections mark
 * concurrently; this one holds the thread). Edit → tokens unchanged (p95 38–66 vs 39–46 ms).
 */
const fullAfter = process.env.ANA_COLLECT_AFTER_ANALYSIS === '1';
const FULL_AFTER_MAX_CHARS = 2_000_000;
/**
 * ANA_IDLE_COLLECT=0: no idle full collections (the scavenges after an analysis stay). A full collection deoptimises
 * much of the engine's optimised code, so the first edit after a pause recompiles some. Measured (session 38, 1 M
 * characters, stdio client, edits after a 10 s pause vs edits right after the previous one's diagnostics, 5–6 pauses
 * per server, 2–3 servers per arm): edit → tokens not slower (first edits 14–21 ms mean, faster than typing edits);
 * edit → diagnostics: server CPU +30–69 ms, main thread +15–41 ms, wall within the noise (−8 to +44 ms of 410–610).
 * Off, the same excess (+69 / +31 ms at load 4–6): V8's own memory reducer collects in the pause instead, and idle RSS
 * is 192 MB, not 165. Only with no collection in the pause (off and --no-memory-reducer, or a 1.5 s pause) is the first
 * edit as cheap as the others. Re-analysing 2.5 K or 12.5 K characters of the warm-up text after the last idle
 * collection left the first edit's CPU within the noise (213 vs 214 ms; 207 vs 229 ms): not worth its code.
 */
const idleFull = process.env.ANA_IDLE_COLLECT !== '0';
/** The young generation's two semi-spaces at their initial size (V8: 1 MB each). */
const INITIAL_YOUNG_BYTES = 2.5 * 1024 * 1024;

/**
 * `worked(size)` when work on a document starts and ends: when work on more than `threshold` characters was
 * followed by `idleMs` without any, one full collection runs; `SHRINK_AFTER_MS` later another gives the young
 * generation back. Typing keeps pushing both back, so no keystroke waits on them. While large work goes on, the
 * young generation may grow (youngGeneration.ts).
 */
export function idleCollector(idleMs = 2000, threshold = 50_000): { worked(size: number): void; analysed(size: number): void; published(size: number): void; dispose(): void } {
  const gc = collector();
  limitYoungGeneration();
  let timer: NodeJS.Timeout | undefined;
  const later = (ms: number, f: () => void) => { timer = setTimeout(() => { timer = undefined; f(); }, ms); timer.unref(); };
  return {
    worked(size) {
      if (size < threshold) { recheckYoungGeneration(); return; }
      largeWork(size);
      if (!gc || !idleFull) return;
      clearTimeout(timer);
      later(idleMs, () => {
        gc();
        // The first collection may finish a marking that began during the work: what died meanwhile is freed by the next.
        later(SECOND_AFTER_MS, () => {
          gc();
          later(SHRINK_AFTER_MS, () => {
            largeWork(0);
            if (youngGenerationBytes() > INITIAL_YOUNG_BYTES) gc();
          });
        });
      });
    },
    /**
     * A full analysis of a document of `size` characters was just kept: what it allocated last (the analysis itself,
     * tens of MB at 5 M characters) is still in the young generation, and the next scavenge copies it out, a pause of
     * 20–66 ms measured inside the next edit's token answer. One scavenge now (the caller has answered what it had read).
     */
    analysed(size) {
      if (size >= threshold) gc?.(fullAfter && size < FULL_AFTER_MAX_CHARS ? undefined : { type: 'minor' });
    },
    /**
     * The diagnostics of that analysis were just handed to the connection. On a huge document (young generation grown
     * to 16 MB semi-spaces) the next keystroke's token answer (4–10 MB of new lines, paragraphs and spans at 5 M
     * characters) found it 2–12 MB full and paid a scavenge inside edit → tokens in 5–9 edits of 12–20, 13–103 ms
     * each; after one scavenge here, on the next turn of the event loop (the message is encoded by then; 9–38 ms, while
     * the user reads the result), none in 12 of 12. Not below HUGE_CHARS: at 1 M characters (young generation kept
     * small, a token answer fills it anyway) a full collection's pause then fell inside 7 of 20 token answers, 2 without.
     */
    published(size) {
      if (size >= HUGE_CHARS && gc) setImmediate(() => gc({ type: 'minor' }));
    },
    dispose() { clearTimeout(timer); },
  };
}
