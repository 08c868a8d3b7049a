// The render model the editor's boxes, the review loop and the review pane draw from: spans with label, review state and speaker links.
import type { TextLike } from '../engine/pieceText';
import { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Annotation } from '../engine/analysis';
import { Speaker } from '../engine/quotations';

/** Below this confidence a suggestion is drawn lighter, so a reviewer looks at it first. */
export const LOW_CONFIDENCE = 0.6;

export interface RenderSpan {
  id: string;
  kind: Annotation['kind'];
  label: Annotation['label'];
  status: 'suggested' | 'accepted' | 'manual';
  lowConfidence: boolean;
  /** UTF-16 offsets of the box: the annotation trimmed of surrounding white space. */
  start: number;
  end: number;
  range: Range;
  text: string;
  /** For quotations: the mention the speaker was found at, and how. */
  speaker?: { text: string; via?: string; start?: number; end?: number; range?: Range };
  /** For dates: no document date to resolve a relative expression against. */
  unresolved?: boolean;
}

export interface RenderModel {
  uri: string;
  version: number;
  spans: RenderSpan[];
  /** Annotations per label, as the legend shows them. */
  counts: Record<string, number>;
  /** Reviewed = accepted, manual or rejected; total = reviewed + still suggested. */
  reviewed: number;
  total: number;
}

/** What /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by code unit: asked twice per span of every version. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Shrinks [start, end) past white space at either end, so a box never covers a space at a soft wrap. */
export function trimSpan(text: TextLike, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function renderModel(doc: TextDocument, a: Analysis, rejected: number): RenderModel {
  const range = (s: number, e: number): Range => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const counts: Record<string, number> = {};
  const spans: RenderSpan[] = [];
  for (const x of a.annotations) {
    const { start, end } = trimSpan(a.text, x.start, x.end);
    if (start >= end) continue;
    counts[x.label] = (counts[x.label] ?? 0) + 1;
    const status = x.status ?? 'suggested';
    // Built field by field, one object shape for every span: a large article has tens of thousands.
    const span: RenderSpan = {
      id: x.decisionId ?? x.id, kind: x.kind, label: x.label, status, lowConfidence: status === 'suggested' && x.confidence < LOW_CONFIDENCE,
      start, end, range: range(start, end), text: a.text.slice(start, end),
    };
    if (x.kind === 'date' && x.attributes.unresolved) span.unresolved = true;
    const sp = x.kind === 'quotation' ? x.attributes.speaker as Speaker | undefined : undefined;
    if (sp) span.speaker = { text: sp.text, via: sp.via, ...(sp.start !== undefined && sp.end !== undefined ? { start: sp.start, end: sp.end, range: range(sp.start, sp.end) } : {}) };
    spans.push(span);
  }
  return { uri: doc.uri, version: doc.version, spans, counts, ...progressOf(spans, rejected) };
}

/** Reviewed = accepted, manual or rejected; total adds the open suggestions. Spans with no text are not counted. */
function progressOf(spans: Array<{ status?: string }>, rejected: number): { reviewed: number; total: number } {
  let suggested = 0;
  for (const s of spans) if ((s.status ?? 'suggested') === 'suggested') suggested++;
  const reviewed = spans.length - suggested + rejected;
  return { reviewed, total: reviewed + suggested };
}

/**
 * The status bar's figures without building the model: the server reports them after every edit, and
 * positions for every span of a large article would be work on the keystroke path.
 */
export function reviewProgress(a: { text: TextLike; annotations: Analysis['annotations'] }, rejected: number): { reviewed: number; total: number } {
  let shown = 0;
  let suggested = 0;
  for (const x of a.annotations) {
    const t = trimSpan(a.text, x.start, x.end);
    if (t.start >= t.end) continue;
    shown++;
    if ((x.status ?? 'suggested') === 'suggested') suggested++;
  }
  const reviewed = shown - suggested + rejected;
  return { reviewed, total: reviewed + suggested };
}
