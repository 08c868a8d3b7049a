// One analysis (and one set of semantic-token blocks) per document version, computed on first use; decides which documents are Arabic articles.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer, Annotation } from './engine/analysis';
import { toAnnotations } from './engine/annotations';
import { SpanSnapshot } from './engine/spanIndex';
import { TokenBlock, tokenBlocks } from './features/tokenBlocks';
import { parseIsoDate } from './engine/hijri';
import { arabicRatio } from './engine/normalize';
import { Settings } from './settings';
import { applyDecisions } from './engine/decisions';
import { SidecarStore } from './sidecarStore';
import { ParallelTagging } from './parallelTagging';
import { textOf } from './pieceDocument';

/**
 * The model's word-score cache is bounded here, not by the tagger: a large article fills it with every word form it
 * uses (20 000 at 1 M characters, ~20 MB of features and scores), which only tagging new paragraphs reads again. Past
 * WORD_CACHE_LIMIT forms it keeps WORD_CACHE_KEEP of those that recurred (function words, the story's names).
 */
export const WORD_CACHE_LIMIT = 6000;
export const WORD_CACHE_KEEP = 2000;

export type Eligibility = { ok: true } | { ok: false; reason: string };

export class AnalysisStore {
  /** Per document, its last analysed version: `bare` is the analysis without annotations (decisions not applied), `analysis` with the decided ones. */
  private readonly results = new Map<string, { version: number; date: string; bare: Analysis; reviewVersion: number; analysis: Analysis }>();
  private readonly tokenResults = new Map<string, { version: number; snapshot: SpanSnapshot; reviewVersion: number; blocks: TokenBlock[] }>();
  /** Documents whose tokens were computed for some version (an older version's entry is dropped, this is not). */
  private readonly tokened = new Set<string>();
  /** Documents tagged whole for some version with the current model (later versions have few new paragraphs). */
  private readonly warmed = new Set<string>();
  constructor(
    /** The active model's analyzer: it changes when the model is updated or reset (the store is cleared then). */
    private readonly analyzer: () => Analyzer,
    private readonly settingsFor: (uri: string) => Settings,
    private readonly sidecars: SidecarStore,
    /** Tags a large document's new paragraphs with a worker thread too (none: one thread). */
    private readonly parallel?: ParallelTagging,
  ) {}

  /** Arabic-news documents always; plain text only when mostly Arabic; nothing above the size limit. */
  eligibility(doc: TextDocument): Eligibility {
    const s = this.settingsFor(doc.uri);
    const text = textOf(doc);
    if (text.length > s.maxDocumentSizeMB * 1024 * 1024) return { ok: false, reason: `document is larger than arabicNews.maxDocumentSizeMB (${s.maxDocumentSizeMB} MB)` };
    if (doc.languageId === 'arabic-news') return { ok: true };
    if (!s.enablePlaintext) return { ok: false, reason: 'plain-text analysis is disabled (arabicNews.enablePlaintext)' };
    return arabicRatio(text) >= s.arabicThreshold ? { ok: true } : { ok: false, reason: 'not an Arabic article' };
  }

  /** The analysis of this exact version with the annotator's decisions applied, or undefined when not analysed. */
  get(doc: TextDocument): Analysis | undefined {
    const cached = this.results.get(doc.uri);
    const reviewVersion = this.sidecars.version(doc.uri);
    // The article's own date (its sidecar) wins over the workspace setting: a folder holds articles of many days.
    const own = this.sidecars.documentDate(doc.uri) ?? '';
    const setting = this.settingsFor(doc.uri).documentDate;
    const dateKey = `${own}|${setting}`;
    if (cached && cached.version === doc.version && cached.date === dateKey && cached.reviewVersion === reviewVersion) return cached.analysis;
    if (!this.eligibility(doc).ok) return undefined;
    let base = cached && cached.version === doc.version && cached.date === dateKey ? cached.bare : undefined;
    let auto: Annotation[];
    if (base) {
      // The same annotations analyze() built (from the same entities, quotations and dates): not kept, see below.
      auto = toAnnotations(base.text, base.entities, base.quotations, base.dates, true);
    } else {
      const date = parseIsoDate(own) ?? parseIsoDate(setting);
      const source = parseIsoDate(own) ? 'the article\'s date (Set Document Date)' : 'setting arabicNews.documentDate';
      const analysed = this.analyzer().analyze(textOf(doc), { referenceDate: date ? { date, source } : undefined, document: doc.uri, version: doc.version, review: true });
      auto = analysed.annotations;
      // Kept without its annotations: the decided ones below are what features read, and a second list of every
      // annotation was 4 MB at 1 M characters. A new decision on this version builds them again (tens of ms at 1 M).
      base = { ...analysed, annotations: [] };
    }
    const analysis = { ...base, annotations: applyDecisions(auto, this.sidecars.decisions(doc.uri), base.text, true) };
    this.results.set(doc.uri, { version: doc.version, date: dateKey, bare: base, reviewVersion, analysis });
    this.dropOlder(this.tokenResults, doc);
    this.boundWordCache();
    return analysis;
  }

