// Spans of one document kept between its versions: after an edit only the changed paragraphs are linked
// again (unless a name's vote changed) and quotations are classified again only around the change.
import { DateCandidate } from './dates';
import { EntityMention } from './entities';
import { Lexicon } from './clitics';
import { Entity, Entry, propagate } from './linking';
import { LinkIndex } from './linkIndex';
import { classifyQuotations } from './quotations';
import { pairQuoteMarks, QuotePair } from './quoteMarks';
import { Paragraph, paragraphs, splitAgainst, splitAround } from './paragraphSplit';
import { Token } from './tokenize';
import { EntityLabel } from './tagger';
import { SpanAnnotation, spansInOrder } from './annotations';

/** One paragraph's tagging; offsets in its own frame: `base` is where its first character was when it was tagged. */
export interface Tagged {
  /** The paragraph's own copy of its text (not a view into a version's whole text). */
  text: string;
  base: number;
  tokens: Token[];
  stems: string[];
  prefixes: string[];
  mentions: EntityMention[];
  dates: DateCandidate[];
}

/** One paragraph's linked mentions (in its tagging's frame, sorted), with every map key its linking read. */
interface Linked {
  /** The `base` of the tagging its entries were linked from (their offsets are in that frame). */
  frame: number;
  entries: Entry[];
  labels: EntityLabel[];
  /** The canonical key of each entry (its entity). */
  keys: string[];
  /** Sorted, unique: a change of any of these keys' states means linking this paragraph again. */
  queried: string[];
  /** Two entries start at one offset: their order is their entities' order of first mention. */
  ties: boolean;
  /** Its spans relative to the line, once asked for (not when `ties`: their order depends on other paragraphs). */
  line?: LineSpans;
}

/** Entity and date spans of one line (paragraph), relative to its start, in the analysis's order. Never changed once built. */
export interface LineSpans {
  /** Unique per object: what caches of work on a line key on. */
  id: number;
  spans: ReadonlyArray<{ kind: 'entity' | 'date'; label: SpanAnnotation['label']; start: number; end: number }>;
}

/**
 * One version's spans by line: each paragraph is one editor line (both split at LF, CRLF and a bare CR). A line's
 * `spans` object is the last version's while neither its text nor its linking changed.
 */
export interface SpanSnapshot {
  lines: ReadonlyArray<{ base: number; length: number; spans: LineSpans }>;
  /** Quotations, with document offsets, in document order. */
  quotes: ReadonlyArray<{ start: number; end: number }>;
  /** Every span with document offsets, in the order the analysis gives its annotations (built on first use). */
  annotations(): SpanAnnotation[];
}

let lineIds = 0;

interface Version {
  /** The version's paragraphs, each text the tagging's own copy (a view would keep that version's whole text alive). */
  paras: Paragraph[];
  tags: Tagged[];
  linked: Linked[];
  textLength: number;
  quotes: Array<{ start: number; end: number }>;
  pairs: QuotePair[];
}

/** What classification around an edit must see on each side: paragraphs with words, and tokens (a sentence start is searched ≤ 120 back). */
const REACH_PARAGRAPHS = 2;
const REACH_TOKENS = 160;
/** Quotation pairs this close (tokens) may decide each other (quoted names in a row, a cue after the previous one). */
const CHAIN_TOKENS = 130;
/** Every quotation mark pairQuoteMarks() knows, and more: a paragraph without any resets the pairing. */
const ANY_MARK = /[“”"«»‹›‘’„‟❝❞〝〞＂‚']/;
/** How far (paragraphs) the pairing window may grow to reach a paragraph that resets it; past this the whole document is paired. */
const MAX_PAIRING_REACH = 400;

/** More changed keys than this: every paragraph is linked again (cheaper than checking each). */
const MAX_CHANGED_KEYS = 64;

const hasAny = (sorted: string[], keys: Set<string>) => {
  for (const k of keys) {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < k) lo = mid + 1; else hi = mid; }
    if (lo < sorted.length && sorted[lo] === k) return true;
  }
  return false;
};

