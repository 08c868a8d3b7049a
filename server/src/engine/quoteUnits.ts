// The steps the quote window grows by: paragraphs, and a long changed paragraph cut at its sentence ends near the edit (a one-line article is one paragraph: by paragraphs, every edit re-read it whole).
import type { Paragraph } from './paragraphSplit';
import { ParagraphTokens, tokenCount } from './paragraphTokens';
import { SENTENCE_END } from './speakerDoc';

/** A paragraph's tokens and where it starts now (a kept one's tagging may be placed elsewhere). */
type Words = { readonly words: ParagraphTokens };

/**
 * Units in document order, each a paragraph or a run of sentences of one. `from`/`to`: the changed units. Outside
 * [start(from), start(to)) the text and its tokens are the last version's (those after it moved by the change in length).
 */
export interface Units {
  count: number;
  /** Where unit u starts (Infinity at `count`). */
  start(u: number): number;
  /** The paragraph unit u is (part of). */
  para(u: number): number;
  tokens(u: number): number;
  /** Tokens of unit u that start before `offset`. */
  before(u: number, offset: number): number;
  /** The unit holding `offset` (the last starting at or before it). */
  unitOf(offset: number): number;
  from: number;
  to: number;
}

/** Sentences are cut this far (tokens) around the edit: a window reaching further takes the rest of the paragraph whole. */
const RADIUS = 3000;
/** Characters compared at once where two versions of a paragraph are alike. */
const BLOCK = 4096;

