// Spans of one document kept between its versions: after an edit only the changed paragraphs are linked
// again (unless a name's vote changed) and quotations are classified again only around the change.
import { DateCandidate } from './dates';
import { EntityMention } from './entities';
import { Lexicon } from './clitics';
import type { Entity } from './linking';
import type { MentionOrder } from './mentionOrder';
import { VersionEntities } from './versionEntities';
import { hasAny, keyHashes, link, Linked, MAX_CHANGED_KEYS } from './paragraphLinks';
import { LinkIndex } from './linkIndex';
import { QueryCounts } from './queryCounts';
import { countMemo } from './countMemo';
import { QuotePair, QuoteProblem } from './quoteMarks';
import { allPairs, classifyAll, pairsAround, quotesAround } from './quoteWindow';
import { Paragraph, paragraphs, splitAgainst, splitAround } from './paragraphSplit';
import type { ParagraphTokens } from './paragraphTokens';
import type { SpanAnnotation } from './annotations';
import { assembleLines, Lines } from './spanLines';
export type { LineSpans, Lines } from './spanLines';
import type { TextLike } from './pieceText';

/** One paragraph's tagging; offsets in its own frame: `base` is where its first character was when it was tagged. */
export interface Tagged {
  /** The paragraph's own copy of its text (not a view into a version's whole text). */
  text: string;
  base: number;
  /** Its tokens, stems and prefixes, compact (offsets relative to the paragraph: a moved paragraph shares them). */
  words: ParagraphTokens;
  mentions: EntityMention[];
  dates: DateCandidate[];
}

/**
 * One version's spans by line: each paragraph is one editor line (both split at LF, CRLF and a bare CR). A line's
 * `spans` object is the last version's while neither its text nor its linking changed.
 */
export interface SpanSnapshot {
  lines: Lines;
  /** Quotations, with document offsets, in document order. */
  quotes: ReadonlyArray<{ start: number; end: number }>;
  /** Every span with document offsets, in the order the analysis gives its annotations (built at each call). */
  annotations(): SpanAnnotation[];
  /**
   * The last version's lines this one has as they were: its first `head` lines (the same spans objects, starts and
   * lengths) and its last `tail` (starts moved by the change in length). Absent when not known (then compare all).
   */
  shares?: { lines: Lines; head: number; tail: number };
}

interface Version {
  /** The editor's version number of the text, when the caller gave it. */
  version?: number;
  /** The version's paragraphs, each text the tagging's own copy (a view would keep that version's whole text alive). */
  paras: Paragraph[];
  tags: Tagged[];
  linked: Linked[];
  textLength: number;
  quotes: Array<{ start: number; end: number }>;
  pairs: QuotePair[];
  problems: QuoteProblem[];
  /** No pair's close is further than this from its open (quoteWindow.ts reads only the pairs near an edit). */
  span: number;
  /** 1 for a line whose spans order entities tied at one offset by the document's first mentions (made again after an edit). */
  ties: Uint8Array;
}

/**
 * Every kept paragraph still reads the same in `text`: the editor's reports say where to look, this check that they
 * were right costs one string comparison per paragraph (about a millisecond per million characters), no diff.
 */
function keptMatch({ paras, head, tail }: { paras: Paragraph[]; head: number; tail: number }, text: TextLike): boolean {
  const same = (p: Paragraph) => text.startsWith(p.text, p.base) && (p.base + p.text.length === text.length || text.charCodeAt(p.base + p.text.length) === 10 || text.charCodeAt(p.base + p.text.length) === 13);
  for (let i = 0; i < head; i++) if (!same(paras[i])) return false;
  for (let i = paras.length - tail; i < paras.length; i++) if (!same(paras[i])) return false;
  return true;
}

export class SpanIndex {
  private last: Version | undefined;
  private links: LinkIndex | undefined;
  /** How many of the last version's paragraphs read each key (its links' `queried`). */
  private reads = new QueryCounts();
  /** Builds the entities of each version (keeps each key's slot between versions). */
  private readonly built = new VersionEntities();
  /** Training-text count of a word, as linkEntities asks it (repeatSlots.ts): kept by word for the document's next versions. */
  private readonly count: (norm: string) => number;

  /**
   * `placed` tags a paragraph at a document offset (or shifts the analyzer's cached tagging there); `current` is the
   * analyzer's cached tagging of a text, in whatever frame, kept instead of an older frame so only one copy lives.
   */
  constructor(private readonly lexicon: Lexicon, private readonly placed: (text: string, base: number) => Tagged, private readonly current: (text: string) => Tagged | undefined) {
    this.count = countMemo(lexicon);
  }

  private prepared: { text: TextLike; against: Version | undefined; paras: Paragraph[]; head: number; tail: number } | undefined;

  /**
   * Where the text changed since the last version, as the editor reported it: null once a report did not fit. `chain`
   * (versions from the last one's to the newest, `batch` the version the newest changes were made to) is null once a
   * report came without versions or out of turn.
   */
  private edits: { prefix: number; suffix: number; length: number; chain: { from: number; batch: number; to: number } | null | undefined } | null | undefined;

