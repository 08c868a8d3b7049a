// Builds the analysis's annotation list (every span with its details) and the bare spans semantic tokens need, in one order.
import type { Annotation, DateAnnotation } from './analysis';
import { DateCandidate } from './dates';
import { Entity } from './linking';
import { Quotation } from './quotations';

/**
 * An annotation with its kind, label and offsets only: id and text empty, confidence 0, no attributes
 * (the shape of Annotation, so the annotator's decisions apply to it as to a full one).
 */
export type SpanAnnotation = Annotation;
const NO_DETAILS: Record<string, unknown> = Object.freeze({});
const span = (kind: Annotation['kind'], label: Annotation['label'], start: number, end: number): SpanAnnotation =>
  ({ id: '', kind, label, start, end, text: '', source: 'auto', confidence: 0, attributes: NO_DETAILS });

/** Entity mentions in document order (of equal starts, in entity order): the order both lists below are built in. */
function mentionsInOrder(entities: Entity[]): Array<{ m: Entity['mentions'][number]; e: Entity }> {
  return entities.flatMap((e) => e.mentions.map((m) => ({ m, e }))).sort((a, b) => a.m.start - b.m.start);
}

/** Document order; of equal starts the longer first; of equal spans, entities, quotations, dates as pushed. */
const byPosition = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end;

export function toAnnotations(text: string, entities: Entity[], quotations: Quotation[], dates: DateAnnotation[]): Annotation[] {
  const out: Annotation[] = [];
  mentionsInOrder(entities).forEach(({ m, e }, i) => out.push({
    id: `m${i + 1}`, kind: 'entity', label: e.label, start: m.start, end: m.end, text: text.slice(m.start, m.end), source: 'auto',
    confidence: round(m.confidence), attributes: { entityId: e.id, normalized: m.key, canonical: e.key, mentions: e.mentions.length, ...(e.type ? { type: e.type } : {}), ...(m.propagated ? { propagated: true } : {}) },
  }));
  quotations.forEach((q, i) => out.push({
    id: `q${i + 1}`, kind: 'quotation', label: 'QUOTE', start: q.start, end: q.end, text: text.slice(q.start, q.end), source: 'auto', confidence: round(q.confidence),
    attributes: { content: text.slice(q.contentStart, q.contentEnd), ...(q.speaker ? { speaker: q.speaker } : {}) },
  }));
  dates.forEach((d, i) => out.push({
    id: `d${i + 1}`, kind: 'date', label: d.type, start: d.start, end: d.end, text: text.slice(d.start, d.end), source: 'auto', confidence: 0.8,
    attributes: { ...d.resolved },
  }));
  return out.sort(byPosition);
}

/** The spans toAnnotations() gives for the same entities, quotations and dates, in the same order. */
export function toSpans(entities: Entity[], quotations: Array<{ start: number; end: number }>, dates: DateCandidate[]): SpanAnnotation[] {
  return spansInOrder(mentionsInOrder(entities).map(({ m, e }) => ({ label: e.label, start: m.start, end: m.end })), quotations, dates);
}

/** Spans from entity mentions already in mentionsInOrder() order, quotations and dates (each in document order). */
export function spansInOrder(mentions: ReadonlyArray<{ label: Annotation['label']; start: number; end: number }>, quotations: ReadonlyArray<{ start: number; end: number }>, dates: ReadonlyArray<{ type: DateCandidate['type']; start: number; end: number }>): SpanAnnotation[] {
  const out: SpanAnnotation[] = [];
  for (const m of mentions) out.push(span('entity', m.label, m.start, m.end));
  for (const q of quotations) out.push(span('quotation', 'QUOTE', q.start, q.end));
  for (const d of dates) out.push(span('date', d.type, d.start, d.end));
  return out.sort(byPosition);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
