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
import { resetWordScores, wordScoresSize } from './wordScores';

/**
 * Word forms above which the model's word cache is dropped between paragraphs. It holds up to 200 000
 * (~1 KB each) and a 20 MB article fills it; the frequent words come back within a few paragraphs.
 */
const WORD_CACHE_BUDGET = 40_000;

const KINDS: TokenKind[] = ['word', 'number', 'punct'];
const KIND_ID: Record<TokenKind, number> = { word: 0, number: 1, punct: 2 };

/**
 * Every token of a document as columns: offsets, kind, and ids of its text, normalised form, stem and
 * prefix in one table of distinct strings. About 25 bytes a token where a Token object and its share of
 * the paragraph arrays take over 100; a 20 MB article has 2.3 million tokens.
 */
class TokenColumns {
  size = 0;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  texts: Int32Array;
  norms: Int32Array;
  stems: Int32Array;
  prefixes: Int32Array;
  readonly strings: Array<string | undefined> = [];
  private readonly ids = new Map<string | undefined, number>();

  constructor(capacity: number) {
    capacity = Math.max(64, capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.texts = new Int32Array(capacity);
    this.norms = new Int32Array(capacity);
    this.stems = new Int32Array(capacity);
    this.prefixes = new Int32Array(capacity);
  }

  private id(s: string | undefined): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      // A flat copy of a long form: a slice would be a view into its paragraph.
      this.strings.push(s !== undefined && s.length > 12 ? (' ' + s).slice(1) : s);
      this.ids.set(this.strings[id], id);
    }
    return id;
  }

  private grow(need: number): void {
    if (need <= this.starts.length) return;
    const cap = Math.max(need, Math.ceil(this.starts.length * 1.5));
    const more = <T extends Int32Array | Uint8Array>(a: T): T => { const b = new (a.constructor as new (n: number) => T)(cap); b.set(a); return b; };
    this.starts = more(this.starts); this.ends = more(this.ends); this.kinds = more(this.kinds); this.texts = more(this.texts);
    this.norms = more(this.norms); this.stems = more(this.stems); this.prefixes = more(this.prefixes);
  }

  add(tags: ParagraphTags): void {
    const { tokens, stems, prefixes } = tags;
    this.grow(this.size + tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const k = this.size++;
      this.starts[k] = t.start; this.ends[k] = t.end; this.kinds[k] = KIND_ID[t.kind];
      this.texts[k] = this.id(t.text); this.norms[k] = this.id(t.norm);
      this.stems[k] = this.id(stems[i]); this.prefixes[k] = this.id(prefixes[i]);
    }
  }

  /** A Token object equal to the one tokenize() gave (same fields, same order). */
  token(k: number): Token {
    return { start: this.starts[k], end: this.ends[k], text: this.strings[this.texts[k]]!, norm: this.strings[this.norms[k]]!, kind: KINDS[this.kinds[k]] };
  }

  /** The first token starting at or after `offset` (the analysis's tokenAt). */
  at(offset: number): number {
    let lo = 0, hi = this.size;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.starts[mid] < offset) lo = mid + 1; else hi = mid; }
    return lo;
  }
}

/** Token objects made on demand; recent ones kept (the passes read the same neighbourhood many times). */
const VIEW_CACHE = 1 << 13;

/**
 * The document's tokens as a read-only array: `tokens[i]`, `length`, slices and loops work as on a
 * Token[], each element built from the columns when read. The document passes only read tokens.
 */
function tokenView(cols: TokenColumns): Token[] {
  const recent: Array<Token | undefined> = new Array(VIEW_CACHE);
  const recentAt = new Int32Array(VIEW_CACHE).fill(-1);
  const get = (k: number): Token => {
    const slot = k & (VIEW_CACHE - 1);
    if (recentAt[slot] === k) return recent[slot]!;
    const t = cols.token(k);
    recent[slot] = t;
    recentAt[slot] = k;
    return t;
  };
  const index = (p: string | symbol): number => {
    if (typeof p !== 'string') return -1;
    const c = p.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const k = Number(p);
    return Number.isInteger(k) && String(k) === p ? k : -1;
  };
  const readOnly = () => { throw new TypeError('the token view is read-only'); };
  return new Proxy<Token[]>([], {
    get(target, p, receiver) {
      if (p === 'length') return cols.size;
      const k = index(p);
      if (k >= 0) return k < cols.size ? get(k) : undefined;
      return Reflect.get(target, p, receiver);
    },
    has(target, p) {
      const k = index(p);
      return k >= 0 ? k < cols.size : Reflect.has(target, p);
    },
    set: readOnly,
    deleteProperty: readOnly,
    defineProperty: readOnly,
  });
}

/** One paragraph as linking reads it: its tokens, stems and prefixes made from the columns when asked. */
class ParagraphView implements ParagraphTags {
  constructor(private readonly cols: TokenColumns, private readonly from: number, private readonly to: number, readonly mentions: EntityMention[]) {}
  get tokens(): Token[] {
    const out: Token[] = new Array(this.to - this.from);
    for (let k = this.from; k < this.to; k++) out[k - this.from] = this.cols.token(k);
    return out;
  }
  private column(ids: Int32Array): string[] {
    const out: string[] = new Array(this.to - this.from);
    for (let k = this.from; k < this.to; k++) out[k - this.from] = this.cols.strings[ids[k]]!;
    return out;
  }
  get stems(): string[] { return this.column(this.cols.stems); }
  get prefixes(): string[] { return this.column(this.cols.prefixes); }
}

/**
 * Analyses `text` once, as `new Analyzer(model).analyze(text, opts)` does, keeping per paragraph only
 * its mentions and dates and per token only columns of numbers: a 20 MB article fits in a few hundred
 * MB. For a one-off analysis (no paragraph cache, nothing kept for a next version).
 */
export function analyzeCompact(text: string, model: NerModel, opts: AnalysisOptions = {}): Analysis {
  const paras = paragraphs(text);
  // Arabic news runs about 5 code units a token.
  const cols = new TokenColumns(Math.ceil(text.length / 4.5));
  const tagged: ParagraphView[] = [];
  const candidates: DateCandidate[] = [];
  for (const p of paras) {
    const tokens = tokenize(p.text, p.base);
    const tags = tagParagraph(tokens, model);
    const from = cols.size;
    cols.add(tags);
    tagged.push(new ParagraphView(cols, from, cols.size, tags.mentions));
    for (const d of findDates(tokens)) candidates.push(d);
    if (wordScoresSize(model) > WORD_CACHE_BUDGET) resetWordScores(model);
  }
  const tokens = tokenView(cols);
  const tokenAt = (offset: number) => cols.at(offset);
  const entities = linkEntities(tagged, model.lexicon);
  const { pairs, problems } = pairQuoteMarks(paras);
  for (const e of entities) { const type = fineType(e, tokens, tokenAt); if (type) e.type = type; }
  const quotations = attributeQuotations(pairs, { tokens, tokenAt, entities, text });
  const documentDate = opts.referenceDate ?? detectDocumentDate(text);
  const dates = candidates.map((c) => ({ ...c, resolved: resolveDate(c.spec, documentDate?.date, documentDate?.source) }));
  return { text, tokens, entities, quotations, dates, problems, documentDate, annotations: toAnnotations(text, entities, quotations, dates) };
}
