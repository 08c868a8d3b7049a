// `arabicNews/compare`: the open article's decisions against another annotator's sidecar or JSON export, as review items.
import * as path from 'path';
import { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AgreementSpan, labelAgreement, LabelAgreement, PairAgreement, speakerAgreement } from '../engine/agreement';
import { Disagreement, disagreements, DisagreementKind } from '../engine/disagreements';
import { tokenize } from '../engine/tokenize';
import { readAnnotatorFile, SIDECAR_SUFFIX } from '../io/annotatorFile';
import { localPath } from '../io/fileUri';
import { SidecarStore } from '../sidecarStore';

/** `file`: the other annotator's file, a local path or a `file:` URI. */
export interface CompareParams { uri: string; file: string }

export interface CompareSide {
  label: string; range: Range; start: number; end: number; text: string;
  speaker?: { start: number; end: number; text: string; range: Range };
}
export interface CompareItem { id: string; kind: DisagreementKind; mine?: CompareSide; theirs?: CompareSide; range: Range; text: string }
export interface CompareResult {
  ok: boolean; message: string; other?: string; items: CompareItem[];
  /** Spans on each side, per-label F1 and kappa (this article only; the user's side is the reference), speakers. */
  mine: number; theirs: number; labels: LabelAgreement[]; speakers?: PairAgreement;
}

const failed = (message: string): CompareResult => ({ ok: false, message, items: [], mine: 0, theirs: 0, labels: [] });

function side(doc: TextDocument, s: AgreementSpan | undefined): CompareSide | undefined {
  if (!s) return undefined;
  const text = doc.getText();
  const range = (a: number, b: number) => ({ start: doc.positionAt(a), end: doc.positionAt(b) });
  return {
    label: s.label, start: s.start, end: s.end, text: text.slice(s.start, s.end), range: range(s.start, s.end),
    ...(s.speaker ? { speaker: { ...s.speaker, range: range(s.speaker.start, s.speaker.end) } } : {}),
  };
}

function item(doc: TextDocument, d: Disagreement): CompareItem {
  const start = Math.min(d.mine?.start ?? Infinity, d.theirs?.start ?? Infinity);
  const end = Math.max(d.mine?.end ?? -Infinity, d.theirs?.end ?? -Infinity);
  const tag = (s?: AgreementSpan) => (s ? `${s.label}@${s.start}-${s.end}${s.speaker ? `/${s.speaker.start}-${s.speaker.end}` : ''}` : '-');
  return {
    id: `${d.kind}:${tag(d.mine)}:${tag(d.theirs)}`, kind: d.kind, mine: side(doc, d.mine), theirs: side(doc, d.theirs),
    range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: doc.getText().slice(start, end),
  };
}

/**
 * Reads the other file (never writes it) against the text open in the editor, and compares it with this
 * user's accepted and manual decisions as they are now (unsaved ones included), like `agree` does with two files.
 */
export function compareWithAnnotator(doc: TextDocument, p: CompareParams, sidecars: SidecarStore): CompareResult {
  const where = p.file.startsWith('file:') ? localPath(p.file) : { path: p.file };
  if (!('path' in where)) return failed(`The other annotator's file is ${where.reason}.`);
  const mineDoc = localPath(doc.uri);
  if ('path' in mineDoc && [mineDoc.path, mineDoc.path + SIDECAR_SUFFIX].map((x) => path.resolve(x)).includes(path.resolve(where.path))) {
    return failed('That is this article\'s own sidecar: choose the other annotator\'s sidecar or JSON export of this article.');
  }
  const text = doc.getText();
  let theirs: ReturnType<typeof readAnnotatorFile>;
  try { theirs = readAnnotatorFile(where.path, { text }); } catch (e) { return failed(`Could not read ${path.basename(where.path)}: ${(e as Error).message.split('\n')[0]}`); }
  const mine: AgreementSpan[] = sidecars.decisions(doc.uri).filter((d) => d.status === 'accepted' || d.status === 'manual').map((d) => ({
    label: d.label, start: d.start, end: d.end, ...(d.speaker ? { speaker: { start: d.speaker.start, end: d.speaker.end, text: d.speaker.text } } : {}),
  }));
  if (theirs.unanchored && !theirs.spans.length) return failed(`${path.basename(where.path)} is not about this text: none of its ${theirs.unanchored} annotations is found at its place here.`);
  const items = disagreements(mine, theirs.spans).map((d) => item(doc, d));
  const docs = [{ name: doc.uri, tokens: tokenize(text), a: mine, b: theirs.spans }];
  const skipped = theirs.unanchored ? `; ${theirs.unanchored} of theirs left out (their words are not at that place in this text)` : '';
  return {
    ok: true, other: where.path, items, mine: mine.length, theirs: theirs.spans.length, labels: labelAgreement(docs), speakers: speakerAgreement(docs),
    message: `${items.length} disagreement${items.length === 1 ? '' : 's'} with ${path.basename(where.path)} (${mine.length} reviewed spans here, ${theirs.spans.length} there${skipped}).`,
  };
}

/** The request handler: the article must be open (its text and unsaved decisions are what is compared). */
export function compareRequest(documents: { get(uri: string): TextDocument | undefined }, sidecars: SidecarStore): (p: CompareParams) => CompareResult {
  return (p) => {
    const doc = documents.get(p.uri);
    return doc ? compareWithAnnotator(doc, p, sidecars) : failed('Open the article first: the comparison uses its text as it is in the editor.');
  };
}