  /**
   * One change the editor made since the last version: [from, to) of a text `lengthBefore` long replaced by `inserted`
   * characters; `versions`: the document's version the change was made to and the one it leads to.
   */
  noteEdit(from: number, to: number, inserted: number, lengthBefore: number, versions?: { before: number; after: number }): void {
    if (!this.last || this.edits === null) return;
    const e = this.edits ?? { prefix: Infinity, suffix: Infinity, length: this.last.textLength, chain: undefined };
    if (lengthBefore !== e.length || from < 0 || to < from || to > lengthBefore) { this.edits = null; return; }
    e.prefix = Math.min(e.prefix, from);
    e.suffix = Math.min(e.suffix, lengthBefore - to);
    e.length = lengthBefore - (to - from) + inserted;
    const c = e.chain;
    if (!versions || c === null) e.chain = null;
    // The first change since the last version, the first of a next batch, or one more of the same batch.
    else if (c === undefined) e.chain = this.last.version === versions.before ? { from: versions.before, batch: versions.before, to: versions.after } : null;
    else if (versions.before === c.to) e.chain = { from: c.from, batch: versions.before, to: versions.after };
    else if (versions.before !== c.batch || versions.after !== c.to) e.chain = null;
    this.edits = e;
  }

  /**
   * The version's paragraphs and how many at either end are the last version's (kept for spans() on the same text).
   * `version`: the editor's number for `text`; reports that lead from the last version's number to it are trusted
   * without reading the kept paragraphs again (the editor's text is those changes applied).
   */
  prepare(text: TextLike, version?: number): { paras: Paragraph[]; head: number; tail: number } {
    const prev = this.last;
    if (this.prepared && this.prepared.against === prev && this.prepared.text === text) return this.prepared;
    const e = this.edits;
    // Where the editor said it changed, no text is compared; without its word (or when it does not add up), the texts are.
    const around = prev && e && e.length === text.length ? splitAround(prev.paras, prev.textLength, text, e.prefix, e.suffix) : undefined;
    // Reports that add up to this length for a text that is not the version they lead to must not keep stale paragraphs:
    // checked unless they lead, version by version, to this text's version (a check is ~15 ms at 5 M characters).
    const chained = version !== undefined && !!e?.chain && e.chain.to === version;
    const hinted = around && (chained || keptMatch(around, text)) ? around : undefined;
    const split = hinted ?? (prev ? splitAgainst(prev.paras, prev.textLength, text) : { paras: paragraphs(text.toString()), head: 0, tail: 0 });
    this.prepared = { text, against: prev, ...split };
    return split;
  }

  /** Whether spans(text) is the last answer again (the same text asked twice: its semantic tokens, then its full analysis). */
  answers(text: TextLike): boolean {
    return !!this.answer && this.answer.text === text && !!this.last;
  }

