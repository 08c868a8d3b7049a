// References and document highlights: every mention of the entity under the cursor.
import { DocumentHighlight, DocumentHighlightKind, Location, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';
import { Annotation } from '../engine/analysis';
import { annotationsAt } from './lookup';
import { entityOf } from './visibleEntities';

function mentionsAt(doc: TextDocument, a: Analysis, pos: Position): Annotation[] {
  const x = annotationsAt(a, doc.offsetAt(pos)).find((y) => y.kind === 'entity');
  return x ? entityOf(a, x)?.mentions ?? [] : [];
}

export function provideReferences(doc: TextDocument, a: Analysis, pos: Position): Location[] {
  return mentionsAt(doc, a, pos).map((m) => ({ uri: doc.uri, range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) } }));
}

export function provideHighlights(doc: TextDocument, a: Analysis, pos: Position): DocumentHighlight[] {
  return mentionsAt(doc, a, pos).map((m) => ({ kind: DocumentHighlightKind.Text, range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) } }));
}
