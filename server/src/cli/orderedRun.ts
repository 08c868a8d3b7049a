// Runs tasks concurrently but hands results on in input order, with at most `window` in flight (the bounded queue).

/**
 * Pulls items from `source` only while fewer than `window` results wait to be emitted, so a slow
 * consumer (stdout backpressure) slows the reader and memory stays flat whatever the input size.
 * Each result is emitted as soon as it and all before it are done, not when the input ends.
 * Stops pulling when `emit` throws (the reader of stdout went away) and rethrows that.
 */
export async function runOrdered<T, R>(source: AsyncIterable<T>, exec: (item: T) => Promise<R>, emit: (result: R) => Promise<void> | void, window: number): Promise<void> {
  const queue: Array<Promise<R>> = [];
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  let ended = false;
  let failure: { error: unknown } | undefined;

  const consumer = (async () => {
    try {
      for (;;) {
        if (!queue.length) {
          if (ended) return;
          await new Promise<void>((r) => { wakeConsumer = r; });
          continue;
        }
        const result = await queue[0];
        queue.shift();
        wakeProducer?.();
        await emit(result);
      }
    } catch (e) {
      failure = { error: e };
      wakeProducer?.();
    }
  })();

  try {
    for await (const item of source) {
      while (queue.length >= window && !failure) await new Promise<void>((r) => { wakeProducer = r; });
      if (failure) break;
      queue.push(exec(item));
      wakeConsumer?.();
    }
  } finally {
    ended = true;
    wakeConsumer?.();
  }
  await consumer;
  if (failure) throw failure.error;
}
