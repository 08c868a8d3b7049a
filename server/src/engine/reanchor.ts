// Finds decisions again in a text changed outside the editor: in place, or at its one unique match; otherwise orphaned, never guessed.
import { Decision, orphan, revive } from './decisions';

/** A moved span needs this much agreeing context in all (an edit may touch one side)… */
const MIN_CONTEXT = 16;
/** …and at least this much on each side (or all of it, when the stored context is shorter). */
const MIN_SIDE = 3;
/** A text found more often than this is too ambiguous to move (and bounds the search). */
const MAX_OCCURRENCES = 1000;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Characters of stored context that agree around `text` placed at `at`, on the left and on the right. */
function sides(d: Decision, text: string, at: number): [number, number] {
  const before = text.slice(Math.max(0, at - d.prefix.length), at);
  const after = text.slice(at + d.text.length, at + d.text.length + d.suffix.length);
  return [commonSuffix(before, d.prefix), commonPrefix(after, d.suffix)];
}

const key = (d: Decision, start: number) => `${d.kind}:${start}:${start + d.text.length}`;

/** Where one decision could go in a text, found once and placed against any set of held spans (placeAnchors). */
export interface AnchorPlan {
  d: Decision;
  /** Its text is still at its offsets with some of its context. */
  inPlace: boolean;
  /** The occurrences of its text whose context agrees enough on both sides, searched when first needed. */
  candidates?: number[];
  /** Its text occurs more than MAX_OCCURRENCES times: never moved. */
  ambiguous?: boolean;
}

/** The part of reanchor that does not depend on the spans other decisions hold: one plan serves many placements. */
export function planAnchors(decisions: Decision[], text: string): AnchorPlan[] {
  return decisions.map((d) => {
    const [left, right] = d.text && text.slice(d.start, d.end) === d.text ? sides(d, text, d.start) : [-1, -1];
    const loose = (n: number, stored: string) => n >= Math.min(4, stored.length);
    return { d, inPlace: left >= 0 && (loose(left, d.prefix) || loose(right, d.suffix)) };
  });
}

/** The text search, once per plan: only a decision not in its place needs it. */
function search(p: AnchorPlan, text: string): number[] {
  if (p.candidates) return p.candidates;
  const { d } = p;
  const found: number[] = [];
  let seen = 0;
  for (let i = d.text ? text.indexOf(d.text) : -1; i >= 0 && seen <= MAX_OCCURRENCES; i = text.indexOf(d.text, i + 1), seen++) {
    const [left, right] = sides(d, text, i);
    const enough = left + right >= Math.min(MIN_CONTEXT, d.prefix.length + d.suffix.length);
    if (enough && left >= Math.min(MIN_SIDE, d.prefix.length) && right >= Math.min(MIN_SIDE, d.suffix.length)) found.push(i);
  }
  p.ambiguous = seen > MAX_OCCURRENCES;
  return (p.candidates = found);
}

/** Every start a placement of `plans` may ask about (searching each): a held span starting elsewhere cannot be in its way. */
export function anchorStarts(plans: AnchorPlan[], text: string): Set<number> {
  return new Set(plans.flatMap((p) => [p.d.start, ...search(p, text)]));
}

/**
 * Places planned decisions: in place when they still are, else at their one agreeing occurrence, never onto a span
 * `held` (or an earlier placement) holds; `starts` (anchorStarts of a superset of `plans`) lets a large `held` be skimmed.
 */
export function placeAnchors(plans: AnchorPlan[], text: string, held: Decision[] = [], starts?: Set<number>): { kept: Decision[]; orphaned: Decision[] } {
  const kept: Decision[] = [];
  const orphaned: Decision[] = [];
  const taken = new Set<string>();
  for (const h of held) if (!starts || starts.has(h.start)) taken.add(key(h, h.start));
  const rest: AnchorPlan[] = [];
  for (const p of plans) {
    const { d } = p;
    if (p.inPlace && !taken.has(key(d, d.start))) {
      kept.push(d.status === 'orphaned' ? revive(d, text, d.start) : d);
      taken.add(key(d, d.start));
    } else rest.push(p);
  }
  for (const p of rest) {
    const d = p.d;
    const matches = search(p, text).filter((i) => !taken.has(key(d, i)));
    if (matches.length === 1 && !p.ambiguous) {
      kept.push(revive(d, text, matches[0]));
      taken.add(key(d, matches[0]));
    } else orphaned.push(orphan(d));
  }
  return { kept, orphaned };
}

/**
 * Re-anchors each decision in `text`. A decision stays when its text is still at its offsets with
 * some of its context; it moves only to the one occurrence of its text whose context agrees enough,
 * on both sides (never onto a span another decision of the same kind holds). Anything else is returned
 * orphaned, with its text and context, so no decision is lost or silently moved onto other words.
 */
export function reanchor(decisions: Decision[], text: string, held: Decision[] = []): { kept: Decision[]; orphaned: Decision[] } {
  return placeAnchors(planAnchors(decisions, text), text, held);
}
