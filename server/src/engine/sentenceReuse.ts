// Sentence taggings of long paragraphs kept by their words, so an edit in a one-line article re-tags only the sentences it touched.
import type { EntityMention } from './entities';
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

/** One sentence's tagging: its tokens' stems and prefixes, its mentions with offsets from its first token's start and token indices from its first token. */
interface Kept { stems: string[]; prefixes: string[]; mentions: EntityMention[] }

/** The paragraph-wide spellings a sentence's rules may ask (entities.ts `Spelling`): part of every key. */
export interface SpellingFlags { ya: () => boolean; ta: () => boolean; yi: () => boolean }

function tokenKey(t: Token, s0: number): string {
  return `${t.kind}\u0001${t.start - s0}\u0001${t.end - s0}\u0001${t.text}\u0002`;
}

export class SentenceReuse {
  private kept = new Map<string, Kept>();
  /** Tokens of the sentences kept (bounded by MAX_TOKENS). */
  private tokens = 0;
  /** Sentences read back instead of tagged (for tests). */
  replayed = 0;

  /** Sentences kept now (for tests). */
  get size(): number {
    return this.kept.size;
  }

  constructor(private readonly minTokens = LONG_PARAGRAPH_TOKENS) {}

  /**
   * Each sentence's key: its tokens (kinds, texts and offsets from its first token), the tokens around it and the
   * paragraph's spellings. Undefined for a short paragraph (tagged whole, nothing kept).
   */
  keys(tokens: Token[], sentences: Token[][], spelling: SpellingFlags): string[] | undefined {
    if (tokens.length < this.minTokens) return undefined;
    const flags = `${+spelling.ya()}${+spelling.ta()}${+spelling.yi()}`;
    const out: string[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      const s0 = sentence[0].start;
      let key = flags;
      for (let i = Math.max(0, offset - CONTEXT); i < offset; i++) key += tokenKey(tokens[i], s0);
      key += '\u0003';
      for (const t of sentence) key += tokenKey(t, s0);
      key += '\u0003';
      const end = offset + sentence.length;
      for (let i = end; i < Math.min(tokens.length, end + CONTEXT); i++) key += tokenKey(tokens[i], s0);
      out.push(key);
      offset = end;
    }
    return out;
  }

  /** The kept tagging of the sentence at token `offset` written into the paragraph's arrays; false when none is kept. */
  replay(key: string, sentence: Token[], offset: number, stems: string[], prefixes: string[], mentions: EntityMention[]): boolean {
    const k = this.kept.get(key);
    if (!k) return false;
    // The most recent last: a sentence read again is not the next let go.
    this.kept.delete(key);
    this.kept.set(key, k);
    this.replayed++;
    for (let i = 0; i < k.stems.length; i++) { stems[offset + i] = k.stems[i]; prefixes[offset + i] = k.prefixes[i]; }
    const s0 = sentence[0].start;
    for (const m of k.mentions) mentions.push({ ...m, start: m.start + s0, end: m.end + s0, firstToken: m.firstToken + offset, lastToken: m.lastToken + offset });
    return true;
  }

  /** Keeps the sentence just tagged at token `offset` (its mentions are those from `from` on). */
  keep(key: string, sentence: Token[], offset: number, stems: string[], prefixes: string[], mentions: EntityMention[], from: number): void {
    if (sentence.length > MAX_KEPT_SENTENCE || this.kept.has(key)) return;
    const s0 = sentence[0].start;
    const own: EntityMention[] = [];
    for (let i = from; i < mentions.length; i++) {
      const m = mentions[i];
      own.push({ ...m, start: m.start - s0, end: m.end - s0, firstToken: m.firstToken - offset, lastToken: m.lastToken - offset });
    }
    this.kept.set(key, { stems: stems.slice(offset, offset + sentence.length), prefixes: prefixes.slice(offset, offset + sentence.length), mentions: own });
    this.tokens += sentence.length;
    // The least recent go first; each step lets one go, so the loop ends with the map.
    while (this.kept.size > MAX_SENTENCES || this.tokens > MAX_TOKENS) {
      const oldest = this.kept.keys().next().value!;
      this.tokens -= this.kept.get(oldest)!.stems.length;
      this.kept.delete(oldest);
    }
  }
}
