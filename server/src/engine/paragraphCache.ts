// The analyzer's paragraph cache: each paragraph's tagging kept by its text, moved when the paragraph moves, so an edit re-tags only what it touched.
import { DateCandidate, findDates } from './dates';
import { tagParagraph } from './entities';
import type { ParagraphTags } from './entities';
import type { WordForm } from './interner';
import { movedMention } from './linking';
import { NerModel } from './model';
import { compactTokens, ParagraphTokens, paragraphTags } from './paragraphTokens';
import type { Tagged } from './spanIndex';
import { SentenceReuse } from './sentenceReuse';
import { tokenize } from './tokenize';

/** The compact tokens of a paragraph analysed once (never read: the paragraph is not kept). */
const NO_WORDS: ParagraphTokens = { offsets: new Int32Array(0), forms: [] };

/** Paragraphs kept at least (a huge document raises it: see `fit`). */
const CACHE_LIMIT = 50_000;
/**
 * Characters of paragraph text kept at least (a huge document raises it: see `fit`). Bounding paragraphs alone let a
 * one-line article keep every version of its line, each with its tagging: ~8 MB more per edit at 1 M characters.
 */
const CHAR_LIMIT = 1_000_000;

function shift<T extends { start: number; end: number }>(x: T, by: number): T {
  return by === 0 ? x : { ...x, start: x.start + by, end: x.end + by };
}

/** A tagging's dates moved `by` characters (as its cached copy shifted there would hold them). */
export const movedDates = (dates: readonly DateCandidate[], by: number): DateCandidate[] => dates.map((d) => shift(d, by));

/**
 * One paragraph's tagging, with document offsets for the paragraph starting at `base`. An analysis
 * where the paragraph starts at the same offset uses these objects as they are (no copy); elsewhere
 * it gets shifted copies of its mentions and dates (its compact tokens are relative to the paragraph:
 * shared), which become the cached ones. Objects are never changed once built, so an earlier
 * analysis that holds them stays valid.
 */
export type ParagraphResult = Tagged;

export class ParagraphCache {
  private cache = new Map<string, ParagraphResult>();
  /** Paragraphs kept: CACHE_LIMIT, or twice the largest document's (a huge one must not push its own paragraphs out). */
  private limit = CACHE_LIMIT;
  /**
   * Characters kept: CHAR_LIMIT, or the largest document's and half as much again (room for its own paragraphs and the
   * earlier versions of those edited; not for a second copy of a one-line article's line, which its sentences' reuse
   * makes cheap to tag again: twice the document kept one, +6 MB heap at 1 M characters).
   */
  private charLimit = CHAR_LIMIT;
  /** The kept paragraphs' characters. */
  private chars = 0;

  /** A long paragraph's sentences (a one-line article's): an edit there re-tags the sentences it touched. None when analysed once. */
  private readonly sentences: SentenceReuse | undefined;

  /** `once`: nothing is kept (one analysis, then dropped); tagging is the same. */
  constructor(private readonly model: NerModel, private readonly once: boolean) {
    this.sentences = once ? undefined : new SentenceReuse();
  }

  /** Keeps room for a document of `paragraphs` paragraphs and `chars` characters. */
  fit(paragraphs: number, chars: number): void {
    this.limit = Math.max(this.limit, 2 * paragraphs);
    this.charLimit = Math.max(this.charLimit, chars + (chars >> 1));
  }

  has(text: string): boolean { return this.cache.has(text); }
  get(text: string): ParagraphResult | undefined { return this.cache.get(text); }

  /** The paragraph's tagging at document offset `base` (tagged when new; shifted when cached at another offset). */
  at(text: string, base = 0): ParagraphResult {
    return this.cachedAt(text, base) ?? this.kept(this.tagNew(text, base).r);
  }

  /** The paragraph's tagging with Token objects for one analysis's passes: as just made when new, else rebuilt from the compact tokens. */
  withTokens(text: string, base: number): { r: ParagraphResult; tags: ParagraphTags } {
    const r = this.once ? undefined : this.cachedAt(text, base);
    if (r) return { r, tags: paragraphTags(r.words, r.base, r.mentions) };
    const made = this.tagNew(text, base);
    this.kept(made.r);
    return made;
  }

  /** A tagging made elsewhere with the same model (a worker thread), cached as if made here. */
  adopt(r: Tagged): void {
    if (this.cache.has(r.text)) return;
    this.put(r);
  }

  /** The cached tagging of the paragraph moved to `base` (shifted when cached at another offset), if cached. */
  private cachedAt(text: string, base: number): ParagraphResult | undefined {
    let r = this.cache.get(text);
    if (!r) return undefined;
    this.cache.delete(r.text);
    if (r.base !== base) {
      const by = base - r.base;
      // Its tokens are relative to the paragraph: shared as they are.
      r = { ...r, base, mentions: r.mentions.map((m) => movedMention(m, by)), dates: r.dates.map((d) => shift(d, by)) };
    }
    // Keyed by the entry's own copy of the line, not by this version's view of it.
    this.cache.set(r.text, r);
    return r;
  }

  /** A paragraph just tagged, cached (unless analysed once), the oldest entry let go past the limit. */
  private kept(r: ParagraphResult): ParagraphResult {
    if (this.once) return r;
    this.put(r);
    return r;
  }

  /** A new entry (its text not cached), the oldest let go past either limit; the newest is always kept. */
  private put(r: ParagraphResult): void {
    this.cache.set(r.text, r);
    this.chars += r.text.length;
    while (this.cache.size > 1 && (this.cache.size > this.limit || this.chars > this.charLimit)) {
      const oldest = this.cache.keys().next().value!;
      this.cache.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  /** A paragraph tagged now: what is kept of it, and the tagging as made (its Token objects, for one analysis's passes). */
  private tagNew(text: string, base: number): { r: ParagraphResult; tags: ParagraphTags } {
    // The line is a view into this version's whole text (V8 slices share their parent): kept in the cache,
    // it (and every word sliced from it) would hold that whole version alive, 2 MB per edit of a 1 M-character
    // article. A copy of the line alone is what the cache keeps.
    // Analysed once, nothing is kept: the line itself will do.
    const own = this.once ? text : (' ' + text).slice(1);
    // Word forms repeat (a news article reuses a few thousand): tokens, stems and prefixes share one string per form (interner.ts).
    const forms: WordForm[] = [];
    const tokens = tokenize(own, base, forms);
    const tags = tagParagraph(tokens, this.model, forms, this.sentences);
    // Kept without its Token objects (paragraphTokens.ts): those made here are let go once the paragraph is tagged.
    // Analysed once, the paragraph is not kept: nothing reads its compact tokens.
    const words = this.once ? NO_WORDS : compactTokens(tokens, tags.stems, tags.prefixes, base, forms);
    this.sentences?.remember(tokens, words, base, tags.mentions);
    const r = { text: own, base, words, mentions: tags.mentions, dates: findDates(tokens, { forms }) };
    return { r, tags };
  }
}
