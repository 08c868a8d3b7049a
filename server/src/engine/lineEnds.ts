// The text as brat and Python's universal newlines read a file (no BOM, CRLF and CR as LF), with offset maps both ways.

export interface NewlineView {
  /** The text without a leading BOM, every CRLF and lone CR replaced by LF. */
  text: string;
  /** UTF-16 offset in the original text → UTF-16 offset in `text` (inside a CRLF: the LF). */
  fromOriginal(utf16: number): number;
  /** UTF-16 offset in `text` → UTF-16 offset in the original (an LF from CRLF: its CR). */
  toOriginal(utf16: number): number;
}

/** Line ends a brat fragment may not contain (after universal newlines only LF is left of CR/CRLF). */
export const LINE_END = /[\n\u0085\u2028\u2029]/;

/** Number of entries of the sorted `xs` that are ≤ `x`. */
function countUpTo(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function universalNewlines(original: string): NewlineView {
  // Only the dropped characters are remembered (the BOM, the LF of each CRLF): a few numbers, not a table per character.
  const dropped: number[] = [];
  if (original.charCodeAt(0) === 0xFEFF) dropped.push(0);
  for (let i = original.indexOf('\r'); i >= 0; i = original.indexOf('\r', i + 1)) {
    if (original.charCodeAt(i + 1) === 10) dropped.push(i + 1);
  }
  const text = original.slice(dropped[0] === 0 ? 1 : 0).replace(/\r\n?/g, '\n');
  const clamp = (x: number, n: number) => Math.max(0, Math.min(x, n));
  if (!dropped.length) return { text, fromOriginal: (x) => clamp(x, text.length), toOriginal: (y) => clamp(y, text.length) };
  // shifted[k] = dropped[k] - k is non-decreasing: the view offset at which the k-th dropped character would sit.
  const shifted = dropped.map((d, k) => d - k);
  return {
    text,
    fromOriginal: (x) => Math.max(0, clamp(x, original.length) - countUpTo(dropped, clamp(x, original.length))),
    toOriginal: (y) => clamp(y, text.length) + countUpTo(shifted, clamp(y, text.length)),
  };
}
