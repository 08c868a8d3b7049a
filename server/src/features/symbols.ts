// Document symbols: entities grouped by label, quotations by speaker, and dates — the outline.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Annotation } from '../engine/analysis';
import { Speaker } from '../engine/quotations';
import { visibleEntities } from './visibleEntities';
import { annotationDisplayText, mentionDisplayText } from '../engine/mentionDisplay';

export const SYMBOL_KIND: Record<string, SymbolKind> = { PERSON: SymbolKind.Object, LOCATION: SymbolKind.Namespace, ORGANIZATION: SymbolKind.Class, MISC: SymbolKind.Constant };
const GROUP: Record<string, string> = { PERSON: 'Persons', LOCATION: 'Locations', ORGANIZATION: 'Organizations', MISC: 'Miscellaneous' };

const speakerOf = (q: Annotation) => q.attributes.speaker as Speaker | undefined;

export function provideDocumentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const range = (s: number, e: number) => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const out: DocumentSymbol[] = [];
  for (const label of Object.keys(GROUP)) {
    const entities = visibleEntities(a).filter((e) => e.label === label);
    if (!entities.length) continue;
    const children = entities.map((e) => {
      const first = e.mentions[0];
      const last = e.mentions[e.mentions.length - 1];
      return { name: annotationDisplayText(a.text, first), detail: `${e.mentions.length} mention${e.mentions.length > 1 ? 's' : ''}`, kind: SYMBOL_KIND[label],
        range: range(first.start, Math.max(first.end, last.end)), selectionRange: range(first.start, first.end) };
    });
    out.push({ name: GROUP[label], detail: String(entities.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children.reduce((m, c) => (doc.offsetAt(c.range.end) > doc.offsetAt(m) ? c.range.end : m), children[0].range.end) }, selectionRange: children[0].selectionRange, children });
  }
  // Quotations and dates as the annotator left them: rejected ones gone, manual ones listed.
  const quotations = a.annotations.filter((x) => x.kind === 'quotation');
  if (quotations.length) {
    // Quotations by speaker: who said what is the question the outline answers.
    const bySpeaker = new Map<string, Annotation[]>();
    for (const q of quotations) {
      const sp = speakerOf(q);
      const key = sp?.entityId ?? sp?.text ?? '';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    const speakers: DocumentSymbol[] = [...bySpeaker.values()].map((qs) => {
      const sp = speakerOf(qs[0]);
      const first = sp?.entityId ? a.entities.find((e) => e.id === sp.entityId)?.mentions[0] : undefined;
      const name = first ? mentionDisplayText(a.text, first.start, first.end, first.key) : sp?.text ?? 'Unknown speaker';
      const children = qs.map((q) => {
        const content = String(q.attributes.content ?? q.text);
        const cue = speakerOf(q)?.cue;
        return { name: content.length > 50 ? content.slice(0, 50) + '…' : content, detail: cue ? `cue: ${cue}` : '', kind: SymbolKind.String, range: range(q.start, q.end), selectionRange: range(q.start, q.end) };
      });
      return { name, detail: `${qs.length} quotation${qs.length > 1 ? 's' : ''}`, kind: SymbolKind.Object, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].selectionRange, children };
    });
    out.push({ name: 'Quotations', detail: String(quotations.length), kind: SymbolKind.Package, range: { start: speakers[0].range.start, end: speakers.reduce((m, c) => (doc.offsetAt(c.range.end) > doc.offsetAt(m) ? c.range.end : m), speakers[0].range.end) }, selectionRange: speakers[0].selectionRange, children: speakers });
  }
  const dates = a.annotations.filter((x) => x.kind === 'date');
  if (dates.length) {
    const children = dates.map((d) => ({ name: d.text, detail: `${d.label} ${String(d.attributes.value ?? '')}`.trim(), kind: SymbolKind.Event, range: range(d.start, d.end), selectionRange: range(d.start, d.end) }));
    out.push({ name: 'Dates and times', detail: String(children.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].selectionRange, children });
  }
  return out;
}
