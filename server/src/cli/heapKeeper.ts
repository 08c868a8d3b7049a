// The CLI's memory policy for one large article: a full collection whenever the heap has grown by a step since the last one.
import * as v8 from 'v8';
import { collector } from '../idleCollect';

/**
 * A callback for the analysis and export loops. V8 lets a busy heap grow to about four times what it held
 * live at its last full collection before it collects again: a 20 MB article, 180 MB live, reached 540 MB
 * of heap and 740 MB resident. Collecting whenever the heap has grown by a step since the last collection
 * keeps the peak near live + step. The step is `stepMb` or `share` of what was live, the larger: a live set
 * that keeps growing (a CoNLL export's lines) is then marked a bounded number of times, not once per step.
 * Reading the heap's size costs about a microsecond.
 */
export function heapKeeper(stepMb = 64, share = 0.4): (() => void) | undefined {
  const gc = collector();
  if (!gc) return undefined;
  const next = () => { const live = v8.getHeapStatistics().used_heap_size; return live + Math.max(stepMb * 1e6, share * live); };
  let limit = next();
  return () => {
    if (v8.getHeapStatistics().used_heap_size < limit) return;
    gc();
    limit = next();
  };
}
