// The annotator's decisions (accept, reject, manual spans, orphans): the model, its validation, and moving them through edits.
import type { TextLike } from './pieceText';
import { Annotation, AnnotationKind, AnnotationLabel, LABEL_KIND } from './analysis';

/** Characters of context kept on either side of a decision, to find it again after outside changes. */
export const CONTEXT = 32;

export type LiveStatus = 'accepted' | 'rejected' | 'manual';
/** `orphaned`: its text is no longer in the article; kept (with `was`) until found again or removed by the user. */
export type DecisionStatus = LiveStatus | 'orphaned';
const LIVE: readonly string[] = ['accepted', 'rejected', 'manual'];

/** One decision, anchored by offsets (UTF-16) and by its text with some context on either side. */
export interface Decision {
  id: string;
  status: DecisionStatus;
  kind: AnnotationKind;
  label: AnnotationLabel;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  created: string;
  /** For quotations: the speaker the annotator chose (a mention in this document). */
  speaker?: { text: string; start: number; end: number; entityId?: string };
  /** Orphaned decisions only: the status to restore when the text is found again. */
  was?: LiveStatus;
  /** Orphaned decisions only: when the text went missing (ISO time). */
  orphaned?: string;
}

/** What is wrong with one decision read from a file or produced by a command; undefined when valid. */
export function decisionProblem(x: unknown): string | undefined {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return 'is not an object';
  const d = x as Record<string, unknown>;
  if (typeof d.id !== 'string' || !d.id) return 'has no "id"';
  if (d.status === 'orphaned' ? !LIVE.includes(d.was as string) : !LIVE.includes(d.status as string)) {
    return d.status === 'orphaned' ? `orphaned without a valid "was" status (${String(d.was)})` : `bad status "${String(d.status)}"`;
  }
  if (typeof d.label !== 'string' || !Object.hasOwn(LABEL_KIND, d.label)) return `unknown label "${String(d.label)}" (known: ${Object.keys(LABEL_KIND).join(', ')})`;
  if (LABEL_KIND[d.label as AnnotationLabel] !== d.kind) return `kind "${String(d.kind)}" does not match label ${d.label}`;
  const { start, end } = d;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) return `bad offsets ${String(start)}-${String(end)}`;
  if (typeof d.text !== 'string' || !d.text) return 'empty "text"';
  if (d.text.length !== (end as number) - (start as number)) return `"text" has ${d.text.length} characters but the span ${String(start)}-${String(end)} has ${(end as number) - (start as number)}`;
  if (d.prefix !== undefined && typeof d.prefix !== 'string') return '"prefix" is not a string';
  if (d.suffix !== undefined && typeof d.suffix !== 'string') return '"suffix" is not a string';
  if (d.speaker !== undefined && d.speaker !== null && (typeof d.speaker !== 'object' || typeof (d.speaker as { text?: unknown }).text !== 'string')) return 'bad "speaker"';
  return undefined;
}

/** A decision for the span [start, end) of `text`, with anchoring context. */
export function makeDecision(text: string, span: { start: number; end: number; kind: AnnotationKind; label: AnnotationLabel }, status: LiveStatus, id: string): Decision {
  return {
    id, status, kind: span.kind, label: span.label, start: span.start, end: span.end, text: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start), suffix: text.slice(span.end, span.end + CONTEXT), created: new Date().toISOString(),
  };
}

/** The decision set aside because its text is gone; everything else (text, context, unknown fields) is kept. */
export function orphan(d: Decision, when = new Date().toISOString()): Decision {
  return d.status === 'orphaned' ? d : { ...d, status: 'orphaned', was: d.status, orphaned: when };
}

