// Quotations of a new version from the last one's: quote marks paired again, and pairs classified again, only in a
// window of paragraphs around the change wide enough that everything outside it reads the same as before.
import type { TextLike } from './pieceText';
import { Paragraph } from './paragraphSplit';
import { classifyQuotations } from './quotations';
import { pairQuoteMarks, QuotePair, QuoteProblem } from './quoteMarks';
import type { Tagged } from './spanIndex';
import { paragraphUnits, sentenceUnits, Units } from './quoteUnits';
import { DocumentTokens } from './documentTokens';

type Span = { start: number; end: number };
/** A list of quote pairs read by index (the last version's are read moved into this version's offsets). */
interface Pairs { count: number; open(k: number): number; close(k: number): number; depth(k: number): number; span: number }
/** Tags a paragraph at a document offset (the analyzer's cached tagging, shifted there if need be). */
type Placed = (text: string, base: number) => Tagged;
/** A paragraph's tokens (relative to it) and where it starts: all classifying reads of a tagging. */
type PlacedWords = Pick<Tagged, 'words' | 'base'>;
/**
 * What the last version left: its quote pairs (in pairQuoteMarks()' order, by opening mark), their problems and
 * quotations (document offsets), its length, and `span`: no pair's close is further than this past its open.
 */
export interface Kept { pairs: QuotePair[]; problems: QuoteProblem[]; quotes: Span[]; textLength: number; span: number }

/**
 * Which of a version's pairs are the last version's: pairs [0, w0) are its pairs [0, was0) as they were, pairs from w1
 * on its pairs from was1 on, moved by the change in length; [w0, w1) were paired again. Only that stretch is compared
 * with the last version's pairs: what lies outside it is equal by construction.
 */
export interface PairChange { w0: number; w1: number; was0: number; was1: number }

/** The longest distance from a pair's open to its close among pairs [from, to) (0 when none). */
export function pairSpan(pairs: readonly QuotePair[], from = 0, to = pairs.length): number {
  let span = 0;
  for (let k = from; k < to; k++) span = Math.max(span, pairs[k].close - pairs[k].open);
  return span;
}

/** Every pair of a version paired afresh: all of them changed from the last version's `before` pairs. */
export function allPairs(paras: Paragraph[], before: number): { pairs: QuotePair[]; problems: QuoteProblem[]; change: PairChange; span: number } {
  const { pairs, problems } = pairQuoteMarks(paras);
  return { pairs, problems, change: { w0: 0, w1: pairs.length, was0: 0, was1: before }, span: pairSpan(pairs) };
}

/**
 * The first of `count` pairs whose offset read by `at` (its open or close) is at `x` or after: pairs come by their open,
 * and by their close where no pair crosses `x` (those closing before it come first).
 */
function firstAt(at: (k: number) => number, count: number, x: number): number {
  let lo = 0, hi = count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at(mid) < x) lo = mid + 1; else hi = mid; }
  return lo;
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

/**
 * The quote pairs of the version (and the marks' problems, as pairQuoteMarks() lists them) from the last version's:
 * the paragraphs around the changed ones [from, to) are paired again, from just after a paragraph with words and no
 * quotation mark (nothing is carried past it) to just after the next such one. Undefined when no such paragraph is near.
 */
