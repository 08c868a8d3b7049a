// The figures the status bar shows for a version (annotations by kind, review progress): one function the server and the edit tests share.
import type { TextLike } from '../engine/pieceText';
import { Annotation } from '../engine/analysis';
import { applyDecisions, Decision } from '../engine/decisions';
import { SpanSnapshot } from '../engine/spanIndex';
import { reviewProgress, trimSpan } from './renderModel';

export interface StatusFigures {
  entities: number;
  quotations: number;
  dates: number;
  /** Reviewed = accepted, manual or rejected; total = reviewed + still suggested (as the render model counts them). */
  reviewed: number;
  total: number;
}

/** Counts of a version's annotations (decisions applied), and its review progress with `rejected` rejected suggestions. */
export function statusFigures(a: { text: TextLike; annotations: Annotation[] } | undefined, rejected: number): StatusFigures {
  if (!a) return { entities: 0, quotations: 0, dates: 0, reviewed: 0, total: 0 };
  let entities = 0, quotations = 0, dates = 0;
  for (const x of a.annotations) {
    if (x.kind === 'entity') entities++;
    else if (x.kind === 'quotation') quotations++;
    else dates++;
  }
  return { entities, quotations, dates, ...reviewProgress(a, rejected) };
}

/**
 * The same figures from a version's kept spans: kinds, labels, offsets and review states are all they read, never a
 * speaker, a fine type or a date value, so they need no full analysis (equal to statusFigures() of the full one).
 */
export function spanFigures(spans: SpanSnapshot | undefined, decisions: Decision[], text: TextLike): StatusFigures {
  if (!spans) return statusFigures(undefined, 0);
  if (!decisions.length) return undecidedFigures(spans, text);
  return statusFigures({ text, annotations: applyDecisions(spans.annotations(), decisions, text, true) }, rejectedOf(decisions));
}

/**
 * spanFigures() of a version without decisions, read off its lines: every span a suggestion, none reviewed. Builds no
 * annotation (tens of thousands per version of a large article, each edit's garbage otherwise).
 */
function undecidedFigures(spans: SpanSnapshot, text: TextLike): StatusFigures {
  let entities = 0, dates = 0, shown = 0;
  const count = (start: number, end: number) => { const t = trimSpan(text, start, end); if (t.start < t.end) shown++; };
  const { count: lines, starts, spans: byLine } = spans.lines;
  for (let i = 0; i < lines; i++) {
    for (const x of byLine[i].spans) {
      if (x.kind === 'entity') entities++;
      else dates++;
      count(starts[i] + x.start, starts[i] + x.end);
    }
  }
  for (const q of spans.quotes) count(q.start, q.end);
  return { entities, quotations: spans.quotes.length, dates, reviewed: 0, total: shown };
}

/** Rejected suggestions count as reviewed though no annotation shows them. */
export function rejectedOf(decisions: Decision[]): number {
  return decisions.filter((d) => d.status === 'rejected').length;
}