/** Tokens of `w` (offsets relative to its paragraph) that start before `rel`. */
function startingBefore(w: ParagraphTokens, rel: number): number {
  const o = w.offsets;
  let lo = 0, hi = o.length >> 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (o[2 * mid] < rel) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Paragraphs as units; paragraphs [from, to) changed. */
export function paragraphUnits(paras: Paragraph[], tags: readonly Words[], from: number, to: number): Units {
  const n = paras.length;
  const unitOf = (offset: number) => { let lo = 0, hi = n; while (lo < hi) { const mid = (lo + hi) >> 1; if (paras[mid].base <= offset) lo = mid + 1; else hi = mid; } return Math.max(0, lo - 1); };
  return {
    count: n, from, to, unitOf,
    start: (u) => (u < n ? paras[u].base : Infinity),
    para: (u) => u,
    tokens: (u) => tokenCount(tags[u].words),
    before: (u, offset) => startingBefore(tags[u].words, offset - paras[u].base),
  };
}

/** Whether tokens i of `a` and j of `b` read the same to classification (text, form, kind), not their places. */
const sameForm = (a: ParagraphTokens, i: number, b: ParagraphTokens, j: number) => {
  const x = a.forms[i], y = b.forms[j];
  return x === y || (x.text === y.text && x.norm === y.norm && x.kind === y.kind);
};

/**
 * Where paragraph `b` (text `bt`) differs from the last version's `a` (text `at`), relative to it: [lo, hi) holds every
 * character and every token that is not the last version's (a token before lo is its token at the same place, one
 * after hi its token as far from the paragraph's end).
 */
function changedStretch(a: ParagraphTokens, at: string, b: ParagraphTokens, bt: string): [number, number] {
  const na = tokenCount(a), nb = tokenCount(b);
  const m = Math.min(at.length, bt.length);
  // Compared a block at a time first (native), then a character at a time: a character loop over a 1 M line was most of the cost.
  let p = 0;
  while (p + BLOCK <= m && at.slice(p, p + BLOCK) === bt.slice(p, p + BLOCK)) p += BLOCK;
  while (p < m && at.charCodeAt(p) === bt.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= m - p && at.slice(at.length - s - BLOCK, at.length - s) === bt.slice(bt.length - s - BLOCK, bt.length - s)) s += BLOCK;
  while (s < m - p && at.charCodeAt(at.length - 1 - s) === bt.charCodeAt(bt.length - 1 - s)) s++;
  const t = Math.min(na, nb);
  let i = 0;
  while (i < t && a.offsets[2 * i] === b.offsets[2 * i] && a.offsets[2 * i + 1] === b.offsets[2 * i + 1] && sameForm(a, i, b, i)) i++;
  let j = 0;
  const da = at.length, db = bt.length;
  while (j < t - i) {
    const x = na - 1 - j, y = nb - 1 - j;
    if (da - a.offsets[2 * x] !== db - b.offsets[2 * y] || da - a.offsets[2 * x + 1] !== db - b.offsets[2 * y + 1] || !sameForm(a, x, b, y)) break;
    j++;
  }
  const lo = Math.min(p, i < nb ? b.offsets[2 * i] : db);
  const hi = Math.max(lo, db - s, j < nb ? b.offsets[2 * (nb - 1 - j) + 1] : 0);
  return [lo, hi];
}

/**
 * The changed paragraphs [from, to) (`was`: their last versions), when all but one of them read as they did: that one
 * cut at the sentence ends within RADIUS tokens of what changed in it; the other paragraphs whole. Undefined when more
 * changed or it has no sentence end there (paragraphs are as fine).
 */
export function sentenceUnits(paras: Paragraph[], tags: ReadonlyArray<Words & { text: string }>, from: number, to: number, was: ReadonlyArray<Words & { text: string }>): Units | undefined {
  if (was.length !== to - from) return undefined;
  let k = -1;
  for (let i = from; i < to; i++) {
    if (tags[i].text === was[i - from].text) continue;
    if (k >= 0) return undefined;
    k = i;
  }
  if (k < 0) return undefined;
  const text = tags[k].text;
  const last = was[k - from];
  const w = tags[k].words;
  const base = paras[k].base;
  const nb = tokenCount(w);
  const [lo, hi] = changedStretch(last.words, last.text, w, text);
  const x0 = startingBefore(w, lo), x1 = startingBefore(w, hi);
  // Token starts of the pieces: 0, then each sentence's first token near the change; a piece is a run of sentences.
  const cuts: number[] = [0];
  for (let t = Math.max(1, x0 - RADIUS); t < Math.min(nb, x1 + RADIUS); t++) {
    const f = w.forms[t - 1];
    if (f.kind === 'punct' && SENTENCE_END.includes(f.text)) cuts.push(t);
  }
  if (cuts.length < 2) return undefined;
  const m = cuts.length;
  const n = paras.length;
  const count = n - 1 + m;
  // Pieces are units k … k + m - 1; paragraphs after k are numbered m - 1 further on.
  const pieceStart = (c: number) => (c === 0 ? base : base + w.offsets[2 * cuts[c]]);
  const start = (u: number) => (u < k ? paras[u].base : u < k + m ? pieceStart(u - k) : u < count ? paras[u - m + 1].base : Infinity);
  const para = (u: number) => (u < k ? u : u < k + m ? k : u - m + 1);
  const end = (c: number) => (c + 1 < m ? cuts[c + 1] : nb);
  const unitOf = (offset: number) => {
    let a = 0, b = count;
    while (a < b) { const mid = (a + b) >> 1; if (start(mid) <= offset) a = mid + 1; else b = mid; }
    return Math.max(0, a - 1);
  };
  const units: Units = {
    count, start, para, unitOf, from: 0, to: 0,
    tokens: (u) => (u < k || u >= k + m ? tokenCount(tags[para(u)].words) : end(u - k) - cuts[u - k]),
    before: (u, offset) => {
      const p = para(u);
      const all = startingBefore(tags[p].words, offset - paras[p].base);
      if (u < k || u >= k + m) return all;
      const c = u - k;
      return Math.max(0, Math.min(end(c), all) - cuts[c]);
    },
  };
  units.from = unitOf(base + lo);
  units.to = Math.max(units.from, unitOf(base + hi)) + 1;
  return units;
}
