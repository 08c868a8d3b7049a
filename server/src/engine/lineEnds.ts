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

export function universalNewlines(original: string): NewlineView {
  const n = original.length;
  const from = new Uint32Array(n + 1);
  const to: number[] = [];
  const parts: string[] = [];
  let i = original.charCodeAt(0) === 0xFEFF ? 1 : 0;
  let last = i;
  while (i < n) {
    from[i] = to.length;
    if (original.charCodeAt(i) === 13) {
      parts.push(original.slice(last, i), '\n');
      to.push(i);
      if (original.charCodeAt(i + 1) === 10) from[++i] = to.length - 1;
      last = ++i;
    } else to.push(i++);
  }
  parts.push(original.slice(last));
  from[n] = to.length;
  to.push(n);
  const text = parts.join('');
  return {
    text,
    fromOriginal: (x) => from[Math.max(0, Math.min(x, n))],
    toOriginal: (x) => to[Math.max(0, Math.min(x, text.length))],
  };
}
