// Diagnostics for unbalanced quotation marks, with quick fixes that only ever insert text.
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';

export const SOURCE = 'arabic-news';

export function provideDiagnostics(doc: TextDocument, a: Analysis): Diagnostic[] {
  return a.problems.map((p) => ({
    range: { start: doc.positionAt(p.offset), end: doc.positionAt(p.offset + p.mark.length) },
    severity: DiagnosticSeverity.Warning, source: SOURCE, code: 'unbalanced-quote', message: p.message,
    data: p.fixAt !== undefined ? { fixAt: p.fixAt, insert: p.insert } : undefined,
  }));
}

export function provideQuoteFixes(doc: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  return diagnostics.filter((d) => d.source === SOURCE && d.code === 'unbalanced-quote' && d.data).map((d) => {
    const { fixAt, insert } = d.data as { fixAt: number; insert: string };
    const at = doc.positionAt(fixAt);
    return { title: `Insert closing ${insert} at the end of the quotation`, kind: CodeActionKind.QuickFix, diagnostics: [d],
      edit: { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: insert }] } } };
  });
}