  spans(text: TextLike, version?: number): SpanSnapshot {
    // The same text asked again: the same answer, nothing compared but the string.
    if (this.answer && this.last && this.answer.text === text) {
      this.prepared = undefined;
      this.edits = undefined;
      // The full analysis shifted the cached taggings of moved paragraphs: holding the older copies would keep two.
      this.keepNewest(this.last.tags);
      return this.answer.snapshot;
    }
    const prev = this.last;
    const { paras, head, tail } = this.prepare(text, version);
    this.prepared = undefined;
    this.edits = undefined;
    const n = paras.length;
    const moved = prev ? prev.paras.length - n : 0;
    const old = (i: number) => (i < head ? i : i >= n - tail ? i + moved : -1);
    // The paragraphs tagged (or shifted) for this version: after an edit only theirs can be older than the analyzer's copy.
    const placedNow: Array<{ text: string; base: number }> = [];
    const placed = (t: string, base: number) => { placedNow.push({ text: t, base }); return this.placed(t, base); };
    // The kept paragraphs' taggings (and below their links and lines) are the last version's arrays cut and joined,
    // not walked one by one: at 5 M characters each walk was milliseconds per edit.
    const mid: Tagged[] = [];
    for (let i = head; i < n - tail; i++) mid.push(placed(paras[i].text, paras[i].base));
    const tags = prev ? prev.tags.slice(0, head).concat(mid, prev.tags.slice(prev.tags.length - tail)) : mid;
    if (!prev) { this.links = new LinkIndex(this.lexicon); this.reads = new QueryCounts(); }
    const maps = this.links!;
    const changed = prev ? maps.update(tags, prev.tags.slice(head, prev.tags.length - tail), mid) : maps.update(tags, [], tags);
    const changedHashes = changed.size && changed.size <= MAX_CHANGED_KEYS ? keyHashes(changed) : undefined;
    const gone = prev ? prev.linked.slice(head, prev.linked.length - tail) : [];
    // Whether a kept paragraph read a changed key: the counts less the paragraphs that left (a few), not every paragraph.
    const keptRead = (h: number) => { let c = this.reads.get(h); for (const l of gone) if (hasAny(l.queried, Int32Array.of(h))) c--; return c > 0; };
    const keepAll = prev && (!changed.size || (changedHashes && !changedHashes.some(keptRead)));
    let relinked = false;
    const linked = keepAll
      ? prev.linked.slice(0, head).concat(mid.map((r) => link(r, maps, this.count)), prev.linked.slice(prev.linked.length - tail))
      : tags.map((r, i) => {
        const o = old(i);
        const was = o >= 0 ? prev!.linked[o] : undefined;
        if (was && changed.size <= MAX_CHANGED_KEYS && (!changedHashes || !hasAny(was.queried, changedHashes))) return was;
        if (was) { relinked = true; this.reads.add(was.queried, -1); }
        const l = link(r, maps, this.count);
        if (was) this.reads.add(l.queried, 1);
        return l;
      });
    // The counts follow the paragraphs that left and came (those linked again in place were moved above).
    if (!prev) for (const l of linked) this.reads.add(l.queried, 1);
    else {
      for (const l of gone) this.reads.add(l.queried, -1);
      for (let i = head; i < n - tail; i++) this.reads.add(linked[i].queried, 1);
    }
    const { pairs, problems, change, span } = (prev && pairsAround(paras, prev, head, n - tail, text.length - prev.textLength)) ?? allPairs(paras, prev?.pairs.length ?? 0);
    // The changed paragraphs' last versions tell which of their sentences changed (a one-line article is one paragraph).
    const quotes = (prev && quotesAround(text, paras, tags, pairs, prev, head, n - tail, change, span, prev.tags.slice(head, prev.tags.length - tail))) ?? classifyAll(placed, text, paras, pairs);
    // Paragraphs split from this version's text are views into it: replaced by the tagging's own copy of their text
    // (in place: the split is this call's own array, its kept paragraphs the last version's objects, never changed).
    for (let i = head; i < n - tail; i++) paras[i] = { text: tags[i].text, base: paras[i].base };
    // Kept taggings that the analysis shifted since were swapped when it asked for the same text (above): after an
    // edit only those placed now can be stale here, so the whole list is not looked up again (~15,000 lookups at 5 M).
    if (prev) this.keepPlaced(tags, paras, placedNow);
    else this.keepNewest(tags);
    const lastLines = prev && this.answer?.snapshot.lines;
    const kept = prev && lastLines ? { lines: lastLines, linked: prev.linked, ties: prev.ties, head, tail, delta: text.length - prev.textLength, relinked } : undefined;
    const { snapshot, ties } = assembleLines(paras, tags, linked, quotes, kept);
    this.last = { version, paras, tags, linked, textLength: text.length, quotes, pairs, problems, span, ties };
    this.answer = { text, snapshot };
    return snapshot;
  }

  /** The analysis shifts cached taggings as paragraphs move (between two asks too): the newest frame is kept, the one held here let go. */
  private keepNewest(tags: Tagged[]): void {
    for (let i = 0; i < tags.length; i++) { const c = this.current(tags[i].text); if (c && c !== tags[i]) tags[i] = c; }
  }

  /** keepNewest() for the paragraphs placed at these offsets only (found by offset in `paras`, in document order). */
  private keepPlaced(tags: Tagged[], paras: Paragraph[], placed: ReadonlyArray<{ text: string; base: number }>): void {
    for (const { text, base } of placed) {
      let lo = 0, hi = paras.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (paras[mid].base < base) lo = mid + 1; else hi = mid; }
      if (lo >= paras.length || paras[lo].base !== base || tags[lo].text !== text) continue;
      const c = this.current(text);
      if (c && c !== tags[lo]) tags[lo] = c;
    }
  }

  /** The last answer and the text it was for (the version's own string: the editor's document holds it anyway). */
  private answer: { text: TextLike; snapshot: SpanSnapshot } | undefined;

  /**
   * The entities of the last version (the text of the last spans()), as linkEntities() gives them: in order of first
   * mention, each mention with document offsets. From the links kept here, so nothing is linked again.
   */
  entities(): { entities: Entity[]; order: MentionOrder } {
    const v = this.last;
    if (!v) return { entities: [], order: { mentions: [], entity: new Int32Array(0) } };
    return this.built.build(v.paras, v.linked, this.count);
  }

  /** The last version's paragraphs (each text the tagging's own copy), their taggings (in their own frames), quote pairs, the marks' problems and the quotations. */
  lastVersion(): { paras: ReadonlyArray<Paragraph>; tags: ReadonlyArray<Tagged>; pairs: QuotePair[]; problems: QuoteProblem[]; quotes: ReadonlyArray<{ start: number; end: number }> } | undefined {
    return this.last && { paras: this.last.paras, tags: this.last.tags, pairs: this.last.pairs, problems: this.last.problems, quotes: this.last.quotes };
  }

  forgetLast(): void {
    this.last = undefined;
    this.answer = undefined;
    this.links = undefined;
    this.reads = new QueryCounts();
    this.edits = undefined;
  }
}
