// V8 tuning for the engine, set once per process by each entry point (flags are process-wide, worker threads included).
import { setFlagsFromString } from 'v8';

/**
 * Less inlining into one optimised function (V8's default budget is 920 bytecodes). The engine's rule passes are
 * long functions full of rarely taken branches: on text not seen before each one meets a branch its optimised
 * code has no feedback for, deoptimises and is compiled again, and the compile of a pass with its helpers inlined
 * costs more than the inlining saves. Measured on 3 MB of fresh sentences, one thread: CPU 1.49 → 1.26 s/MB;
 * repeated text 0.75 → 0.67 s/MB. Changes how code is compiled, never what it computes.
 * No loop peeling and no inlined array builtins: TurboFan copies each loop's first iteration out of the loop and
 * compiles `some`, `filter`, `map`, `includes` with their callbacks into the caller, which makes every compile of the
 * rule passes (loops over a sentence's tokens, full of such calls) larger for code that was no faster here. On 3 MB
 * of fresh sentences (the CLI), pinned, 4–5 runs each: compiler and GC threads 1.32 → 1.15 → 1.00–1.06 s (peeling,
 * then builtins), the worker thread unchanged (2.95–3.2 s either way). The editor's first open of a fresh 1 MB
 * article compiles as much (session 28, six alternating runs each at load 5–7): process CPU p50 8.2 → 7.6 s, main
 * thread unchanged (4.4 s); 40 edits after a 1 M open (three runs each) no slower: analysis p50 304–364 → 231–308 ms.
 */
const FLAGS = '--max-inlined-bytecode-size-cumulative=300 --no-turbo-loop-peeling --no-turbo-inline-array-builtins';

/**
 * For a batch process (the CLI: corpora, JSONL streams), a function is optimised after about three times the
 * default work (V8's interrupt budget is 66 KB of bytecode). Optimised later, with more type feedback, a rule pass
 * meets fewer branches its code has never seen, so fewer deoptimise and compile again; compiling is a quarter of
 * the CPU of a 6 MB stream of fresh text (it comes first and falls off). Measured on that stream, pinned to one
 * core, three runs each: compiler and GC threads 2.16 → 1.73 s, all threads 7.89 → 7.58 s; with --jobs 2 (each
 * worker compiles its own code) 9.90 → 9.45 s. Not for the editor: its first analysis would run unoptimised longer.
 */
const BATCH_FLAGS = '--interrupt-budget=200000';

let done = false;

/** Sets the flags; before the engine first runs, so its first optimised code already uses them. `batch`: the CLI's. */
export function tuneJit(batch = false): void {
  if (done || process.env.ANA_JIT_DEFAULTS) return;
  done = true;
  try {
    setFlagsFromString(FLAGS);
    if (batch) setFlagsFromString(BATCH_FLAGS);
  } catch {
    // A runtime without the flag keeps its defaults: only speed differs.
  }
}