function link(r: Tagged, maps: LinkIndex): Linked {
  const seen = new Set<string>();
  const { canonical, labelOf } = maps;
  const votes = { has: maps.has };
  const entries = propagate(r, {
    canonical: { has: (k) => { seen.add(k); return canonical.has(k); }, get: (k) => { seen.add(k); return canonical.get(k); } },
    votes: { has: (k) => { seen.add(k); return votes.has(k); } },
    labelOf,
  });
  // Sorted by start, stably, as linkEntities sorts the document's mentions (paragraphs never overlap).
  entries.sort((a, b) => a.m.start - b.m.start);
  const keys = entries.map((x) => { seen.add(x.m.key); return canonical.get(x.m.key) ?? x.m.key; });
  let ties = false;
  for (let i = 1; i < entries.length; i++) if (entries[i].m.start === entries[i - 1].m.start && keys[i] !== keys[i - 1]) ties = true;
  return { frame: r.base, entries, labels: keys.map(labelOf), keys, queried: [...seen].sort(), ties };
}

/** The spans as the analysis orders its annotations: entities, then quotations, then dates, sorted by position. */
function annotationsOf(lines: SpanSnapshot['lines'], quotes: SpanSnapshot['quotes']): SpanAnnotation[] {
  const entities: Array<{ label: SpanAnnotation['label']; start: number; end: number }> = [];
  const dates: Array<{ type: DateCandidate['type']; start: number; end: number }> = [];
  for (const { base, spans } of lines.map((l) => ({ base: l.base, spans: l.spans.spans }))) {
    for (const x of spans) {
      if (x.kind === 'entity') entities.push({ label: x.label, start: base + x.start, end: base + x.end });
      else dates.push({ type: x.label as DateCandidate['type'], start: base + x.start, end: base + x.end });
    }
  }
  return spansInOrder(entities, quotes, dates);
}

/**
 * The quote pairs of the version from the last version's: the paragraphs around the changed ones [from, to) are
 * paired again, from just after a paragraph with words and no quotation mark (nothing is carried past it) to just
 * after the next such one. Undefined when no such paragraph is near.
 */
function pairsAround(paras: Paragraph[], prev: Version, from: number, to: number, delta: number): QuotePair[] | undefined {
  const n = paras.length;
  const resets = (i: number) => /\S/.test(paras[i].text) && !ANY_MARK.test(paras[i].text);
  let a = from;
  while (a > 0 && !resets(a - 1)) if (from - --a > MAX_PAIRING_REACH) return undefined;
  let b = to;
  while (b < n && !resets(b)) if (++b - to > MAX_PAIRING_REACH) return undefined;
  if (b < n) b++;
  const lo = paras[a].base;
  const hiNew = b < n ? paras[b].base : Infinity;
  const hiOld = hiNew - delta;
  const out: QuotePair[] = [];
  for (const p of prev.pairs) { if (p.open >= lo) break; out.push(p); }
  for (const p of pairQuoteMarks(paras.slice(a, b)).pairs) out.push(p);
  if (hiNew !== Infinity) for (const p of prev.pairs) if (p.open >= hiOld) out.push(delta ? { open: p.open + delta, close: p.close + delta, depth: p.depth } : p);
  return out;
}

export class SpanIndex {
  private last: Version | undefined;
  private links: LinkIndex | undefined;

  /**
   * `placed` tags a paragraph at a document offset (or shifts the analyzer's cached tagging there); `current` is the
   * analyzer's cached tagging of a text, in whatever frame, kept instead of an older frame so only one copy lives.
   */
  constructor(private readonly lexicon: Lexicon, private readonly placed: (text: string, base: number) => Tagged, private readonly current: (text: string) => Tagged | undefined) {}

  private prepared: { text: string; against: Version | undefined; paras: Paragraph[]; head: number; tail: number } | undefined;

  /** Where the text changed since the last version, as the editor reported it: null once a report did not fit. */
  private edits: { prefix: number; suffix: number; length: number } | null | undefined;

