// Gives memory back after work on a large document, once the server is idle: V8 otherwise lets the heap
// grow to several times what is live (each re-analysis of a 1 M-character article leaves tens of MB behind).
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/** A full collection, if this Node lets the process ask for one; undefined otherwise (nothing is collected by hand then). */
export function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `worked(size)` after each analysis: when work on more than `threshold` characters was followed by
 * `idleMs` without any, one full collection runs. Typing keeps pushing it back, so no keystroke waits on it.
 */
export function idleCollector(idleMs = 2000, threshold = 50_000): { worked(size: number): void; dispose(): void } {
  const gc = collector();
  let timer: NodeJS.Timeout | undefined;
  return {
    worked(size) {
      if (!gc || size < threshold) return;
      clearTimeout(timer);
      timer = setTimeout(() => { timer = undefined; gc(); }, idleMs);
      timer.unref();
    },
    dispose() { clearTimeout(timer); },
  };
}

