// One version's tokens in document order: the paragraphs' lists joined once, and the index from an offset to its token.
import { Token } from './tokenize';

/** Index of the first token at or after an offset. Offsets fit 32 bits (the size limit is far below 2^31): half the bytes of a Float64Array, per version. */
export function tokenIndex(tokens: Token[]): (offset: number) => number {
  const starts = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) starts[i] = tokens[i].start;
  return (offset: number) => { let lo = 0, hi = starts.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < offset) lo = mid + 1; else hi = mid; } return lo; };
}

/**
 * The lists one after another, allocated once (a list grown item by item copies itself over and over: 1 M tokens at
 * 5 M characters; one made at its full length up front is a slow dictionary in V8). Joined in batches of arguments.
 */
export function joined<T>(lists: T[][]): T[] {
  const BATCH = 8192;
  let out: T[] = [];
  for (let i = 0; i < lists.length; i += BATCH) out = out.concat(...lists.slice(i, i + BATCH));
  return out;
}
