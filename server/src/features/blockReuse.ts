// Which lines of a new version's semantic tokens can be taken from the last version's blocks: the lines at either end
// whose spans, quotations and decisions are the last version's (moved by the edit), found by comparing object
// identities and numbers only — no line is encoded or looked up, so an edit costs the same at 10 k and 5 M characters.
import { Decision } from '../engine/decisions';
import { SpanSnapshot } from '../engine/spanIndex';

/** What a version's blocks were built from. */
export interface BlockSource {
  /** The version's lines and quotations (not the snapshot: its whole-document annotations, once built, stay with it). */
  lines: SpanSnapshot['lines'];
  quotes: SpanSnapshot['quotes'];
  /** The live decisions in the order the blocks met them. */
  live: readonly Decision[];
  textLength: number;
}

/**
 * `head`: the new lines [0, head) are the last version's, with the same quotations and decisions starting on them.
 * `tail`: from line `tail` on, the new lines are the last version's lines moved by `shift` lines, with the same
 * quotations and decisions (moved by the change in length) and none that starts before reaching into them.
 */
export interface Unchanged { head: number; tail: number; shift: number }

type Ranged = { start: number; end: number };

const lineFinder = (lines: SpanSnapshot['lines']) => (offset: number) => {
  let lo = 0, hi = lines.count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (lines.starts[mid] <= offset) lo = mid + 1; else hi = mid; }
  return Math.max(0, lo - 1);
};

const sameDecision = (a: Decision, b: Decision, by: number) =>
  a.start === b.start + by && a.end === b.end + by && a.status === b.status && a.kind === b.kind && a.label === b.label;
const sameRange = (a: Ranged, b: Ranged, by: number) => a.start === b.start + by && a.end === b.end + by;

/** How many items match from the start (`fromEnd` false) or from the end, `by` added to the old ones' offsets. */
function matching<T>(now: readonly T[], before: readonly T[], same: (a: T, b: T, by: number) => boolean, by: number, fromEnd: boolean): number {
  const lim = Math.min(now.length, before.length);
  let k = 0;
  // The same object (a quotation or decision before the change) is equal without being read.
  if (fromEnd) while (k < lim && ((by === 0 && now[now.length - 1 - k] === before[before.length - 1 - k]) || same(now[now.length - 1 - k], before[before.length - 1 - k], by))) k++;
  else while (k < lim && ((by === 0 && now[k] === before[k]) || same(now[k], before[k], by))) k++;
  return k;
}

/** The line after the furthest end of items [0, count), or 0. */
function pastEnds(items: readonly Ranged[], count: number, lineOf: (offset: number) => number): number {
  let end = -1;
  for (let k = 0; k < count; k++) if (items[k].end > end) end = items[k].end;
  return end < 0 ? 0 : lineOf(Math.max(0, end - 1)) + 1;
}

export function unchangedEnds(prev: BlockSource, snapshot: SpanSnapshot, live: readonly Decision[], textLength: number): Unchanged {
  const L = snapshot.lines, P = prev.lines;
  const n = L.count, m = P.count;
  const delta = textLength - prev.textLength;
  const lineOf = lineFinder(L), prevLineOf = lineFinder(P);
  const lim = Math.min(n, m);
  // The lines the span index says it kept from these lines are equal: compared from there on, not from either end
  // (33,000 lines per keystroke at 5 M characters).
  const kept = snapshot.shares?.lines === P ? snapshot.shares : undefined;
  let h = kept ? Math.min(kept.head, lim) : 0;
  // (columns of numbers and pointers: no line object is read)
  while (h < lim && L.spans[h] === P.spans[h] && L.lengths[h] === P.lengths[h] && L.starts[h] === P.starts[h]) h++;
  let t = kept ? Math.min(kept.tail, lim - h) : 0;
  while (t < lim - h && L.spans[n - 1 - t] === P.spans[m - 1 - t] && L.lengths[n - 1 - t] === P.lengths[m - 1 - t] && L.starts[n - 1 - t] === P.starts[m - 1 - t] + delta) t++;
  const Q = snapshot.quotes, R = prev.quotes;
  let head = h;
  // The first quotation or decision that differs: no kept block may hold its line.
  const qh = matching(Q, R, sameRange, 0, false), dh = matching(live, prev.live, sameDecision, 0, false);
  if (qh < Q.length) head = Math.min(head, lineOf(Q[qh].start));
  if (qh < R.length) head = Math.min(head, prevLineOf(R[qh].start));
  if (dh < live.length) head = Math.min(head, lineOf(live[dh].start));
  if (dh < prev.live.length) head = Math.min(head, prevLineOf(prev.live[dh].start));
  // From the end: past every line an unmatched quotation or decision reaches, on either side.
  const qt = matching(Q, R, sameRange, delta, true), dt = matching(live, prev.live, sameDecision, delta, true);
  const shift = n - m;
  let tail = n - t;
  tail = Math.max(tail, pastEnds(Q, Q.length - qt, lineOf), pastEnds(live, live.length - dt, lineOf));
  tail = Math.max(tail, pastEnds(R, R.length - qt, prevLineOf) + shift, pastEnds(prev.live, prev.live.length - dt, prevLineOf) + shift);
  return { head, tail, shift };
}
