// Document symbols: entities grouped by label, quotations by speaker, and dates — the outline.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';

const KIND: Record<string, SymbolKind> = { PERSON: SymbolKind.Object, LOCATION: SymbolKind.Namespace, ORGANIZATION: SymbolKind.Class, MISC: SymbolKind.Constant };
const GROUP: Record<string, string> = { PERSON: 'Persons', LOCATION: 'Locations', ORGANIZATION: 'Organizations', MISC: 'Miscellaneous' };

export function provideDocumentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const range = (s: number, e: number) => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const out: DocumentSymbol[] = [];
  for (const label of Object.keys(GROUP)) {
    const entities = a.entities.filter((e) => e.label === label);
    if (!entities.length) continue;
    const children = entities.map((e) => {
      const first = e.mentions[0];
      const last = e.mentions[e.mentions.length - 1];
      return { name: a.text.slice(first.start, first.end), detail: `${e.mentions.length} mention${e.mentions.length > 1 ? 's' : ''}`, kind: KIND[label],
        range: range(first.start, Math.max(first.end, last.end)), selectionRange: range(first.start, first.end) };
    });
    out.push({ name: GROUP[label], detail: String(entities.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children.reduce((m, c) => (doc.offsetAt(c.range.end) > doc.offsetAt(m) ? c.range.end : m), children[0].range.end) }, selectionRange: children[0].selectionRange, children });
  }
  if (a.quotations.length) {
    const children = a.quotations.map((q) => ({ name: `${q.speaker?.text ?? 'Unknown speaker'}: ${a.text.slice(q.contentStart, Math.min(q.contentEnd, q.contentStart + 40))}${q.contentEnd - q.contentStart > 40 ? '…' : ''}`,
      kind: SymbolKind.String, range: range(q.start, q.end), selectionRange: range(q.start, q.end) }));
    out.push({ name: 'Quotations', detail: String(children.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].selectionRange, children });
  }
  if (a.dates.length) {
    const children = a.dates.map((d) => ({ name: a.text.slice(d.start, d.end), detail: `${d.type} ${d.resolved.value}`, kind: SymbolKind.Event, range: range(d.start, d.end), selectionRange: range(d.start, d.end) }));
    out.push({ name: 'Dates and times', detail: String(children.length), kind: SymbolKind.Package, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].selectionRange, children });
  }
  return out;
}
