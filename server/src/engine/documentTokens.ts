// One version's tokens in document order, read by index from its paragraphs' compact tokens (an open document's: no Token object kept, nothing copied per token), and the index from an offset to its token.
import type { ParagraphTokens } from './paragraphTokens';
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

/** Tokens kept by tok() (a power of two): more than a look-back's reach (800 tokens behind a cue), few enough to die young. */
const RECENT = 1024;

/**
 * One version's tokens read from its paragraphs' compact tokens (paragraphTokens.ts) where they are, through tokenView():
 * nothing is copied per token. Columns joined per version (offsets and forms, 16 bytes a token) were 3.3 MB at 1 M
 * characters, kept with the version's analysis and made again at every edit (as the Token objects before them were).
 * The passes read tokens near the last one read: a cursor on its paragraph finds the next one without a search.
 */
export class DocumentTokens implements TokenSource, TokenList {
  readonly size: number;
  /** Per paragraph that has tokens: its compact tokens, where it starts, and the index of its first token (one more entry: the size). */
  private readonly words: ParagraphTokens[] = [];
  private readonly bases: Int32Array;
  private readonly first: Int32Array;
  /**
   * Where each paragraph's last token starts, in document offsets: at() searches these, read from one array instead
   * of through each paragraph's own token offsets (a cache miss per step of every search).
   */
  private readonly lastStarts: Int32Array;
  /** The paragraph of the last token read. */
  private cur = 0;
  /** The paragraph of at()'s last answer. */
  private atPara = 0;
  /** Tokens read lately, by index modulo RECENT (a slot's index -1: none). */
  private readonly recent: Array<Token | undefined> = new Array(RECENT);
  private readonly recentAt = new Int32Array(RECENT).fill(-1);

  constructor(paras: ReadonlyArray<{ readonly words: ParagraphTokens; readonly base: number }>) {
    const bases: number[] = [];
    const first: number[] = [];
    const lastStarts: number[] = [];
    let size = 0;
    for (const { words, base } of paras) {
      if (!words.forms.length) continue;
      this.words.push(words);
      bases.push(base);
      first.push(size);
      lastStarts.push(base + words.offsets[words.offsets.length - 2]);
      size += words.forms.length;
    }
    first.push(size);
    this.size = size;
    this.bases = Int32Array.from(bases);
    this.first = Int32Array.from(first);
    this.lastStarts = Int32Array.from(lastStarts);
  }

  /** The paragraph holding token `k` (0 ≤ k < size). */
  private paraOf(k: number): number {
    const first = this.first;
    let p = this.cur;
    if (k >= first[p]) {
      if (k < first[p + 1]) return p;
      if (k < first[p + 2]) return (this.cur = p + 1);
    }
    let lo = 0, hi = this.words.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (first[mid] <= k) lo = mid; else hi = mid - 1; }
    p = lo;
    return (this.cur = p);
  }

  token(k: number): Token {
    const p = this.paraOf(k);
    const i = k - this.first[p];
    const w = this.words[p];
    const base = this.bases[p];
    const f = w.forms[i];
    return { start: base + w.offsets[2 * i], end: base + w.offsets[2 * i + 1], text: f.text, norm: f.norm, kind: f.kind };
  }

  get length(): number {
    return this.size;
  }

  /**
   * Token `k` made when read (undefined outside the list): the passes read a few tokens at a time and let them go, so
   * an analysis promotes none of them (made all at once, the 200,000 of 1 M characters outlived it: 15 MB of garbage each).
   * The last RECENT read are kept by index: the speaker search reads each token of its look-backs several times (its
   * kind, then its form; the token it looks back from at every step), which made 4.6 MB of tokens per edit at 1 M.
   */
  tok(k: number): Token {
    if (k < 0 || k >= this.size) return undefined!;
    const slot = k & (RECENT - 1);
    if (this.recentAt[slot] === k) return this.recent[slot]!;
    const t = this.token(k);
    this.recent[slot] = t;
    this.recentAt[slot] = k;
    return t;
  }

  /** Whether paragraph p is the first whose last token starts at or after `offset`. */
  private holds(p: number, offset: number): boolean {
    const last = this.lastStarts;
    return p < last.length && last[p] >= offset && (p === 0 || last[p - 1] < offset);
  }

  /** The first token starting at or after `offset` (the analysis's tokenAt). */
  at(offset: number): number {
    const { words, bases, first, lastStarts } = this;
    // The first paragraph whose last token starts at or after the offset (token starts grow through the document).
    // Callers walk the document (every mention in order, twice per analysis): the last answer's paragraph or the
    // next one is tried before a search.
    let lo = this.atPara;
    if (!this.holds(lo, offset) && !this.holds(++lo, offset)) {
      lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lastStarts[mid] < offset) lo = mid + 1; else hi = mid;
      }
    }
    if (lo === words.length) return this.size;
    this.atPara = lo;
    const o = words[lo].offsets;
    const rel = offset - bases[lo];
    let a = 0, b = o.length >> 1;
    while (a < b) { const mid = (a + b) >> 1; if (o[2 * mid] < rel) a = mid + 1; else b = mid; }
    return first[lo] + a;
  }
}
