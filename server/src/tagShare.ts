// What the main thread and the tagging worker share when a large document's paragraphs are tagged by both: blocks of
// paragraphs claimed from either end of one shared counter, and a block's tagging as it crosses between threads.
import type { DateCandidate } from './engine/dates';
import type { EntityMention } from './engine/entities';
import type { Tagged } from './engine/spanIndex';
import { tokenize } from './engine/tokenize';
import type { WordForm } from './engine/interner';
import { compactTokens, tokenCount } from './engine/paragraphTokens';

/** A block of paragraphs is about this many characters (tagging one takes a few ms: each side yields between blocks). */
export const BLOCK_CHARS = 16_000;
/** Blocks are counted in 16 bits (one Int32 holds both ends): a document above ~1 GB gets larger blocks. */
const MAX_BLOCKS = 0xffff;

/** The paragraphs to tag (`bases`, `lengths`: where they are in the text), cut into blocks: block b is paragraphs [starts[b], starts[b + 1]). */
export interface Blocks { bases: Int32Array; lengths: Int32Array; starts: Int32Array }

/** Cuts paragraphs, in document order, into blocks of about BLOCK_CHARS characters each. */
export function cutBlocks(paras: ReadonlyArray<{ base: number; length: number }>): Blocks {
  const total = paras.reduce((s, p) => s + p.length + 1, 0);
  const size = Math.max(BLOCK_CHARS, Math.ceil(total / MAX_BLOCKS) + 1);
  const starts: number[] = [0];
  let chars = 0;
  for (let i = 0; i < paras.length; i++) {
    chars += paras[i].length + 1;
    if (chars >= size && i + 1 < paras.length) { starts.push(i + 1); chars = 0; }
  }
  if (paras.length) starts.push(paras.length);
  return { bases: Int32Array.from(paras, (p) => p.base), lengths: Int32Array.from(paras, (p) => p.length), starts: Int32Array.from(starts) };
}

export const blockCount = (b: Blocks) => Math.max(0, b.starts.length - 1);

/**
 * Claims over blocks [0, count): the main thread takes them from the front, the worker from the back, until they
 * meet. Both ends live in one Int32 (front low 16 bits, back high 16) changed by compare-and-swap, so no block is
 * taken twice or by neither. Slot 1 is set to end the worker's claims early (the document changed).
 */
export class Claims {
  readonly shared: Int32Array;
  constructor(buffer: SharedArrayBuffer | number) {
    this.shared = new Int32Array(typeof buffer === 'number' ? new SharedArrayBuffer(8) : buffer);
    if (typeof buffer === 'number') Atomics.store(this.shared, 0, buffer << 16);
  }

  get buffer(): SharedArrayBuffer { return this.shared.buffer as SharedArrayBuffer; }

  /** The next block from the front (main thread), or -1 once the ends met. */
  front(): number {
    for (;;) {
      const v = Atomics.load(this.shared, 0);
      const f = v & 0xffff, b = v >>> 16;
      if (f >= b) return -1;
      if (Atomics.compareExchange(this.shared, 0, v, (b << 16) | (f + 1)) === v) return f;
    }
  }

  /** The next block from the back (worker), or -1 once the ends met or the claims were stopped. */
  back(): number {
    for (;;) {
      if (Atomics.load(this.shared, 1)) return -1;
      const v = Atomics.load(this.shared, 0);
      const f = v & 0xffff, b = v >>> 16;
      if (f >= b) return -1;
      if (Atomics.compareExchange(this.shared, 0, v, ((b - 1) << 16) | f) === v) return b - 1;
    }
  }

  /** Blocks [from, count) are the worker's once the ends met (before, those it took so far). */
  backStart(): number { return Atomics.load(this.shared, 0) >>> 16; }

  stop(): void { Atomics.store(this.shared, 1, 1); }
}

/** One block's tagging as the worker sends it: strings once each, stems and prefixes as indices into them (-1: none). */
export interface WireBlock {
  block: number;
  strings: string[];
  /** Per paragraph: its token count, then stem and prefix index per token. */
  ids: Int32Array;
  mentions: EntityMention[][];
  dates: DateCandidate[][];
}

/** The taggings of one block's paragraphs (in order) for the main thread. */
export function toWire(block: number, tagged: readonly Tagged[]): WireBlock {
  const index = new Map<string, number>();
  const strings: string[] = [];
  const id = (s: string | undefined) => {
    if (s === undefined) return -1;
    let k = index.get(s);
    if (k === undefined) { k = strings.length; strings.push(s); index.set(s, k); }
    return k;
  };
  let size = 0;
  for (const r of tagged) size += 1 + 2 * tokenCount(r.words);
  const ids = new Int32Array(size);
  let at = 0;
  for (const r of tagged) {
    const forms = r.words.forms;
    ids[at++] = forms.length;
    for (let k = 0; k < forms.length; k++) { ids[at++] = id(forms[k].stem); ids[at++] = id(forms[k].prefix); }
  }
  return { block, strings, ids, mentions: tagged.map((r) => r.mentions), dates: tagged.map((r) => r.dates) };
}

/**
 * The taggings of a block's paragraphs (`texts`, at `bases`) from the worker's message: tokens made again here (the
 * same tokenizer, a small share of the work), the rest as sent. Undefined when a token count differs (never expected:
 * then the block is tagged here). `canon` gives one copy of each string across blocks.
 */
export function fromWire(w: WireBlock, texts: readonly string[], bases: ArrayLike<number>, canon: (s: string) => string): Tagged[] | undefined {
  const strings = w.strings.map(canon);
  const out: Tagged[] = [];
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    // The cache keeps its own copy of the line (a slice would hold the whole version's text alive), as paragraph() does.
    const own = (' ' + texts[i]).slice(1);
    const forms: WordForm[] = [];
    const tokens = tokenize(own, bases[i], forms);
    if (w.ids[at++] !== tokens.length) return undefined;
    const stems: string[] = new Array(tokens.length);
    const prefixes: string[] = new Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const s = w.ids[at++], p = w.ids[at++];
      if (s >= 0) stems[k] = strings[s];
      if (p >= 0) prefixes[k] = strings[p];
    }
    // Field by field in the order paragraph() builds them (exports and tests compare whole objects).
    out.push({ text: own, base: bases[i], words: compactTokens(tokens, stems, prefixes, bases[i], forms), mentions: w.mentions[i], dates: w.dates[i] });
  }
  return out;
}
