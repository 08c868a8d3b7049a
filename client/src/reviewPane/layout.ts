// Lays the pane's text out as paragraphs of nested pieces (quotation ⊃ entity ⊃ text): pure, so it is unit-tested without a browser.
import type { PaneSpan } from './messages';

export type Piece =
  | { type: 'text'; start: number; end: number }
  | { type: 'span'; span: PaneSpan; start: number; end: number; children: Piece[] };

export interface Paragraph { start: number; end: number; pieces: Piece[] }

/** Paragraphs are lines (news text puts one paragraph per line); a CR before the line end is not shown. */
export function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/**
 * Nests spans inside [start, end): outer first (longer wins at equal starts); a span that crosses the end of
 * its parent is clipped there, so the tree stays well formed whatever the spans are.
 */
function nest(spans: PaneSpan[], start: number, end: number): Piece[] {
  const inside = spans.filter((s) => s.start < end && s.end > start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let cur = start;
  let i = 0;
  while (i < inside.length) {
    const s = inside[i];
    const from = Math.max(s.start, cur);
    const to = Math.min(s.end, end);
    if (to <= from) { i++; continue; }
    if (from > cur) out.push({ type: 'text', start: cur, end: from });
    const children = inside.slice(i + 1).filter((c) => c.start < to && c.end > from);
    out.push({ type: 'span', span: s, start: from, end: to, children: nest(children, from, to) });
    cur = to;
    i++;
    while (i < inside.length && inside[i].start < cur) i++;
  }
  if (cur < end) out.push({ type: 'text', start: cur, end });
  return out;
}

export function layout(text: string, spans: PaneSpan[]): Paragraph[] {
  return paragraphsOf(text).map((p) => ({ ...p, pieces: nest(spans, p.start, p.end) }));
}
