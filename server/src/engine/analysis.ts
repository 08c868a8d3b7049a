// One immutable analysis per document version: entities, quotations and dates, with a per-paragraph cache.
import { DateCandidate } from './dates';
import { resolveDate, ResolvedDate } from './dateResolve';
import { DocumentDate, detectDocumentDate } from './documentDate';
import { fineType } from './fineTypes';
import { Entity, LinkMemo, linkEntities } from './linking';
import { NerModel } from './model';
import { toAnnotations, SpanAnnotation } from './annotations';
import { mentionOrder, MentionOrder } from './mentionOrder';
import { SpanIndex, SpanSnapshot, Tagged } from './spanIndex';
import { paragraphs } from './paragraphSplit';
import type { TextLike } from './pieceText';

export { paragraphs } from './paragraphSplit';
import { attributeQuotations } from './quotations';
import { AttributionMemo } from './attributionMemo';
import { pairQuoteMarks, QuotePair, QuoteProblem } from './quoteMarks';
import { Token } from './tokenize';
import { DocumentTokens, joined, tokenIndex } from './documentTokens';
import { movedDates, ParagraphCache } from './paragraphCache';
import { ArrayTokens, TokenList, tokenView } from './tokenView';
import type { ParagraphTags } from './entities';
import { trimWordScores, wordScoresSize } from './wordScores';

export { LABEL_KIND } from './analysisTypes';
export type { Analysis, AnalysisOptions, Annotation, AnnotationKind, AnnotationLabel, DateAnnotation } from './analysisTypes';
import type { Analysis, AnalysisOptions } from './analysisTypes';

/** Documents whose linking work is kept for their next version (the open editors, typically a few). */
const LINK_MEMOS = 8;
/**
 * A document's entry in one of the per-document maps, made if missing and moved to the newest place; the oldest of more
 * than LINK_MEMOS documents is let go (a Map keeps insertion order).
 */
function recentEntry<V>(map: Map<string, V>, document: string, make: () => V): V {
  let v = map.get(document);
  if (v !== undefined) map.delete(document);
  else v = make();
  map.set(document, v);
  if (map.size > LINK_MEMOS) map.delete(map.keys().next().value!);
  return v;
}

interface Structure {
  /** The version's text as it was given (a server document's pieces: the same object for the version). */
  text: TextLike;
  /** The tokens the analysis gives (a view on the columns of an open document's version: nothing kept per token). */
  tokens: Token[];
  /** The same tokens for the passes, read by index (an open document's made from its columns when read). */
  passTokens: TokenList;
  entities: Entity[];
  /** The entities' mentions in document order (annotations and the speaker search walk them all). */
  order: MentionOrder;
  candidates: DateCandidate[];
  pairs: QuotePair[];
  problems: QuoteProblem[];
  tokenAt(offset: number): number;
}

/**
 * Analyses documents, re-tagging only paragraphs whose text it has not seen: an edit costs
 * the tagging of the paragraphs it touched plus a linear document-level pass.
 */
export class Analyzer {
  private readonly paras: ParagraphCache;
  private links = new Map<string, LinkMemo>();
  private structures = new Map<string, Structure>();
  /** Each open document's spans, kept for its next version (bounded like the link memos). */
  private spanIndexes = new Map<string, SpanIndex>();
  /** Each open document's last attribution of quotations (bounded like the link memos): an edit re-attributes around it. */
  private attributions = new Map<string, AttributionMemo>();
  /**
   * `once`: the analyzer analyses one text and is dropped (a CLI record or file): nothing is kept for a next version
   * (no paragraph cache, link memo, structure or date resolutions), which is work and garbage a single analysis never
   * reads back. The result is the same.
   */
  constructor(private readonly model: NerModel, private readonly once = false) {
    this.paras = new ParagraphCache(model, once);
  }

  /**
   * Another analyzer on the same model, sharing nothing else (paragraph cache, spans, memos): what it analyses is
   * dropped with it. The model's word-score cache is the model's, shared: it holds scores, never results.
   */
  another(): Analyzer {
    return new Analyzer(this.model, this.once);
  }

  private linkMemo(document: string): LinkMemo {
    return recentEntry(this.links, document, () => new LinkMemo());
  }

  private attributionMemo(document: string | undefined): AttributionMemo | undefined {
    return document === undefined || this.once ? undefined : recentEntry(this.attributions, document, () => new AttributionMemo());
  }

