// Document symbols: entities grouped by label, quotations by speaker, and dates — the outline.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';
import { visibleEntities } from './visibleEntities';

export const SYMBOL_KIND: Record<string, SymbolKind> = { PERSON: SymbolKind.Object, LOCATION: SymbolKind.Namespace, ORGANIZATION: SymbolKind.Class, MISC: SymbolKind.Constant };
const GROUP: Record<string, string> = { PERSON: 'Persons', LOCATION: 'Locations', ORGANIZATION: 'Organizations', MISC: 'Miscellaneous' };

export function provideDocumentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const range = (s: number, e: number) => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const out: DocumentSymbol[] = [];
  for (const label of Object.keys(GROUP)) {
    const entities = visibleEntities(a).filter((e) => e.label === label);
    if (!entities.length) continue;
    const children = entities.map((e) => {
      const first = e.mentions[0];
      const last = e.mentions[e.mentions.length - 1];
      return { name: a.text.slice(first.start, first.end), detail: `${e.mentions.length} mention${e.mentions.length > 1 ? 's' : ''}`, kind: SYMBOL_KIND[label],
        range: range(first.start, Math.max(first.end, last.end)), selectionRange: range(first.start, first.end) };
    });
    out.push({ name: GROUP[label], detail: String(entities.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children.reduce((m, c) => (doc.offsetAt(c.range.end) > doc.offsetAt(m) ? c.range.end : m), children[0].range.end) }, selectionRange: children[0].selectionRange, children });
  }
  if (a.quotations.length) {
    // Quotations by speaker: who said what is the question the outline answers.
    const bySpeaker = new Map<string, typeof a.quotations>();
    for (const q of a.quotations) {
      const key = q.speaker?.entityId ?? q.speaker?.text ?? '';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    const speakers: DocumentSymbol[] = [...bySpeaker.values()].map((qs) => {
      const sp = qs[0].speaker;
      const first = sp?.entityId ? a.entities.find((e) => e.id === sp.entityId)?.mentions[0] : undefined;
      const name = first ? a.text.slice(first.start, first.end) : sp?.text ?? 'Unknown speaker';
      const children = qs.map((q) => {
        const content = a.text.slice(q.contentStart, q.contentEnd);
        return { name: content.length > 50 ? content.slice(0, 50) + '…' : content, detail: q.speaker?.cue ?? '', kind: SymbolKind.String, range: range(q.start, q.end), selectionRange: range(q.start, q.end) };
      });
      return { name, detail: `${qs.length} quotation${qs.length > 1 ? 's' : ''}`, kind: SymbolKind.Object, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].selectionRange, children };
    });
    out.push({ name: 'Quotations', detail: String(a.quotations.length), kind: SymbolKind.Package, range: { start: speakers[0].range.start, end: speakers.reduce((m, c) => (doc.offsetAt(c.range.end) > doc.offsetAt(m) ? c.range.end : m), speakers[0].range.end) }, selectionRange: speakers[0].selectionRange, children: speakers });
  }
  if (a.dates.length) {
    const children = a.dates.map((d) => ({ name: a.text.slice(d.start, d.end), detail: `${d.type} ${d.resolved.value}`, kind: SymbolKind.Event, range: range(d.start, d.end), selectionRange: range(d.start, d.end) }));
    out.push({ name: 'Dates and times', detail: String(children.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].selectionRange, children });
  }
  return out;
}