/** The orphan back at [start, end) of `text` with its former status and fresh context. */
export function revive(d: Decision, text: string, start: number): Decision {
  const rest = { ...d };
  delete rest.was;
  delete rest.orphaned;
  const end = start + d.text.length;
  return { ...rest, status: d.was ?? (d.status as LiveStatus), start, end, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

/**
 * Moves decisions through one edit (replace [from, to) of the old text by `inserted` characters):
 * spans after it shift, spans around it grow or shrink, spans it deletes are returned as removed.
 */
export function shiftDecisions(decisions: Decision[], from: number, to: number, inserted: number): { kept: Decision[]; removed: Decision[] } {
  const delta = inserted - (to - from);
  const kept: Decision[] = [];
  const removed: Decision[] = [];
  for (const d of decisions) {
    if (d.end <= from) kept.push(d);
    else if (d.start >= to) kept.push({ ...d, start: d.start + delta, end: d.end + delta });
    else if (from >= d.start && to <= d.end && d.end + delta > d.start) kept.push({ ...d, end: d.end + delta });
    else if (from <= d.start && to >= d.end) removed.push(d);
    else if (from < d.start) kept.push({ ...d, start: from + inserted, end: d.end + delta });
    else kept.push({ ...d, end: from });
  }
  return { kept: kept.filter((d) => d.end > d.start), removed: [...removed, ...kept.filter((d) => d.end <= d.start)] };
}

/** Orphans keep their last offsets as a hint for re-anchoring: those after an edit move with the text. */
export function shiftOrphans(orphans: Decision[], from: number, to: number, inserted: number): Decision[] {
  const delta = inserted - (to - from);
  return orphans.map((d) => (d.start >= to ? { ...d, start: d.start + delta, end: d.end + delta } : d));
}

/** Refreshes text and context of decisions after their offsets moved. */
export function refreshAnchors(decisions: Decision[], text: TextLike): Decision[] {
  return decisions.map((d) => ({ ...d, text: text.slice(d.start, d.end), prefix: text.slice(Math.max(0, d.start - CONTEXT), d.start), suffix: text.slice(d.end, d.end + CONTEXT) }));
}

export type ReviewStatus = 'suggested' | 'accepted' | 'manual';

/**
 * Applies decisions to the engine's suggestions: rejected ones disappear, accepted ones are
 * marked, manual spans are added and replace suggestions of the same kind that they overlap.
 * Orphaned decisions have no place in the text and are ignored.
 */
/**
 * `owned`: the caller built `auto` for this call alone: its annotations are given their status in place instead of
 * copied (a copy of every annotation per version was 4 MB at 1 M characters, 20 at 5 M, garbage at once).
 */
export function applyDecisions(auto: Annotation[], decisions: Decision[], text: TextLike, owned = false): Array<Annotation & { status: ReviewStatus; decisionId?: string }> {
  // Decisions by span, looked up once per suggestion (a large article has tens of thousands of them).
  const span = (x: { kind: string; start: number; end: number }) => `${x.kind}:${x.start}:${x.end}`;
  const rejected = new Set<string>();
  const accepted = new Map<string, Decision[]>();
  for (const d of decisions) {
    if (d.status === 'rejected') rejected.add(span(d));
    else if (d.status === 'accepted') { const k = span(d); const list = accepted.get(k); if (list) list.push(d); else accepted.set(k, [d]); }
  }
  const manual = decisions.filter((d) => d.status === 'manual');
  const out: Array<Annotation & { status: ReviewStatus; decisionId?: string }> = [];
  for (const a of auto) {
    const k = decisions.length ? span(a) : '';
    if (rejected.has(k)) continue;
    if (manual.length && manual.some((d) => d.kind === a.kind && d.start < a.end && a.start < d.end)) continue;
    const acc = accepted.get(k)?.find((d) => d.label === a.label);
    const attributes = acc?.speaker ? { ...a.attributes, speaker: { ...acc.speaker, via: 'annotator' } } : a.attributes;
    if (owned) {
      // Status and decision id added last, as the copy below orders them.
      const x = a as Annotation & { status: ReviewStatus; decisionId?: string };
      x.attributes = attributes;
      x.status = acc ? 'accepted' : 'suggested';
      x.decisionId = acc?.id;
      out.push(x);
      continue;
    }
    // Field by field, in the order of a spread of `a` (exports serialise annotations).
    out.push({
      id: a.id, kind: a.kind, label: a.label, start: a.start, end: a.end, text: a.text, source: a.source, confidence: a.confidence, attributes,
      status: acc ? 'accepted' : 'suggested', decisionId: acc?.id,
    });
  }
  for (const d of manual) {
    const attributes = d.speaker ? { speaker: { ...d.speaker, via: 'annotator' } } : {};
    out.push({ id: d.id, kind: d.kind, label: d.label, start: d.start, end: d.end, text: text.slice(d.start, d.end), source: 'manual', confidence: 1, attributes, status: 'manual', decisionId: d.id });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
