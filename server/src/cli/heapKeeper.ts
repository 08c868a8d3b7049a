// The CLI's memory policy for one large article: a full collection whenever the heap has grown by a step since the last one.
import * as v8 from 'v8';
import * as vm from 'vm';

let collect: (() => void) | undefined;

/** V8's collector, reachable without starting node with --expose-gc. */
function fullGc(): () => void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  return collect;
}

/**
 * A callback for the analysis loop. V8 lets a busy heap grow to about four times what it held live at its
 * last full collection before it collects again: a 20 MB article, 180 MB live, reached 540 MB of heap and
 * 740 MB resident. Collecting whenever `stepMb` more is in use keeps the peak near live + step, for a few
 * hundred milliseconds in all. The heap is looked at once per `checkEvery` calls' worth of `weight`
 * (reading its size costs little, but paragraphs are many).
 */
export function heapKeeper(stepMb = 64, checkEvery = 32): (weight?: number) => void {
  let calls = 0;
  let limit = v8.getHeapStatistics().used_heap_size + stepMb * 1e6;
  return (weight = 1) => {
    calls += weight;
    if (calls < checkEvery) return;
    calls = 0;
    if (v8.getHeapStatistics().used_heap_size < limit) return;
    fullGc()();
    limit = v8.getHeapStatistics().used_heap_size + stepMb * 1e6;
  };
}
