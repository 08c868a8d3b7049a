// Annotation commands (annotate, accept, reject, relabel, remove, accept all) and export, as server requests.
import { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Annotation, AnnotationLabel, LABEL_KIND } from '../engine/analysis';
import { Lexicon } from '../engine/clitics';
import { ExportFormat, render, Rendered } from '../engine/exporters';
import { OffsetConvention } from '../engine/offsets';
import { snapSelection } from '../engine/snap';
import { importBrat, ImportedSpan, importJson } from '../engine/importers';
import { SidecarStore } from '../sidecarStore';
import { annotationsAt } from './lookup';

export interface AnnotateParams { uri: string; range: Range; label: AnnotationLabel; literal?: boolean }
export interface DecideParams { uri: string; position: Position; action: 'accept' | 'reject' | 'remove' | 'relabel'; label?: AnnotationLabel }
export interface AcceptAllParams { uri: string; label?: AnnotationLabel; entityId?: string }
export interface ExportParams { uri: string; format: ExportFormat; offsets: OffsetConvention; includeSuggestions: boolean }
export interface SpeakerParams { uri: string; position: Position; speaker: { start: number; end: number } | null }
export interface ImportParams { uri: string; format: 'json' | 'brat'; content: string }
export interface ReviewResult { ok: boolean; message: string }

export interface ReviewDeps {
  sidecars: SidecarStore;
  lexicon: Lexicon;
}

/** Marks the selection as `label`; the span snaps to the word the user meant unless `literal`. */
export function annotateSelection(doc: TextDocument, p: AnnotateParams, deps: ReviewDeps): ReviewResult {
  const text = doc.getText();
  let start = doc.offsetAt(p.range.start);
  let end = doc.offsetAt(p.range.end);
  if (!p.literal) ({ start, end } = snapSelection(text, start, end, deps.lexicon));
  if (start >= end) return { ok: false, message: 'Select the text to annotate first.' };
  const kind = LABEL_KIND[p.label];
  deps.sidecars.update(doc.uri, (ds) => [
    ...ds.filter((d) => !(d.kind === kind && d.start < end && start < d.end && d.status !== 'rejected')),
    deps.sidecars.make(doc.uri, text, { start, end, kind, label: p.label }, 'manual'),
  ]);
  return { ok: true, message: `Annotated “${text.slice(start, end)}” as ${p.label}.` };
}

function target(a: Analysis, doc: TextDocument, pos: Position): Annotation | undefined {
  return annotationsAt(a, doc.offsetAt(pos))[0];
}

/** Accept, reject, remove or relabel the annotation under the cursor. */
export function decide(doc: TextDocument, a: Analysis, p: DecideParams, deps: ReviewDeps): ReviewResult {
  const x = target(a, doc, p.position);
  if (!x) return { ok: false, message: 'No annotation under the cursor.' };
  const text = doc.getText();
  const span = { start: x.start, end: x.end, kind: x.kind, label: x.label };
  const others = (ds: ReturnType<SidecarStore['decisions']>) => ds.filter((d) => !(d.kind === x.kind && d.start === x.start && d.end === x.end));
  switch (p.action) {
    case 'accept':
      if (x.status === 'manual') return { ok: true, message: 'Manual annotations are already accepted.' };
      deps.sidecars.update(doc.uri, (ds) => [...others(ds), deps.sidecars.make(doc.uri, text, span, 'accepted')]);
      return { ok: true, message: `Accepted ${x.label} “${x.text}”.` };
    case 'reject':
    case 'remove':
      deps.sidecars.update(doc.uri, (ds) => (x.status === 'manual' ? others(ds) : [...others(ds), deps.sidecars.make(doc.uri, text, span, 'rejected')]));
      return { ok: true, message: `${p.action === 'reject' ? 'Rejected' : 'Removed'} ${x.label} “${x.text}”.` };
    case 'relabel': {
      if (!p.label) return { ok: false, message: 'No label given.' };
      const kind = LABEL_KIND[p.label];
      deps.sidecars.update(doc.uri, (ds) => [...others(ds), deps.sidecars.make(doc.uri, text, { ...span, kind, label: p.label! }, 'manual')]);
      return { ok: true, message: `Changed “${x.text}” to ${p.label}.` };
    }
  }
  // A client's own value (the request is open to any LSP client): named, not answered with a TypeError's text.
  return { ok: false, message: `Unknown action “${String(p.action)}” (accept, reject, remove or relabel).` };
}

