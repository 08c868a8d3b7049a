// The analysis of one large article in bounded memory (the CLI's path): same result as Analyzer.analyze, tokens kept in typed arrays.
import { Analysis, AnalysisOptions, paragraphs } from './analysis';
import { toAnnotations } from './annotations';
import { resolveDate } from './dateResolve';
import { DateCandidate, findDates } from './dates';
import { detectDocumentDate } from './documentDate';
import { EntityMention, ParagraphTags, tagParagraph } from './entities';
import { fineType } from './fineTypes';
import { linkEntities } from './linking';
import { NerModel } from './model';
import { attributeQuotations } from './quotations';
import { pairQuoteMarks } from './quoteMarks';
import { Token, TokenKind, tokenize } from './tokenize';
import type { WordForm } from './interner';
import { resetWordScores, trimWordScores, wordScoresSize } from './wordScores';
import { sourceTokens, tokenView } from './tokenView';

/**
 * Word forms above which the model's word cache is trimmed between paragraphs (to the words that recurred,
 * at most half of it). It holds up to 200 000 (~1 KB each) and a 20 MB article fills it.
 */
const WORD_CACHE_BUDGET = 40_000;
/** Tokens above which the word cache is dropped once tagging is done (a few MB of text). */
const LARGE_DOCUMENT_TOKENS = 500_000;

/**
 * Every token of a document as columns: its offsets and the id of its form (text, normalised text, kind,
 * stem and prefix, which repeat: a news article uses a few ten thousand). 12 bytes a token where a Token
 * object and its share of the paragraph arrays take over 100; a 20 MB article has 2.3 million tokens.
 */
class TokenColumns {
  size = 0;
  starts: Int32Array;
  ends: Int32Array;
  forms: Int32Array;
  readonly texts: string[] = [];
  readonly norms: string[] = [];
  readonly kinds: TokenKind[] = [];
  readonly stems: string[] = [];
  readonly prefixes: string[] = [];
  /** The latest form of each text, and per form the previous one with the same text (−1: none). */
  private readonly byText = new Map<string, number>();
  private readonly sameText: number[] = [];

  constructor(capacity: number) {
    capacity = Math.max(64, capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.forms = new Int32Array(capacity);
  }

  /** A flat copy of a long string: a slice would keep its paragraph's text alive. */
  private static own(s: string): string {
    return s !== undefined && s.length > 12 ? (' ' + s).slice(1) : s;
  }

  private form(t: Token, stem: string, prefix: string): number {
    // Most texts have one form; the others are chained from the latest (no key string built per token).
    const latest = this.byText.get(t.text);
    for (let id = latest ?? -1; id >= 0; id = this.sameText[id]) {
      if (this.norms[id] === t.norm && this.kinds[id] === t.kind && this.stems[id] === stem && this.prefixes[id] === prefix) return id;
    }
    const id = this.texts.length;
    this.texts.push(TokenColumns.own(t.text)); this.norms.push(TokenColumns.own(t.norm)); this.kinds.push(t.kind);
    this.stems.push(TokenColumns.own(stem)); this.prefixes.push(TokenColumns.own(prefix));
    this.sameText.push(latest ?? -1);
    this.byText.set(this.texts[id], id);
    return id;
  }

  private grow(need: number): void {
    if (need <= this.starts.length) return;
    const cap = Math.max(need, Math.ceil(this.starts.length * 1.5));
    const more = (a: Int32Array): Int32Array => { const b = new Int32Array(cap); b.set(a); return b; };
    this.starts = more(this.starts); this.ends = more(this.ends); this.forms = more(this.forms);
  }

  add(tags: ParagraphTags): void {
    const { tokens, stems, prefixes } = tags;
    this.grow(this.size + tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const k = this.size++;
      this.starts[k] = t.start; this.ends[k] = t.end; this.forms[k] = this.form(t, stems[i], prefixes[i]);
    }
  }

  /** A Token object equal to the one tokenize() gave (same fields, same order). */
  token(k: number): Token {
    const f = this.forms[k];
    return { start: this.starts[k], end: this.ends[k], text: this.texts[f], norm: this.norms[f], kind: this.kinds[f] };
  }

  /** The first token starting at or after `offset` (the analysis's tokenAt). */
  at(offset: number): number {
    let lo = 0, hi = this.size;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.starts[mid] < offset) lo = mid + 1; else hi = mid; }
    return lo;
  }
}