  /** One change the editor made since the last version: [from, to) of a text `lengthBefore` long replaced by `inserted` characters. */
  noteEdit(from: number, to: number, inserted: number, lengthBefore: number): void {
    if (!this.last || this.edits === null) return;
    const e = this.edits ?? { prefix: Infinity, suffix: Infinity, length: this.last.textLength };
    if (lengthBefore !== e.length || from < 0 || to < from || to > lengthBefore) { this.edits = null; return; }
    e.prefix = Math.min(e.prefix, from);
    e.suffix = Math.min(e.suffix, lengthBefore - to);
    e.length = lengthBefore - (to - from) + inserted;
    this.edits = e;
  }

  /** The version's paragraphs and how many at either end are the last version's (kept for spans() on the same text). */
  prepare(text: string): { paras: Paragraph[]; head: number; tail: number } {
    const prev = this.last;
    if (this.prepared && this.prepared.against === prev && this.prepared.text === text) return this.prepared;
    const e = this.edits;
    // Where the editor said it changed, no text is compared; without its word (or when it does not add up), the texts are.
    const hinted = prev && e && e.length === text.length ? splitAround(prev.paras, prev.textLength, text, e.prefix, e.suffix) : undefined;
    const split = hinted ?? (prev ? splitAgainst(prev.paras, prev.textLength, text) : { paras: paragraphs(text), head: 0, tail: 0 });
    this.prepared = { text, against: prev, ...split };
    return split;
  }

  spans(text: string): SpanSnapshot {
    const prev = this.last;
    const { paras, head, tail } = this.prepare(text);
    this.prepared = undefined;
    this.edits = undefined;
    const n = paras.length;
    const moved = prev ? prev.paras.length - n : 0;
    const old = (i: number) => (i < head ? i : i >= n - tail ? i + moved : -1);
    const tags = paras.map((p, i) => (old(i) >= 0 ? prev!.tags[old(i)] : this.placed(p.text, p.base)));
    if (!prev) this.links = new LinkIndex(this.lexicon);
    const maps = this.links!;
    const changed = prev ? maps.update(tags, prev.tags.slice(head, prev.tags.length - tail), tags.slice(head, n - tail)) : maps.update(tags, [], tags);
    const linked = tags.map((r, i) => {
      const o = old(i);
      const was = o >= 0 ? prev!.linked[o] : undefined;
      return was && changed.size <= MAX_CHANGED_KEYS && (!changed.size || !hasAny(was.queried, changed)) ? was : link(r, maps);
    });
    const pairs = (prev && pairsAround(paras, prev, head, n - tail, text.length - prev.textLength)) ?? pairQuoteMarks(paras).pairs;
    const quotes = (prev && this.around(text, paras, tags, pairs, prev, head, n - tail)) ?? this.classifyAll(text, paras, pairs);
    // Paragraphs split from this version's text are views into it: replaced by the tagging's own copy of their text.
    const own = paras.map((p, i) => (i < head || i >= n - tail ? p : { text: tags[i].text, base: p.base }));
    // The analysis shifts cached taggings as paragraphs move: the newest frame is kept, the one held here let go.
    for (let i = 0; i < n; i++) { const c = this.current(tags[i].text); if (c && c !== tags[i]) tags[i] = c; }
    this.last = { paras: own, tags, linked, textLength: text.length, quotes, pairs };
    return this.assemble(paras, tags, linked, quotes);
  }

  /**
   * The entities of the last version (the text of the last spans()), as linkEntities() gives them: in order of first
   * mention, each mention with document offsets. From the links kept here, so nothing is linked again.
   */
  entities(): Entity[] {
    const v = this.last;
    if (!v) return [];
    const byKey = new Map<string, Entity>();
    const entities: Entity[] = [];
    for (let i = 0; i < v.paras.length; i++) {
      const l = v.linked[i];
      const by = v.paras[i].base - l.frame;
      for (let k = 0; k < l.entries.length; k++) {
        const { m, propagated } = l.entries[k];
        const key = l.keys[k];
        let e = byKey.get(key);
        if (!e) {
          e = { id: `e${entities.length + 1}`, label: l.labels[k], key, mentions: [] };
          byKey.set(key, e);
          entities.push(e);
        }
        // Field by field in linkEntities()'s order (exports serialise mentions).
        e.mentions.push({ label: e.label, start: m.start + by, end: m.end + by, key: m.key, confidence: m.confidence, firstToken: m.firstToken, lastToken: m.lastToken, entityId: e.id, propagated });
      }
    }
    return entities;
  }

