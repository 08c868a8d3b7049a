// The annotator's decisions (accept, reject, manual spans): sidecar schema, validation, merging and re-anchoring.
import { Annotation, AnnotationKind, AnnotationLabel, LABEL_KIND } from './analysis';

export const SIDECAR_SCHEMA = 'arabic-news-annotator/sidecar@1';
const CONTEXT = 32;

export type DecisionStatus = 'accepted' | 'rejected' | 'manual';

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
}

export interface Sidecar {
  schema: string;
  document: { path: string; sha256?: string };
  decisions: Decision[];
}

export class SidecarError extends Error {
  constructor(message: string, readonly line?: number) { super(message); }
}


function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Line of a JSON.parse error: from "position N" when V8 gives it, else by finding the quoted excerpt it shows. */
function jsonErrorLine(raw: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineOf(raw, Number(pos[1]));
  const excerpt = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!excerpt) return undefined;
  const at = raw.indexOf(excerpt[2]);
  return at >= 0 ? lineOf(raw, at + Math.max(0, excerpt[2].indexOf(excerpt[1]))) : undefined;
}

/** Parses and validates a sidecar file; errors name the line so the user can fix the file by hand. */
export function parseSidecar(raw: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const line = jsonErrorLine(raw, (e as Error).message);
    throw new SidecarError(`not valid JSON${line ? ` (line ${line})` : ''}: ${(e as Error).message}`, line);
  }
  const d = data as Partial<Sidecar>;
  if (!d || typeof d !== 'object' || typeof d.schema !== 'string') throw new SidecarError('missing "schema"', 1);
  const [name, version] = d.schema.split('@');
  if (name !== SIDECAR_SCHEMA.split('@')[0]) throw new SidecarError(`unknown schema "${d.schema}"`, 1);
  if (Number(version) > 1) throw new SidecarError(`schema version ${version} is newer than this extension understands (1); update the extension`, 1);
  if (!Array.isArray(d.decisions)) throw new SidecarError('"decisions" must be an array', 1);
  d.decisions.forEach((x, i) => {
    const where = () => lineOf(raw, raw.indexOf(`"${x?.id}"`) >= 0 ? raw.indexOf(`"${x.id}"`) : 0);
    if (!x || typeof x !== 'object') throw new SidecarError(`decision ${i + 1} is not an object`);
    if (typeof x.id !== 'string' || !x.id) throw new SidecarError(`decision ${i + 1} has no "id"`);
    if (!['accepted', 'rejected', 'manual'].includes(x.status)) throw new SidecarError(`decision ${x.id}: bad status "${x.status}"`, where());
    if (LABEL_KIND[x.label as AnnotationLabel] !== x.kind) throw new SidecarError(`decision ${x.id}: bad kind/label ${x.kind}/${x.label}`, where());
    if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || x.start < 0 || x.end <= x.start) throw new SidecarError(`decision ${x.id}: bad offsets ${x.start}-${x.end}`, where());
    if (typeof x.text !== 'string') throw new SidecarError(`decision ${x.id}: missing "text"`, where());
    x.prefix = typeof x.prefix === 'string' ? x.prefix : '';
    x.suffix = typeof x.suffix === 'string' ? x.suffix : '';
  });
  return { schema: d.schema, document: d.document ?? { path: '' }, decisions: d.decisions };
}

export function serializeSidecar(s: Sidecar): string {
  return JSON.stringify({ ...s, schema: SIDECAR_SCHEMA, decisions: [...s.decisions].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)) }, null, 2) + '\n';
}

/** A decision for the span [start, end) of `text`, with anchoring context. */
export function makeDecision(text: string, span: { start: number; end: number; kind: AnnotationKind; label: AnnotationLabel }, status: DecisionStatus, id: string): Decision {
  return {
    id, status, kind: span.kind, label: span.label, start: span.start, end: span.end, text: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start), suffix: text.slice(span.end, span.end + CONTEXT), created: new Date().toISOString(),
  };
}

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

/**
 * Finds each decision in `text` again: in place if its text is still there, else the
 * occurrence of its text whose surrounding context matches best. Decisions that cannot be
 * found are returned as `lost` — never moved onto other words.
 */
export function reanchor(decisions: Decision[], text: string): { kept: Decision[]; lost: Decision[] } {
  const kept: Decision[] = [];
  const lost: Decision[] = [];
  for (const d of decisions) {
    if (text.slice(d.start, d.end) === d.text) { kept.push(d); continue; }
    let best = -1;
    let bestScore = -1;
    for (let i = text.indexOf(d.text); i >= 0; i = text.indexOf(d.text, i + 1)) {
      const ctx = commonSuffix(text.slice(Math.max(0, i - CONTEXT), i), d.prefix) + commonPrefix(text.slice(i + d.text.length, i + d.text.length + CONTEXT), d.suffix);
      const score = ctx * 1000 - Math.min(999, Math.abs(i - d.start) / 100);
      if (score > bestScore) { bestScore = score; best = i; }
    }
    // A lone occurrence is trusted only with some matching context; several need the best context to be clear.
    if (best >= 0 && bestScore >= 4 * 1000 - 999) kept.push({ ...d, start: best, end: best + d.text.length, prefix: text.slice(Math.max(0, best - CONTEXT), best), suffix: text.slice(best + d.text.length, best + d.text.length + CONTEXT) });
    else lost.push(d);
  }
  return { kept, lost };
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

/** Refreshes text and context of decisions after their offsets moved. */
export function refreshAnchors(decisions: Decision[], text: string): Decision[] {
  return decisions.map((d) => ({ ...d, text: text.slice(d.start, d.end), prefix: text.slice(Math.max(0, d.start - CONTEXT), d.start), suffix: text.slice(d.end, d.end + CONTEXT) }));
}

export type ReviewStatus = 'suggested' | 'accepted' | 'manual';

/**
 * Applies decisions to the engine's suggestions: rejected ones disappear, accepted ones are
 * marked, manual spans are added and replace suggestions of the same kind that they overlap.
 */
export function applyDecisions(auto: Annotation[], decisions: Decision[], text: string): Array<Annotation & { status: ReviewStatus; decisionId?: string }> {
  const same = (a: Annotation, d: Decision) => a.kind === d.kind && a.start === d.start && a.end === d.end;
  const manual = decisions.filter((d) => d.status === 'manual');
  const out: Array<Annotation & { status: ReviewStatus; decisionId?: string }> = [];
  for (const a of auto) {
    if (decisions.some((d) => d.status === 'rejected' && same(a, d))) continue;
    if (manual.some((d) => d.kind === a.kind && d.start < a.end && a.start < d.end)) continue;
    const acc = decisions.find((d) => d.status === 'accepted' && same(a, d) && d.label === a.label);
    const attributes = acc?.speaker ? { ...a.attributes, speaker: { ...acc.speaker, via: 'annotator' } } : a.attributes;
    out.push({ ...a, attributes, status: acc ? 'accepted' : 'suggested', decisionId: acc?.id });
  }
  for (const d of manual) {
    const attributes = d.speaker ? { speaker: { ...d.speaker, via: 'annotator' } } : {};
    out.push({ id: d.id, kind: d.kind, label: d.label, start: d.start, end: d.end, text: text.slice(d.start, d.end), source: 'manual', confidence: 1, attributes, status: 'manual', decisionId: d.id });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