  /**
   * For tagging shared with a worker thread (server/src/parallelTagging.ts): whether a paragraph is cached, its tagging
   * at `base` (cached, as here), and a tagging the worker made with the same model, cached as if made here.
   * `paragraphs`, `chars`: the document's counts, so its own paragraphs are not pushed out of the cache.
   */
  cached(text: string): boolean { return this.paras.has(text); }
  tagAt(text: string, base: number, paragraphs: number, chars: number): Tagged { this.paras.fit(paragraphs, chars); return this.paras.at(text, base); }
  adopt(r: Tagged, paragraphs: number, chars: number): void {
    this.paras.fit(paragraphs, chars);
    this.paras.adopt(r);
  }

  /**
   * Tags the paragraphs of `text` that are not cached yet, yielding to the event loop every
   * `sliceMs` so a large document never stalls other work; stops early when `stale()` says a
   * newer version exists. The following analyze() then only runs the linear document passes.
   */
  async warm(text: TextLike, stale: () => boolean, opts: { document?: string; version?: number; sliceMs?: number } = {}): Promise<boolean> {
    const sliceMs = opts.sliceMs ?? 20;
    let sliceStart = Date.now();
    // A document whose spans are kept: only the paragraphs between those its last version shares at either end can be new.
    const index = opts.document !== undefined ? this.spanIndexes.get(opts.document) : undefined;
    // Its spans were just computed (the status after the editor's token request): every paragraph is tagged, and a
    // split would compare the whole text with itself (~35 ms per edit at 5 M characters).
    if (index?.answers(text)) return true;
    const split = index ? index.prepare(text, opts.version) : { paras: paragraphs(text.toString()), head: 0, tail: 0 };
    const paras = split.paras;
    this.paras.fit(paras.length, text.length);
    for (let i = split.head; i < paras.length - split.tail; i++) {
      const p = paras[i];
      if (this.paras.has(p.text)) continue;
      this.paras.at(p.text, p.base);
      if (Date.now() - sliceStart >= sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        if (stale()) return false;
        sliceStart = Date.now();
      }
    }
    return true;
  }

  /** Resolution of a date expression against the document date, kept with the (cached, shared) expression. */
  private resolvedDates = new WeakMap<DateCandidate['spec'], { key: string; resolved: ResolvedDate }>();
  private resolved(spec: DateCandidate['spec'], key: string, documentDate: DocumentDate | undefined): ResolvedDate {
    if (this.once) return resolveDate(spec, documentDate?.date, documentDate?.source);
    const known = this.resolvedDates.get(spec);
    if (known && known.key === key) return known.resolved;
    // Frozen: every later version's date annotations share it as their attributes (annotations.ts).
    const resolved = Object.freeze(resolveDate(spec, documentDate?.date, documentDate?.source));
    this.resolvedDates.set(spec, { key, resolved });
    return resolved;
  }

  /** An editor's change to a document whose spans are kept: its next split compares no text. */
  noteEdit(document: string, from: number, to: number, inserted: number, lengthBefore: number, versions?: { before: number; after: number }): void {
    this.spanIndexes.get(document)?.noteEdit(from, to, inserted, lengthBefore, versions);
  }

  /** Word forms in the model's score cache (each ~1 KB: its features, list marks and scores). */
  wordCacheSize(): number {
    return wordScoresSize(this.model);
  }

  /** Bounds the model's score cache to `keep` of the words that recurred (they are scored again when met): tagging results do not change. */
  trimWordCache(keep: number): void {
    trimWordScores(this.model, keep);
  }

  /** Drops what is kept for a document's next version (it was closed): its passes hold its whole token list. */
  forget(document: string): void {
    this.structures.delete(document);
    this.links.delete(document);
    this.spanIndexes.delete(document);
    this.attributions.delete(document);
  }

  /**
   * The passes that both the spans and the full analysis need: paragraphs tagged, tokens in document
   * order, entities linked, quotation marks paired. Kept for the last text of each document, so the
   * full analysis after a spans request on the same version does not link again.
   */
  private structure(text: TextLike, opts: AnalysisOptions): Structure {
    const key = opts.document ?? '';
    const last = this.structures.get(key);
    if (last && last.text === text) return last;
    if (opts.document !== undefined) return this.documentStructure(text, opts);
    const paras = paragraphs(text.toString());
    const tokens: Token[] = [];
    const tagged: Array<ParagraphTags & { text: string; base: number }> = [];
    this.paras.fit(paras.length, text.length);
    const candidates: DateCandidate[] = [];
    for (const p of paras) {
      // One analysis (no document to keep it for): Token objects, made once for linking and the passes both (analysed
      // once, those tagging made; else from the cached tagging).
      const { r, tags } = this.paras.withTokens(p.text, p.base);
      // A loop, not push(...): spreading a huge paragraph's tokens overflows the call stack.
      for (const t of tags.tokens) tokens.push(t);
      tagged.push({ text: r.text, base: r.base, ...tags });
      for (const d of r.dates) candidates.push(d);
    }
    const entities = linkEntities(tagged, this.model.lexicon, this.once ? undefined : this.linkMemo(key));
    return this.keep(key, { text, tokens, passTokens: new ArrayTokens(tokens), entities, order: mentionOrder(entities), candidates, ...pairQuoteMarks(paras), tokenAt: tokenIndex(tokens) });
  }

