// Quotations of a new version from the last one's: quote marks paired again, and pairs classified again, only in a
// window of paragraphs around the change wide enough that everything outside it reads the same as before.
import type { TextLike } from './pieceText';
import { Paragraph } from './paragraphSplit';
import { classifyQuotations } from './quotations';
import { pairQuoteMarks, QuotePair, QuoteProblem } from './quoteMarks';
import type { Tagged } from './spanIndex';
import { tokenCount } from './paragraphTokens';
import { DocumentTokens } from './documentTokens';

type Span = { start: number; end: number };
/** Tags a paragraph at a document offset (the analyzer's cached tagging, shifted there if need be). */
type Placed = (text: string, base: number) => Tagged;
/** What the last version left: its quote pairs, their problems and quotations (document offsets) and its length. */
export interface Kept { pairs: QuotePair[]; problems: QuoteProblem[]; quotes: Span[]; textLength: number }

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
export function pairsAround(paras: Paragraph[], prev: Kept, from: number, to: number, delta: number): { pairs: QuotePair[]; problems: QuoteProblem[] } | undefined {
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
  for (const p of prev.pairs) { if (p.open >= lo) break; out.push(p); }
  for (const p of window.pairs) out.push(p);
  if (hiNew !== Infinity) for (const p of prev.pairs) if (p.open >= hiOld) out.push(delta ? { open: p.open + delta, close: p.close + delta, depth: p.depth } : p);
  // Problems are listed paragraph by paragraph, each at a mark (and a fix) of its own paragraph: nothing crosses the window's ends.
  for (const q of prev.problems) { if (q.offset >= lo) break; problems.push(q); }
  for (const q of window.problems) problems.push(q);
  if (hiNew !== Infinity) for (const q of prev.problems) if (q.offset >= hiOld) problems.push(delta ? { ...q, offset: q.offset + delta, ...(q.fixAt !== undefined ? { fixAt: q.fixAt + delta } : {}) } : q);
  return { pairs: out, problems };
}

/** Classifies every pair of the document. */
export function classifyAll(placed: Placed, text: TextLike, paras: Paragraph[], pairs: QuotePair[]): Span[] {
return classify(placed, text, paras, pairs, 0, paras.length);
}

/** Classifies the pairs inside paragraphs [a, b) from those paragraphs' tokens alone. */
function classify(placed: Placed, text: TextLike, paras: Paragraph[], pairs: QuotePair[], a: number, b: number): Span[] {
  if (!pairs.length) return [];
  const tags: Tagged[] = [];
  for (let i = a; i < b; i++) tags.push(placed(paras[i].text, paras[i].base));
  // Read from the taggings' columns (an open's first classification spans the whole document: no Token object each).
  const tokens = new DocumentTokens(tags);
  // Whether a pair is speech reads tokens and earlier pairs, never entities (quotations.ts).
  return classifyQuotations(pairs, { tokens, tokenAt: (offset) => tokens.at(offset), entities: [], text }).map((q) => ({ start: q.start, end: q.end }));
}

/**
 * The quotations of the version from the last version's, classifying again only the pairs near the changed
 * paragraphs [from, to); undefined when the pairs away from the change are not the last version's shifted.
 */
export function quotesAround(placed: Placed, text: TextLike, paras: Paragraph[], tags: Tagged[], pairs: QuotePair[], prev: Kept, from: number, to: number): Span[] | undefined {
  const n = paras.length;
  const delta = text.length - prev.textLength;
  const startOf = (i: number) => (i < n ? paras[i].base : Infinity);
  const paraOf = (offset: number) => { let lo = 0, hi = n; while (lo < hi) { const mid = (lo + hi) >> 1; if (paras[mid].base <= offset) lo = mid + 1; else hi = mid; } return Math.max(0, lo - 1); };
  /** Tokens of paragraph `i` that start before `offset`. */
  const before = (i: number, offset: number) => {
    const o = tags[i].words.offsets;
    const rel = offset - paras[i].base;
    let lo = 0, hi = o.length >> 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (o[2 * mid] < rel) lo = mid + 1; else hi = mid; }
    return lo;
  };
  /**
   * Tokens from offset `from` to `to` (their global token indices' difference), counted over the paragraphs between
   * and no further than `limit`: no document-wide count is made per edit (it read every paragraph's tokens).
   */
  const tokensBetween = (from: number, to: number, limit: number) => {
    const i = paraOf(from), j = paraOf(to);
    if (i >= j) return i === j ? before(j, to) - before(i, from) : -1;
    let d = tokenCount(tags[i].words) - before(i, from);
    for (let k = i + 1; k < j && d <= limit; k++) d += tokenCount(tags[k].words);
    return d + before(j, to);
  };
  const reachLeft = (a: number) => { let words = 0, toks = 0; while (a > 0 && (words < REACH_PARAGRAPHS || toks < REACH_TOKENS)) { a--; const k = tokenCount(tags[a].words); if (k) words++; toks += k; } return a; };
  const reachRight = (b: number) => { let words = 0, toks = 0; while (b < n && (words < REACH_PARAGRAPHS || toks < REACH_TOKENS)) { const k = tokenCount(tags[b].words); if (k) words++; toks += k; b++; } return b; };
  // The last version's pairs in this version's offsets; those inside the changed stretch are put at its start.
  const cs = startOf(from), ceOld = startOf(to) - delta;
  const map = (x: number) => (x < cs ? x : x >= ceOld ? x + delta : cs);
  const olds = prev.pairs.map((p) => ({ open: map(p.open), close: map(p.close), depth: p.depth }));
  const chained = (p: QuotePair, q: QuotePair) => tokensBetween(p.close, q.open, CHAIN_TOKENS) <= CHAIN_TOKENS;
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
  const inner = classify(placed, text, paras, pairs.filter((p) => p.open >= startOf(oa) && p.open < startOf(ob)), oa, ob).filter((q) => q.start >= lo && q.start < hi);
  const out: Span[] = [];
  const hiOld = hi === Infinity ? Infinity : hi - delta;
  for (const q of prev.quotes) if (q.start < lo) out.push(q);
  for (const q of inner) out.push(q);
  for (const q of prev.quotes) if (q.start >= hiOld) out.push({ start: q.start + delta, end: q.end + delta });
  return out;
}
