// Sentence taggings of long paragraphs kept by their words, so an edit in a one-line article re-tags only the sentences it touched.
import type { EntityMention } from './entities';
import { LastTagging, LineBlocks, moved } from './lineBlocks';
import type { ParagraphTokens } from './paragraphTokens';
import type { Token } from './tokenize';

/** A paragraph of fewer tokens is tagged whole as before: its sentences are not worth keeping (an editor line of news). */
export const LONG_PARAGRAPH_TOKENS = 2000;
/** Sentences kept at most (about 30 tokens each: some 3 M tokens, a few one-line megabytes); the least recent go first. */
const MAX_SENTENCES = 100_000;
/** Tokens kept at most over all sentences: the bound on memory, whatever the sentences' lengths. */
const MAX_TOKENS = 3_000_000;
/**
 * A longer sentence is not kept: a line with no sentence end is one sentence, and each keystroke in it would keep another
 * copy of the whole line that no later version reads back (0.45 MB per keystroke on a 2,100-token line).
 */
export const MAX_KEPT_SENTENCE = 400;
/**
 * Tokens either side of a sentence that its tagging reads: a mention's first word looks at the word before it and the one
 * after it (mentionStart.ts `entityPrefix`), which may lie in the last or next sentence.
 */
const CONTEXT = 1;

/** What a sentence's tagging reads of its paragraph: its tokens and CONTEXT tokens either side (kinds, offsets from the sentence's first token, texts) and the paragraph's spellings. */
interface Shape {
  /** The spelling flags, one digit each. */
  flags: string;
  /** Context tokens before the sentence (0 or CONTEXT) and after it. */
  before: number;
  after: number;
  /** Each token's kind, start and end from the sentence's first token's start, from the first context token on. */
  spans: Int32Array;
  /** The tokens' texts joined (a token's length is its end less its start: its text is its source's code units). */
  chars: string;
}

/** One sentence's tagging: its tokens' stems and prefixes, its mentions with offsets from its first token's start and token indices from its first token. */
interface Kept extends Shape { stems: string[]; prefixes: string[]; mentions: EntityMention[] }

/**
 * A sentence of this paragraph, found again by its hash: the tokens it reads are compared with a kept one's (nothing is
 * built per sentence: a key string of every token's text, kind and offsets was flattened and hashed for every sentence
 * of the line at each edit, ≈ 4 MB of string per edit of a one-line megabyte).
 */
export interface SentenceKey { hash: number; flags: string; tokens: Token[]; from: number; first: number; end: number; to: number }

/** The paragraph-wide spellings a sentence's rules may ask (entities.ts `Spelling`): part of every key. */
export interface SpellingFlags { ya: () => boolean; ta: () => boolean; yi: () => boolean }

const KIND: Record<Token['kind'], number> = { word: 1, number: 2, punct: 3 };
const PRIME = 0x01000193;

/** Whether `key`'s tokens are those `k` was kept from: the same flags, context, kinds, offsets and texts. */
function same(k: Shape, key: SentenceKey): boolean {
  const { tokens, from, first, to } = key;
  if (k.flags !== key.flags || k.before !== first - from || k.after !== to - key.end || k.spans.length !== 3 * (to - from)) return false;
  const s0 = tokens[first].start;
  let c = 0;
  for (let i = from, x = 0; i < to; i++, x += 3) {
    const t = tokens[i];
    if (k.spans[x] !== KIND[t.kind] || k.spans[x + 1] !== t.start - s0 || k.spans[x + 2] !== t.end - s0) return false;
    const text = t.text;
    for (let j = 0; j < text.length; j++) if (k.chars.charCodeAt(c + j) !== text.charCodeAt(j)) return false;
    c += text.length;
  }
  return c === k.chars.length;
}

/** The shape kept of a sentence (its own copies: nothing of the version's text is held). */
function shapeOf(key: SentenceKey): Shape {
  const { tokens, from, first, to } = key;
  const s0 = tokens[first].start;
  const spans = new Int32Array(3 * (to - from));
  const texts: string[] = [];
  for (let i = from, x = 0; i < to; i++, x += 3) {
    const t = tokens[i];
    spans[x] = KIND[t.kind]; spans[x + 1] = t.start - s0; spans[x + 2] = t.end - s0;
    texts.push(t.text);
  }
  return { flags: key.flags, before: first - from, after: to - key.end, spans, chars: texts.join('') };
}

export class SentenceReuse {
  /** Kept sentences by hash (a bucket: sentences whose hashes meet), the least recently read first. */
  private kept = new Map<number, Kept[]>();
  /** Sentences and tokens of the sentences kept (bounded by MAX_SENTENCES and MAX_TOKENS). */
  private sentences = 0;
  private tokens = 0;
  /** Sentences read back instead of tagged (for tests). */
  replayed = 0;
  /**
   * The last long paragraph tagged (its compact tokens and mentions are the paragraph cache's entry: nothing more is held
   * while that entry is kept; one line's otherwise).
   */
  private last: LastTagging | undefined;
  /** The paragraph tagParagraph has just tagged, until the cache compacts it. */
  private pending: { tokens: readonly Token[]; flags: string } | undefined;