export function pairsAround(paras: Paragraph[], prev: Kept, from: number, to: number, delta: number): { pairs: QuotePair[]; problems: QuoteProblem[]; change: PairChange; span: number } | undefined {
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
  const problems: QuoteProblem[] = [];
  const window = pairQuoteMarks(paras.slice(a, b));
  // No pair crosses a paragraph that resets the pairing (in either version: both have it, unchanged): the pairs before
  // the window are those closing before it, those after it those closing after it (nothing crosses
  // its start, so the pairs closing before it come first).
  const close = (k: number) => prev.pairs[k].close;
  const was0 = firstAt(close, prev.pairs.length, lo);
  const was1 = hiNew === Infinity ? prev.pairs.length : firstAt(close, prev.pairs.length, hiOld);
  for (let k = 0; k < was0; k++) out.push(prev.pairs[k]);
  const w0 = out.length;
  for (const p of window.pairs) out.push(p);
  const w1 = out.length;
  for (let k = was1; k < prev.pairs.length; k++) { const p = prev.pairs[k]; out.push(delta ? { open: p.open + delta, close: p.close + delta, depth: p.depth } : p); }
  // Problems are listed paragraph by paragraph, each at a mark (and a fix) of its own paragraph: nothing crosses the window's ends.
  for (const q of prev.problems) { if (q.offset >= lo) break; problems.push(q); }
  for (const q of window.problems) problems.push(q);
  if (hiNew !== Infinity) for (const q of prev.problems) if (q.offset >= hiOld) problems.push(delta ? { ...q, offset: q.offset + delta, ...(q.fixAt !== undefined ? { fixAt: q.fixAt + delta } : {}) } : q);
  return { pairs: out, problems, change: { w0, w1, was0, was1 }, span: Math.max(prev.span, pairSpan(window.pairs)) };
}

/** Classifies every pair of the document. */
export function classifyAll(placed: Placed, text: TextLike, paras: Paragraph[], pairs: QuotePair[]): Span[] {
return classify((i) => placed(paras[i].text, paras[i].base), text, pairs, 0, paras.length);
}

/** Classifies the pairs inside paragraphs [a, b) from those paragraphs' tokens alone (`tagOf(i)`: paragraph i's, where it is now). */
function classify(tagOf: (i: number) => PlacedWords, text: TextLike, pairs: QuotePair[], a: number, b: number, known?: (open: number) => boolean | undefined): Span[] {
  if (!pairs.length) return [];
  const tags: PlacedWords[] = [];
  for (let i = a; i < b; i++) tags.push(tagOf(i));
  // Read from the taggings' columns (an open's first classification spans the whole document: no Token object each).
  const tokens = new DocumentTokens(tags);
  // Whether a pair is speech reads tokens and earlier pairs, never entities (quotations.ts).
  return classifyQuotations(pairs, { tokens, tokenAt: (offset) => tokens.at(offset), entities: [], text, known }).map((q) => ({ start: q.start, end: q.end }));
}

/**
 * The quotations of the version from the last version's, classifying again only the pairs near the changed
 * paragraphs [from, to) (near the changed sentences when one paragraph of them changed: `was`, their last versions);
 * undefined when the pairs away from the change are not the last version's shifted.
 */
export function quotesAround(text: TextLike, paras: Paragraph[], tags: Tagged[], pairs: QuotePair[], prev: Kept, from: number, to: number, change: PairChange, span: number, was?: readonly Tagged[]): Span[] | undefined {
  const units = (was && sentenceUnits(paras, tags, from, to, was)) || paragraphUnits(paras, tags, from, to);
  return around(text, paras, tags, pairs, prev, units, change, span);
}

/**
 * quotesAround() by units: paragraphs, or sentences of a changed one. Whether a pair is speech reads tokens at most
 * ~125 before its open (its sentence's start, 120 back at most; the token two before it or its cue), and after its
 * close the few up to the next sentence start and two past it: a window REACH_TOKENS wider on each side than what
 * changed (and cut at sentence starts) holds every read of a pair whose reading may change.
 */