  /**
   * The semantic tokens of this exact version with the annotator's decisions applied, by block of lines. From the
   * spans the analyzer keeps between versions (no speakers, fine types or date values): an edit re-links,
   * re-classifies and re-encodes only around it; a new decision re-encodes only the lines it covers.
   */
  tokens(doc: TextDocument): TokenBlock[] | undefined {
    const known = this.tokenResults.get(doc.uri);
    const reviewVersion = this.sidecars.version(doc.uri);
    if (known && known.version === doc.version && known.reviewVersion === reviewVersion) return known.blocks;
    if (!this.eligibility(doc).ok) return undefined;
    const text = textOf(doc);
    const snapshot = known && known.version === doc.version ? known.snapshot : this.analyzer().spanSnapshot(text, { document: doc.uri, version: doc.version });
    // The last version's blocks: those the edit left as they were are kept, not built again.
    const blocks = tokenBlocks(snapshot, this.sidecars.decisions(doc.uri), text, known && { blocks: known.blocks, snapshot: known.snapshot });
    this.tokenResults.set(doc.uri, { version: doc.version, snapshot, reviewVersion, blocks });
    this.tokened.add(doc.uri);
    this.dropOlder(this.results, doc);
    this.boundWordCache();
    return blocks;
  }

  /** The version's kept spans (no speakers, fine types or date values: what tokens and the status figures read), or undefined when not analysed. */
  spans(doc: TextDocument): SpanSnapshot | undefined {
    const known = this.tokenResults.get(doc.uri);
    if (known && known.version === doc.version) return known.snapshot;
    if (!this.eligibility(doc).ok) return undefined;
    const snapshot = this.analyzer().spanSnapshot(textOf(doc), { document: doc.uri, version: doc.version });
    this.boundWordCache();
    return snapshot;
  }

  /** After tagging (here, or the server's warm-up on the same model): the word-score cache back within its bound (see WORD_CACHE_LIMIT). */
  boundWordCache(): void {
    const analyzer = this.analyzer();
    if (analyzer.wordCacheSize() > WORD_CACHE_LIMIT) analyzer.trimWordCache(WORD_CACHE_KEEP);
  }

  /** spans() after tagging new paragraphs in time slices; undefined when a newer version came meanwhile. */
  async spansAsync(doc: TextDocument, current: () => TextDocument | undefined): Promise<SpanSnapshot | undefined> {
    const known = this.tokenResults.get(doc.uri);
    if (known && known.version === doc.version) return known.snapshot;
    if (!await this.warm(doc, current)) return undefined;
    const now = current();
    return now && now.version === doc.version ? this.spans(now) : undefined;
  }

  /** Whether tokens were computed for some version of the document (then a new version re-tags only around its edits). */
  hasTokens(uri: string): boolean {
    return this.tokened.has(uri);
  }

  /**
   * An entry of an older version is never used again (both caches answer only their own version), but it holds
   * that version's paragraphs: an editor that asks for status and not tokens (VS Code between two token requests)
   * kept a second copy of every moved paragraph's tokens, 17 MB at 1 M characters.
   */
  private dropOlder(cache: Map<string, { version: number }>, doc: TextDocument): void {
    const old = cache.get(doc.uri);
    if (old && old.version !== doc.version) cache.delete(doc.uri);
  }

  /** tokens() after tagging new paragraphs in time slices, as getAsync() does; a cached answer reads nothing again. */
  async tokensAsync(doc: TextDocument, current: () => TextDocument | undefined): Promise<TokenBlock[] | undefined> {
    const known = this.tokenResults.get(doc.uri);
    if (known && known.version === doc.version && known.reviewVersion === this.sidecars.version(doc.uri)) return known.blocks;
    if (!await this.warm(doc, current)) return undefined;
    const now = current();
    return now ? this.tokens(now) : undefined;
  }

  /** Tags the version's new paragraphs in time slices; false when a newer version came meanwhile (or the document is not analysed). */
  private async warm(doc: TextDocument, current: () => TextDocument | undefined): Promise<boolean> {
    if (!this.eligibility(doc).ok) return false;
    const stale = () => current()?.version !== doc.version;
    // A document's first tagging (its open, or after the model changed): when large, a worker thread tags part of it;
    // what is left (nothing, unless the worker failed) is tagged here. After that an edit re-tags only around it.
    if (this.parallel && !this.warmed.has(doc.uri) && !await this.parallel.warm(this.analyzer(), doc.getText(), stale)) return false;
    const done = await this.analyzer().warm(textOf(doc), stale, { document: doc.uri, version: doc.version });
    if (done) this.warmed.add(doc.uri);
    return done && !!current();
  }

  /**
   * Like get(), but tags new paragraphs in time slices first, so requests for other documents
   * (and cancellations) are served while a large document is analysed.
   */
  async getAsync(doc: TextDocument, current: () => TextDocument | undefined): Promise<Analysis | undefined> {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return this.get(doc);
    if (!await this.warm(doc, current)) return undefined;
    const now = current();
    return now ? this.get(now) : undefined;
  }

  /** One change the editor made to an open document ([from, to) of a text `lengthBefore` long replaced by `inserted` characters), from version `before` to `after`. */
  edited(uri: string, from: number, to: number, inserted: number, lengthBefore: number, versions: { before: number; after: number }): void {
    this.analyzer().noteEdit(uri, from, to, inserted, lengthBefore, versions);
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.tokenResults.delete(uri);
    this.tokened.delete(uri);
    this.warmed.delete(uri);
    this.analyzer().forget(uri);
  }

  clear(): void {
    this.results.clear();
    this.tokenResults.clear();
    this.tokened.clear();
    this.warmed.clear();
  }
}