/** Accepts every suggestion of one label, or every mention of one entity. */
export function acceptAll(doc: TextDocument, a: Analysis, p: AcceptAllParams, deps: ReviewDeps): ReviewResult {
  const picked = a.annotations.filter((x) => x.status === 'suggested' && (p.label ? x.label === p.label : true) && (p.entityId ? x.attributes.entityId === p.entityId : true));
  if (!picked.length) return { ok: true, message: 'Nothing left to accept.' };
  const text = doc.getText();
  deps.sidecars.update(doc.uri, (ds) => [...ds, ...picked.map((x) => deps.sidecars.make(doc.uri, text, { start: x.start, end: x.end, kind: x.kind, label: x.label }, 'accepted'))]);
  return { ok: true, message: `Accepted ${picked.length} suggestion${picked.length > 1 ? 's' : ''}.` };
}

/** The files an export writes for one document, from the same renderer as the CLI. */
export function exportDocument(a: Analysis, p: ExportParams, path: string, sha256: string): Rendered[] {
  const annotations = p.includeSuggestions ? a.annotations : a.annotations.filter((x) => x.status === 'accepted' || x.status === 'manual');
  return render({ ...a, annotations }, path, sha256, { format: p.format, offsets: p.offsets });
}

/** Restores spans from an export: a span the tagger also suggests becomes accepted, any other a manual one. */
export function importAnnotations(doc: TextDocument, a: Analysis, p: ImportParams, deps: ReviewDeps): ReviewResult {
  const text = doc.getText();
  const { spans, problems } = p.format === 'brat' ? importBrat(p.content, text) : importJson(p.content, text);
  if (!spans.length) return { ok: false, message: `Nothing imported${problems.length ? `: ${problems.slice(0, 3).join('; ')}` : ''}.` };
  const suggested = (s: ImportedSpan) => a.annotations.some((x) => x.source === 'auto' && x.kind === s.kind && x.label === s.label && x.start === s.start && x.end === s.end);
  deps.sidecars.update(doc.uri, (ds) => {
    const kept = ds.filter((d) => !spans.some((s) => s.kind === d.kind && s.start < d.end && d.start < s.end));
    return [...kept, ...spans.map((s) => deps.sidecars.make(doc.uri, text, s, suggested(s) ? 'accepted' : 'manual'))];
  });
  return { ok: true, message: `Imported ${spans.length} annotation${spans.length > 1 ? 's' : ''}${problems.length ? `; ${problems.length} skipped (${problems.slice(0, 2).join('; ')})` : ''}.` };
}

/** Sets (or clears) the speaker of the quotation under the cursor to a mention chosen by the annotator. */
export function setSpeaker(doc: TextDocument, a: Analysis, p: SpeakerParams, deps: ReviewDeps): ReviewResult {
  const q = annotationsAt(a, doc.offsetAt(p.position)).find((x) => x.kind === 'quotation');
  if (!q) return { ok: false, message: 'No quotation under the cursor.' };
  const text = doc.getText();
  const mention = p.speaker ? a.annotations.find((x) => x.kind === 'entity' && x.start === p.speaker!.start && x.end === p.speaker!.end) : undefined;
  if (p.speaker && !mention) return { ok: false, message: 'The chosen speaker is not an entity of this document.' };
  const speaker = mention ? { text: mention.text, start: mention.start, end: mention.end, entityId: mention.attributes.entityId as string | undefined } : undefined;
  deps.sidecars.update(doc.uri, (ds) => {
    const rest = ds.filter((d) => !(d.kind === 'quotation' && d.start === q.start && d.end === q.end));
    const d = deps.sidecars.make(doc.uri, text, { start: q.start, end: q.end, kind: 'quotation', label: 'QUOTE' }, q.status === 'manual' ? 'manual' : 'accepted');
    return [...rest, { ...d, speaker }];
  });
  return { ok: true, message: speaker ? `Speaker set to ${speaker.text}.` : 'Speaker cleared.' };
}
