// The CLI's memory policy for one large article: a full collection whenever the heap has grown by a step since the last one.
import * as v8 from 'v8';
import { collector } from '../idleCollect';

/**
 * A callback for the analysis and export loops. V8 lets a busy heap grow to about four times what it held
 * live at its last full collection before it collects again: a 20 MB article, 180 MB live, reached 540 MB
 * of heap and 740 MB resident. Collecting whenever `stepMb` more is in use keeps the peak near live + step,
 * for a few seconds of collection on a 20 MB article. Reading the heap's size costs about a microsecond.
 */
export function heapKeeper(stepMb = 64): (() => void) | undefined {
  const gc = collector();
  if (!gc) return undefined;
  let limit = v8.getHeapStatistics().used_heap_size + stepMb * 1e6;
  return () => {
    if (v8.getHeapStatistics().used_heap_size < limit) return;
    gc();
    limit = v8.getHeapStatistics().used_heap_size + stepMb * 1e6;
  };
}
