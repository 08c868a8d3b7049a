// Diagnostics for unbalanced quotation marks, with quick fixes that only ever insert text.
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';
import { Speaker } from '../engine/quotations';
import { LOW_SPEAKER_CONFIDENCE } from './hover';

export const SOURCE = 'arabic-news';

export function provideDiagnostics(doc: TextDocument, a: Analysis): Diagnostic[] {
  const marks: Diagnostic[] = a.problems.map((p) => ({
    range: { start: doc.positionAt(p.offset), end: doc.positionAt(p.offset + p.mark.length) },
    severity: DiagnosticSeverity.Warning, source: SOURCE, code: 'unbalanced-quote', message: p.message,
    data: p.fixAt !== undefined ? { fixAt: p.fixAt, insert: p.insert } : undefined,
  }));
  // Unreviewed quotations whose speaker is unknown or weakly found: a hint on the opening mark, so a reviewer checks them first.
  for (const x of a.annotations) {
    if (x.kind !== 'quotation' || x.status === 'accepted' || x.status === 'manual') continue;
    const sp = x.attributes.speaker as Speaker | undefined;
    if (sp?.via === 'annotator' || (sp?.confidence ?? 0) >= LOW_SPEAKER_CONFIDENCE) continue;
    marks.push({
      range: { start: doc.positionAt(x.start), end: doc.positionAt(x.start + 1) }, severity: DiagnosticSeverity.Hint, source: SOURCE, code: 'check-speaker',
      message: sp ? `Check the speaker: ${sp.text} (${sp.via}, ${Math.round((sp.confidence ?? 0) * 100)}%)` : 'Check the speaker: none found',
    });
  }
  return marks;
}

export function provideQuoteFixes(doc: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  return diagnostics.filter((d) => d.source === SOURCE && d.code === 'unbalanced-quote' && d.data).map((d) => {
    const { fixAt, insert } = d.data as { fixAt: number; insert: string };
    const at = doc.positionAt(fixAt);
    return { title: `Insert closing ${insert} at the end of the quotation`, kind: CodeActionKind.QuickFix, diagnostics: [d],
      edit: { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: insert }] } } };
  });
}
