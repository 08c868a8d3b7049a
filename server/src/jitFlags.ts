// V8 tuning for the engine, set once per process by each entry point (flags are process-wide, worker threads included).
import { setFlagsFromString } from 'v8';

/**
 * Less inlining into one optimised function (V8's default budget is 920 bytecodes). The engine's rule passes are
 * long functions full of rarely taken branches: on text not seen before each one meets a branch its optimised
 * code has no feedback for, deoptimises and is compiled again, and the compile of a pass with its helpers inlined
 * costs more than the inlining saves. Measured on 3 MB of fresh sentences, one thread: CPU 1.49 → 1.26 s/MB;
 * repeated text 0.75 → 0.67 s/MB. Changes how code is compiled, never what it computes.
 */
const FLAGS = '--max-inlined-bytecode-size-cumulative=300';

let done = false;

/** Sets the flags; before the engine first runs, so its first optimised code already uses them. */
export function tuneJit(): void {
  if (done || process.env.ANA_JIT_DEFAULTS) return;
  done = true;
  try {
    setFlagsFromString(FLAGS);
  } catch {
    // A runtime without the flag keeps its defaults: only speed differs.
  }
}