  /** Sentences kept now (for tests). */
  get size(): number {
    return this.sentences;
  }

  constructor(private readonly minTokens = LONG_PARAGRAPH_TOKENS) {}

  /** The spelling flags a long paragraph's sentences are keyed with; undefined for a short paragraph (tagged whole, nothing kept). */
  flags(tokens: readonly Token[], spelling: SpellingFlags): string | undefined {
    return tokens.length < this.minTokens ? undefined : `${+spelling.ya()}${+spelling.ta()}${+spelling.yi()}`;
  }

  /**
   * The long paragraph's sentences the last one tagged (see `remember`) holds, as it stands after an edit: none when the
   * last was another paragraph, all but those around the edit when it was this one's last version.
   */
  blocks(tokens: readonly Token[], flags: string): LineBlocks | undefined {
    return this.last && new LineBlocks(this.last, tokens, flags);
  }

  /** The long paragraph's tokens just tagged under `flags` (tagParagraph): what `remember` keeps, once they are compacted. */
  tagged(tokens: readonly Token[], flags: string): void {
    this.pending = { tokens, flags };
  }

  /** The long paragraph just tagged (its `tokens`), as the paragraph cache keeps it (`words`, `mentions`), for the next version's blocks. */
  remember(tokens: readonly Token[], words: ParagraphTokens, base: number, mentions: readonly EntityMention[]): void {
    if (this.pending?.tokens === tokens) this.last = { words, base, mentions, flags: this.pending.flags };
    this.pending = undefined;
  }

  /**
   * The key of the sentence of tokens [offset, end) of a long paragraph tagged under `flags`: its tokens (kinds, texts and
   * offsets from its first token), the tokens around it and the paragraph's spellings, hashed.
   */
  key(tokens: Token[], offset: number, end: number, flags: string): SentenceKey {
    const from = Math.max(0, offset - CONTEXT), to = Math.min(tokens.length, end + CONTEXT);
    const s0 = tokens[offset].start;
    let h = Math.imul(0x811c9dc5 ^ (flags.charCodeAt(0) + 2 * flags.charCodeAt(1) + 4 * flags.charCodeAt(2)), PRIME);
    h = Math.imul(h ^ (offset - from), PRIME);
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      h = Math.imul(h ^ KIND[t.kind], PRIME);
      h = Math.imul(h ^ (t.start - s0), PRIME);
      h = Math.imul(h ^ (t.end - s0), PRIME);
      const text = t.text;
      for (let j = 0; j < text.length; j++) h = Math.imul(h ^ text.charCodeAt(j), PRIME);
    }
    return { hash: h, flags, tokens, from, first: offset, end, to };
  }

  /** The kept tagging of the sentence at token `offset` written into the paragraph's arrays; false when none is kept. */
  replay(key: SentenceKey, sentence: Token[], offset: number, stems: string[], prefixes: string[], mentions: EntityMention[]): boolean {
    const bucket = this.kept.get(key.hash);
    const k = bucket?.find((x) => same(x, key));
    if (!k) return false;
    // The most recent last: a sentence read again is not the next let go.
    this.kept.delete(key.hash);
    this.kept.set(key.hash, bucket!);
    this.replayed++;
    for (let i = 0; i < k.stems.length; i++) { stems[offset + i] = k.stems[i]; prefixes[offset + i] = k.prefixes[i]; }
    const s0 = sentence[0].start;
    for (const m of k.mentions) mentions.push(moved(m, s0, offset));
    return true;
  }

  /** Keeps the sentence just tagged at token `offset` (its mentions are those from `from` on). */
  keep(key: SentenceKey, sentence: Token[], offset: number, stems: string[], prefixes: string[], mentions: EntityMention[], from: number): void {
    if (sentence.length > MAX_KEPT_SENTENCE) return;
    let bucket = this.kept.get(key.hash);
    if (bucket?.some((x) => same(x, key))) return;
    const s0 = sentence[0].start;
    const own: EntityMention[] = [];
    for (let i = from; i < mentions.length; i++) {
      const m = mentions[i];
      own.push(moved(m, -s0, -offset));
    }
    if (!bucket) { bucket = []; this.kept.set(key.hash, bucket); }
    bucket.push({ ...shapeOf(key), stems: stems.slice(offset, offset + sentence.length), prefixes: prefixes.slice(offset, offset + sentence.length), mentions: own });
    this.sentences++;
    this.tokens += sentence.length;
    // The least recent go first (a bucket at once); each step lets one bucket go, so the loop ends with the map.
    while (this.sentences > MAX_SENTENCES || this.tokens > MAX_TOKENS) {
      const oldest = this.kept.keys().next().value!;
      for (const x of this.kept.get(oldest)!) { this.sentences--; this.tokens -= x.stems.length; }
      this.kept.delete(oldest);
    }
  }
}