/** One paragraph as linking reads it: its tokens, stems and prefixes made from the columns when asked. */
class ParagraphView implements ParagraphTags {
  constructor(private readonly cols: TokenColumns, private readonly from: number, private readonly to: number, readonly mentions: EntityMention[]) {}
  get tokens(): Token[] {
    const out: Token[] = new Array(this.to - this.from);
    for (let k = this.from; k < this.to; k++) out[k - this.from] = this.cols.token(k);
    return out;
  }
  private column(of: string[]): string[] {
    const out: string[] = new Array(this.to - this.from);
    for (let k = this.from; k < this.to; k++) out[k - this.from] = of[this.cols.forms[k]];
    return out;
  }
  get stems(): string[] { return this.column(this.cols.stems); }
  get prefixes(): string[] { return this.column(this.cols.prefixes); }
}

export interface CompactOptions extends AnalysisOptions {
  /** Called after each paragraph is tagged and regularly during the document passes (the caller's memory policy). */
  tick?: () => void;
  /** false: the result's token list is empty, its columns freed before the annotations are built (exports other than CoNLL). */
  tokens?: boolean;
  /** false: the result's annotation list is empty (the caller makes them one at a time: annotationsInOrder). */
  annotations?: boolean;
}

/**
 * Analyses `text` once, as `new Analyzer(model).analyze(text, opts)` does, keeping per paragraph only
 * its mentions and dates and per token only columns of numbers: a 20 MB article fits in a few hundred
 * MB. For a one-off analysis (no paragraph cache, nothing kept for a next version).
 */
export function analyzeCompact(text: string, model: NerModel, opts: CompactOptions = {}): Analysis {
  const { tick } = opts;
  const paras = paragraphs(text);
  // Arabic news runs about 5 code units a token.
  let cols: TokenColumns | undefined = new TokenColumns(Math.ceil(text.length / 4.5));
  const tagged: ParagraphView[] = [];
  const candidates: DateCandidate[] = [];
  for (const p of paras) {
    const forms: WordForm[] = [];
    const tokens = tokenize(p.text, p.base, forms);
    const tags = tagParagraph(tokens, model, forms);
    const from = cols.size;
    cols.add(tags);
    tagged.push(new ParagraphView(cols, from, cols.size, tags.mentions));
    for (const d of findDates(tokens, { forms })) candidates.push(d);
    if (wordScoresSize(model) > WORD_CACHE_BUDGET) trimWordScores(model, WORD_CACHE_BUDGET / 2);
    tick?.();
  }
  // A document this long has filled the word cache with its own forms, which nothing after tagging reads.
  if (cols.size > LARGE_DOCUMENT_TOKENS) resetWordScores(model);
  const entities = linkEntities(tagged, model.lexicon);
  tagged.length = 0;
  tick?.();
  const { pairs, problems } = pairQuoteMarks(paras);
  // The passes read by tok(k); a proxy's index is a string made per read (a tenth of a large article's analysis).
  const passTokens = sourceTokens(cols, tick);
  const tokenAt = (offset: number) => cols!.at(offset);
  for (const e of entities) { const type = fineType(e, passTokens, tokenAt); if (type) e.type = type; }
  const quotations = attributeQuotations(pairs, { tokens: passTokens, tokenAt, entities, text });
  const tokens = opts.tokens === false ? [] : tokenView(cols, tick);
  if (opts.tokens === false) cols = undefined;
  tick?.();
  const documentDate = opts.referenceDate ?? detectDocumentDate(text);
  const dates = candidates.map((c) => ({ ...c, resolved: resolveDate(c.spec, documentDate?.date, documentDate?.source) }));
  candidates.length = 0;
  tick?.();
  const annotations = opts.annotations === false ? [] : toAnnotations(text, entities, quotations, dates);
  return { text, tokens, entities, quotations, dates, problems, documentDate, annotations };
}