  forgetLast(): void {
    this.last = undefined;
    this.links = undefined;
    this.edits = undefined;
  }

  /** The version's spans by line; entities of a line in their analysis order (of mentions at one offset, the entity first mentioned first). */
  private assemble(paras: Array<{ text: string; base: number }>, tags: Tagged[], linked: Linked[], quotes: Array<{ start: number; end: number }>): SpanSnapshot {
    let rank: Map<string, number> | undefined;
    const lines = paras.map((p, i) => {
      const l = linked[i];
      const r = tags[i];
      if (l.line && !l.ties) return { base: p.base, length: p.text.length, spans: l.line };
      let order = l.entries.map((_, k) => k);
      if (l.ties) {
        rank ??= this.firstMentions(linked);
        const known = rank;
        order = order.sort((a, b) => l.entries[a].m.start - l.entries[b].m.start || known.get(l.keys[a])! - known.get(l.keys[b])!);
      }
      const spans: Array<LineSpans['spans'][number]> = [];
      for (const k of order) spans.push({ kind: 'entity', label: l.labels[k], start: l.entries[k].m.start - l.frame, end: l.entries[k].m.end - l.frame });
      for (const d of r.dates) spans.push({ kind: 'date', label: d.type, start: d.start - r.base, end: d.end - r.base });
      // Of spans at one place the longer first, entities before dates (the annotations' order).
      spans.sort((a, b) => a.start - b.start || b.end - a.end);
      const line: LineSpans = { id: ++lineIds, spans };
      if (!l.ties) l.line = line;
      return { base: p.base, length: p.text.length, spans: line };
    });
    let all: SpanAnnotation[] | undefined;
    return { lines, quotes, annotations: () => (all ??= annotationsOf(lines, quotes)) };
  }

  private firstMentions(linked: Linked[]): Map<string, number> {
    const rank = new Map<string, number>();
    for (const l of linked) for (const k of l.keys) if (!rank.has(k)) rank.set(k, rank.size);
    return rank;
  }

  private classifyAll(text: string, paras: Array<{ text: string; base: number }>, pairs: QuotePair[]): Array<{ start: number; end: number }> {
    return this.classify(text, paras, pairs, 0, paras.length);
  }