  /**
   * An open document's structure from the spans kept for it (its paragraphs, taggings, links and quote pairs, updated
   * around the edit): each paragraph's tokens are read where it is now (they are relative to the paragraph, so a
   * paragraph that moved shares them as they are), and only the dates of a moved paragraph are shifted. Shifting every
   * moved tagging in the analyzer's cache (its mentions too: half a document's after a random edit) was the largest
   * cost of the structure after an edit, and the kept spans and their entities read each tagging in its own frame.
   */
  private documentStructure(text: TextLike, opts: AnalysisOptions): Structure {
    const key = opts.document!;
    this.spanSnapshot(text, opts);
    const index = this.spanIndexes.get(key)!;
    const { paras, tags, pairs, problems } = index.lastVersion()!;
    const placed: Array<{ words: Tagged['words']; base: number }> = [];
    const dateLists: DateCandidate[][] = [];
    for (let i = 0; i < paras.length; i++) {
      const tag = tags[i], base = paras[i].base;
      placed.push(tag.base === base ? tag : { words: tag.words, base });
      if (tag.dates.length) dateLists.push(tag.base === base ? tag.dates : movedDates(tag.dates, base - tag.base));
    }
    // The version's tokens as columns: no Token object is kept per token (documentTokens.ts).
    const columns = new DocumentTokens(placed);
    return this.keep(key, { text, tokens: tokenView(columns), passTokens: columns, ...index.entities(), candidates: joined(dateLists), pairs, problems, tokenAt: (offset) => columns.at(offset) });
  }

  /** One structure per open document (the link memos bound the documents): a superseded version's is replaced. */
  private keep(key: string, s: Structure): Structure {
    if (this.once) return s;
    this.structures.set(key, s);
    if (this.structures.size > LINK_MEMOS) this.structures.delete(this.structures.keys().next().value!);
    return s;
  }

  /**
   * The spans of `text` as analyze() would give them (same kinds, labels, offsets and order), without
   * the work only details need: speakers, fine types, date values, texts. What semantic tokens draw.
   */
  spans(text: TextLike, opts: AnalysisOptions = {}): SpanAnnotation[] {
    return this.spanSnapshot(text, opts).annotations();
  }

  /** The spans of `text` on its own (a few lines of a larger document, say), by line; nothing is kept for a next version. */
  spansAlone(text: string): SpanSnapshot {
    return new SpanIndex(this.model.lexicon, (t, base) => this.paras.at(t, base), (t) => this.paras.get(t)).spans(text);
  }

  /** The same spans by line, kept for the document's next version: an edit re-links and re-classifies only around it. */
  spanSnapshot(text: TextLike, opts: AnalysisOptions = {}): SpanSnapshot {
    const index = recentEntry(this.spanIndexes, opts.document ?? '', () => new SpanIndex(this.model.lexicon, (t, base) => this.paras.at(t, base), (t) => this.paras.get(t)));
    // The same text asked again is answered as it was: no paragraph split or compare to size the word cache.
    if (!index.answers(text)) this.paras.fit(index.prepare(text, opts.version).paras.length, text.length);
    return index.spans(text, opts.version);
  }

  /** `given`: a string, or a server document's pieces (the passes after an edit then read only around it; these join them once). */
  analyze(given: TextLike, opts: AnalysisOptions = {}): Analysis {
    const structure = this.structure(given, opts);
    const text = given.toString();
    const { entities: linked, order, candidates, pairs, problems, tokenAt } = structure;
    const tokens = structure.passTokens;
    // Fine types are set on the entities: copies, so the structure kept for the spans stays as linking left it.
    const entities = linked.map((e) => ({ ...e }));
    for (const e of entities) { const type = fineType(e, tokens, tokenAt); if (type) e.type = type; }
    const quotations = attributeQuotations(pairs, { tokens, tokenAt, entities, text, memo: this.attributionMemo(opts.document), order });
    const documentDate = opts.referenceDate ?? detectDocumentDate(text);
    const dateKey = documentDate ? `${documentDate.date.year}-${documentDate.date.month}-${documentDate.date.day}|${documentDate.source}` : '';
    const dates = candidates.map((c) => ({ ...c, resolved: this.resolved(c.spec, dateKey, documentDate) }));
    return { text, tokens: structure.tokens, entities, quotations, dates, problems, documentDate, annotations: toAnnotations(text, entities, quotations, dates, opts.review, order) };
  }
}
