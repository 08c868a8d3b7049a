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

/**
 * Re-anchors each decision in `text`. A decision stays when its text is still at its offsets with
 * some of its context; it moves only to the one occurrence of its text whose context agrees enough,
 * on both sides (never onto a span another decision of the same kind holds). Anything else is returned
 * orphaned, with its text and context, so no decision is lost or silently moved onto other words.
 */
export function reanchor(decisions: Decision[], text: string, held: Decision[] = []): { kept: Decision[]; orphaned: Decision[] } {
  const kept: Decision[] = [];
  const orphaned: Decision[] = [];
  const taken = new Set(held.map((d) => key(d, d.start)));
  const rest: Decision[] = [];
  for (const d of decisions) {
    const [left, right] = d.text && text.slice(d.start, d.end) === d.text ? sides(d, text, d.start) : [-1, -1];
    const loose = (n: number, stored: string) => n >= Math.min(4, stored.length);
    if (left >= 0 && (loose(left, d.prefix) || loose(right, d.suffix)) && !taken.has(key(d, d.start))) {
      kept.push(d.status === 'orphaned' ? revive(d, text, d.start) : d);
      taken.add(key(d, d.start));
    } else rest.push(d);
  }
  for (const d of rest) {
    const matches: number[] = [];
    let seen = 0;
    for (let i = d.text ? text.indexOf(d.text) : -1; i >= 0 && seen <= MAX_OCCURRENCES; i = text.indexOf(d.text, i + 1), seen++) {
      const [left, right] = sides(d, text, i);
      const enough = left + right >= Math.min(MIN_CONTEXT, d.prefix.length + d.suffix.length);
      if (enough && left >= Math.min(MIN_SIDE, d.prefix.length) && right >= Math.min(MIN_SIDE, d.suffix.length) && !taken.has(key(d, i))) matches.push(i);
    }
    if (matches.length === 1 && seen <= MAX_OCCURRENCES) {
      kept.push(revive(d, text, matches[0]));
      taken.add(key(d, matches[0]));
    } else orphaned.push(orphan(d));
  }
  return { kept, orphaned };
}