  /** Classifies the pairs inside paragraphs [a, b) from those paragraphs' tokens alone. */
  private classify(text: string, paras: Array<{ text: string; base: number }>, pairs: QuotePair[], a: number, b: number): Array<{ start: number; end: number }> {
    if (!pairs.length) return [];
    const tokens: Token[] = [];
    for (let i = a; i < b; i++) {
      const r = this.placed(paras[i].text, paras[i].base);
      for (const t of r.tokens) tokens.push(t);
    }
    const starts = new Float64Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) starts[i] = tokens[i].start;
    const tokenAt = (offset: number) => { let lo = 0, hi = starts.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < offset) lo = mid + 1; else hi = mid; } return lo; };
    // Whether a pair is speech reads tokens and earlier pairs, never entities (quotations.ts).
    return classifyQuotations(pairs, { tokens, tokenAt, entities: [], text }).map((q) => ({ start: q.start, end: q.end }));
  }

  /**
   * The quotations of the version from the last version's, classifying again only the pairs near the changed
   * paragraphs [from, to); undefined when the pairs away from the change are not the last version's shifted.
   */
  private around(text: string, paras: Array<{ text: string; base: number }>, tags: Tagged[], pairs: QuotePair[], prev: Version, from: number, to: number): Array<{ start: number; end: number }> | undefined {
    const n = paras.length;
    const delta = text.length - prev.textLength;
    const startOf = (i: number) => (i < n ? paras[i].base : Infinity);
    // Global token index of an offset (for distances between pairs).
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + tags[i].tokens.length;
    const paraOf = (offset: number) => { let lo = 0, hi = n; while (lo < hi) { const mid = (lo + hi) >> 1; if (paras[mid].base <= offset) lo = mid + 1; else hi = mid; } return Math.max(0, lo - 1); };
    const tokenIndex = (offset: number) => {
      const i = paraOf(offset);
      const r = tags[i];
      const rel = offset - paras[i].base + r.base;
      let lo = 0, hi = r.tokens.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (r.tokens[mid].start < rel) lo = mid + 1; else hi = mid; }
      return cum[i] + lo;
    };
    const reachLeft = (a: number) => { let words = 0, toks = 0; while (a > 0 && (words < REACH_PARAGRAPHS || toks < REACH_TOKENS)) { a--; const k = tags[a].tokens.length; if (k) words++; toks += k; } return a; };
    const reachRight = (b: number) => { let words = 0, toks = 0; while (b < n && (words < REACH_PARAGRAPHS || toks < REACH_TOKENS)) { const k = tags[b].tokens.length; if (k) words++; toks += k; b++; } return b; };
    // The last version's pairs in this version's offsets; those inside the changed stretch are put at its start.
    const cs = startOf(from), ceOld = startOf(to) - delta;
    const map = (x: number) => (x < cs ? x : x >= ceOld ? x + delta : cs);
    const olds = prev.pairs.map((p) => ({ open: map(p.open), close: map(p.close), depth: p.depth }));
    const chained = (p: QuotePair, q: QuotePair) => tokenIndex(q.open) - tokenIndex(p.close) <= CHAIN_TOKENS;
    /** Widens [a, b) until no pair crosses its ends; `chains` also takes in pairs that may decide or be decided by one inside. */
    const settle = (a: number, b: number, lists: QuotePair[][], chainLeft: boolean, chainRight: boolean): [number, number] => {
      for (let again = true; again;) {
        again = false;
        const lo = startOf(a), hi = startOf(b);
        for (const list of lists) {
          for (const p of list) {
            if (p.open < lo && p.close >= lo) { const i = paraOf(p.open); if (i < a) { a = i; again = true; } }
            if (p.open < hi && p.close >= hi) { const i = paraOf(p.close) + 1; if (i > b) { b = i; again = true; } }
          }
          for (let k = 1; k < list.length; k++) {
            const p = list[k - 1], q = list[k];
            if (chainRight && p.open >= lo && p.open < hi && q.open >= hi && chained(p, q)) { const i = paraOf(q.close) + 1; if (i > b) { b = i; again = true; } }
            if (chainLeft && q.open >= lo && q.open < hi && p.open < lo && chained(p, q)) { const i = paraOf(p.open); if (i < a) { a = i; again = true; } }
          }
        }
        if (again) { a = reachLeft(a); b = reachRight(b); }
      }
      return [a, b];
    };
    const [ia, ib] = settle(reachLeft(from), reachRight(to), [pairs, olds], false, true);
    const lo = startOf(ia), hi = startOf(ib);
    const outside = (p: QuotePair) => p.open < lo || p.open >= hi;
    const keptNew = pairs.filter(outside);
    const keptOld = olds.filter(outside);
    if (keptNew.length !== keptOld.length || keptNew.some((p, k) => p.open !== keptOld[k].open || p.close !== keptOld[k].close || p.depth !== keptOld[k].depth)) return undefined;
    const [oa, ob] = settle(reachLeft(ia), reachRight(ib), [pairs], true, false);
    const inner = this.classify(text, paras, pairs.filter((p) => p.open >= startOf(oa) && p.open < startOf(ob)), oa, ob).filter((q) => q.start >= lo && q.start < hi);
    const out: Array<{ start: number; end: number }> = [];
    const hiOld = hi === Infinity ? Infinity : hi - delta;
    for (const q of prev.quotes) if (q.start < lo) out.push(q);
    for (const q of inner) out.push(q);
    for (const q of prev.quotes) if (q.start >= hiOld) out.push({ start: q.start + delta, end: q.end + delta });
    return out;
  }
}