function around(text: TextLike, paras: Paragraph[], tags: Tagged[], pairs: QuotePair[], prev: Kept, units: Units, change: PairChange, span: number): Span[] | undefined {
  const n = units.count;
  const { from, to } = units;
  const delta = text.length - prev.textLength;
  const startOf = units.start;
  // A kept paragraph that moved is read from its tagging's tokens at its new start: shifting a copy of the tagging
  // (its mentions and dates) for every paragraph of the window made one per moved paragraph per edit.
  const wordsAt = (i: number): PlacedWords => (tags[i].base === paras[i].base ? tags[i] : { words: tags[i].words, base: paras[i].base });
  const paraOf = units.unitOf;
  const before = units.before;
  /**
   * Tokens from offset `from` to `to` (their global token indices' difference), counted over the units between
   * and no further than `limit`: no document-wide count is made per edit (it read every paragraph's tokens).
   */
  const tokensBetween = (from: number, to: number, limit: number) => {
    const i = paraOf(from), j = paraOf(to);
    if (i >= j) return i === j ? before(j, to) - before(i, from) : -1;
    let d = units.tokens(i) - before(i, from);
    for (let k = i + 1; k < j && d <= limit; k++) d += units.tokens(k);
    return d + before(j, to);
  };
  const reachLeft = (a: number) => { let words = 0, toks = 0; while (a > 0 && (words < REACH_PARAGRAPHS || toks < REACH_TOKENS)) { a--; const k = units.tokens(a); if (k) words++; toks += k; } return a; };
  const reachRight = (b: number) => { let words = 0, toks = 0; while (b < n && (words < REACH_PARAGRAPHS || toks < REACH_TOKENS)) { const k = units.tokens(b); if (k) words++; toks += k; b++; } return b; };
  // The last version's pairs in this version's offsets; those inside the changed stretch are put at its start (read
  // where needed, not copied: a list of every pair per edit was most of this function's time at 5 M characters).
  const cs = startOf(from), ceOld = startOf(to) - delta;
  const map = (x: number) => (x < cs ? x : x >= ceOld ? x + delta : cs);
  const now: Pairs = { count: pairs.length, open: (k) => pairs[k].open, close: (k) => pairs[k].close, depth: (k) => pairs[k].depth, span };
  // Moved ends may lengthen a pair by the change in length; the stretch's ends put at its start only shorten one.
  const olds: Pairs = { count: prev.pairs.length, open: (k) => map(prev.pairs[k].open), close: (k) => map(prev.pairs[k].close), depth: (k) => prev.pairs[k].depth, span: prev.span + Math.max(0, delta) };
  const chained = (close: number, open: number) => tokensBetween(close, open, CHAIN_TOKENS) <= CHAIN_TOKENS;
  /** Pairs [k, to) of a list that open at or after `x` and before `y` (pairs come by their open: an outer one before those inside it). */
  const opening = (l: Pairs, x: number, y: number): [number, number] => [firstAt(l.open, l.count, x), y === Infinity ? l.count : firstAt(l.open, l.count, y)];
  /**
   * Widens [a, b) until no pair crosses its ends. Pairs come by their open and none spans more than its list's `span`:
   * only those opening near the ends are read. (Chains of close pairs are followed after classifying, below.)
   */
  const settle = (a: number, b: number, lists: Pairs[]): [number, number] => {
    for (let again = true; again;) {
      again = false;
      const lo = startOf(a), hi = startOf(b);
      for (const l of lists) {
        // Pairs that open before lo and close at or after it (hi likewise).
        const [c0, c1] = opening(l, lo - l.span - 1, lo);
        for (let k = c0; k < c1; k++) if (l.close(k) >= lo) { const i = paraOf(l.open(k)); if (i < a) { a = i; again = true; } }
        if (hi !== Infinity) {
          const [d0, d1] = opening(l, hi - l.span - 1, hi);
          for (let k = d0; k < d1; k++) if (l.close(k) >= hi) { const i = paraOf(l.close(k)) + 1; if (i > b) { b = i; again = true; } }
        }
      }
      if (again) { a = reachLeft(a); b = reachRight(b); }
    }
    return [a, b];
  };
  const [ia, ib0] = settle(reachLeft(from), reachRight(to), [now, olds]);
  const lo = startOf(ia);
  let ib = ib0, hi = startOf(ib);
  // The pairs outside [lo, hi) must be the last version's, moved: outside the stretch paired again they are (PairChange).
  const outside = (l: Pairs, k: number) => l.open(k) < lo || l.open(k) >= hi;
  let k = change.was0;
  for (let j = change.w0; j < change.w1; j++) {
    if (!outside(now, j)) continue;
    while (k < change.was1 && !outside(olds, k)) k++;
    if (k >= change.was1 || now.open(j) !== olds.open(k) || now.close(j) !== olds.close(k) || now.depth(j) !== olds.depth(k)) return undefined;
    k++;
  }
  while (k < change.was1 && !outside(olds, k)) k++;
  if (k < change.was1) return undefined;
  // Whether a pair was speech reads the last version's quotations (offsets before the changed paragraphs are as they were).
  const wasQuote = new Set<number>();
  for (const q of prev.quotes) wasQuote.add(q.start);
  const ce = startOf(to);
  /** The last version's reading of this version's pair j when it is that version's pair unmoved or shifted whole, else undefined. */
  const wasSpeech = (j: number): boolean | undefined => {
    const o = pairs[j].open, c = pairs[j].close;
    if (!(c < cs || o >= ce)) return undefined;
    const d = o >= ce ? delta : 0;
    const x = firstAt((i) => prev.pairs[i].open, prev.pairs.length, o - d);
    const p = prev.pairs[x];
    return p && p.close === c - d && p.open === o - d && p.depth === pairs[j].depth ? wasQuote.has(o - d) : undefined;
  };
  // Pairs before the window's own stretch keep their last reading, so what they leave for the pairs after them (quoted
  // names in a row) is as it was without reading further back. A pair after the stretch may read one inside it that is
  // this close: the stretch grows past it while the last pair whose reading changed is that close to the next one.
  let inner: Span[] = [];
  for (let round = 0; round <= n; round++) {
    const [oa, ob] = settle(reachLeft(ia), reachRight(ib), [now]);
    const os = startOf(oa), oe = startOf(ob);
    const near: QuotePair[] = [];
    const nearIndex: number[] = [];
    const [f0, f1] = opening(now, os, oe);
    for (let j = f0; j < f1; j++) { near.push(pairs[j]); nearIndex.push(j); }
    const given = new Map<number, boolean>();
    for (const j of nearIndex) if (pairs[j].open < lo) { const w = wasSpeech(j); if (w !== undefined) given.set(pairs[j].open, w); }
    const read = classify(wordsAt, text, near, units.para(oa), oa < ob ? units.para(ob - 1) + 1 : units.para(oa), (open) => given.get(open));
    const speech = new Set(read.map((q) => q.start));
    inner = read.filter((q) => q.start >= lo && q.start < hi);
    // The last pair of the stretch whose reading (or place) is not the last version's, and the first pair after it.
    let changedClose = -1, next = -1;
    for (const j of nearIndex) {
      const o = pairs[j].open;
      if (o >= hi) { if (next < 0 || o < pairs[next].open) next = j; continue; }
      if (o < lo) continue;
      if (wasSpeech(j) !== speech.has(o)) changedClose = Math.max(changedClose, pairs[j].close);
    }
    // Past the window: the first pair opening there.
    if (next < 0 && firstAt(now.open, now.count, hi) < now.count) next = firstAt(now.open, now.count, hi);
    if (changedClose < 0 || next < 0 || !chained(changedClose, pairs[next].open)) break;
    // Doubling the stretch keeps a long run of dependent pairs linear.
    ib = Math.max(paraOf(pairs[next].close) + 1, Math.min(n, ib + (ib - ia)));
    hi = startOf(ib);
  }
  const out: Span[] = [];
  const hiOld = hi === Infinity ? Infinity : hi - delta;
  for (const q of prev.quotes) if (q.start < lo) out.push(q);
  for (const q of inner) out.push(q);
  for (const q of prev.quotes) if (q.start >= hiOld) out.push({ start: q.start + delta, end: q.end + delta });
  return out;
}

