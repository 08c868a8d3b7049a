// One version's tokens in document order: lists joined once, columns read by index (an open document's: no Token object kept), and the index from an offset to its token.
import type { ParagraphTokens, TokenForm } from './paragraphTokens';
import { Token } from './tokenize';
import type { TokenList, TokenSource } from './tokenView';

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

/**
 * One version's tokens from its paragraphs' compact tokens (paragraphTokens.ts), read through tokenView(): offsets in
 * document order and the paragraphs' form lists joined, 16 bytes a token, where the Token objects an analysis kept
 * were 13 MB at 1 M characters (and the analysis of every version held them).
 */
export class DocumentTokens implements TokenSource, TokenList {
  readonly size: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly forms: TokenForm[];

  constructor(paras: ReadonlyArray<{ readonly words: ParagraphTokens; readonly base: number }>) {
    let size = 0;
    for (const p of paras) size += p.words.forms.length;
    this.size = size;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    let k = 0;
    const lists: TokenForm[][] = [];
    for (const { words, base } of paras) {
      const o = words.offsets;
      for (let i = 0; i < o.length; i += 2, k++) { this.starts[k] = base + o[i]; this.ends[k] = base + o[i + 1]; }
      if (words.forms.length) lists.push(words.forms as TokenForm[]);
    }
    this.forms = joined(lists);
  }

  token(k: number): Token {
    const f = this.forms[k];
    return { start: this.starts[k], end: this.ends[k], text: f.text, norm: f.norm, kind: f.kind };
  }

  get length(): number {
    return this.size;
  }

  /**
   * Token `k` made when read (undefined outside the list): the passes read a few tokens at a time and let them go, so
   * an analysis promotes none of them (made all at once, the 200,000 of 1 M characters outlived it: 15 MB of garbage each).
   */
  tok(k: number): Token {
    return (k >= 0 && k < this.size ? this.token(k) : undefined)!;
  }

  /** The first token starting at or after `offset` (the analysis's tokenAt). */
  at(offset: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < offset) lo = mid + 1; else hi = mid; }
    return lo;
  }
}
