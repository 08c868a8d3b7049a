// Language server wiring of the annotation commands: each request runs on the current version's analysis.
import { _Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHash } from 'crypto';
import { Analysis } from './engine/analysis';
import { parseIsoDate } from './engine/hijri';
import { Rendered } from './engine/exporters';
import {
  acceptAll, AcceptAllParams, AnnotateParams, annotateSelection, decide, DecideParams, exportDocument, ExportParams, importAnnotations, ImportParams, ReviewDeps, ReviewResult, setSpeaker, SpeakerParams,
} from './features/review';
import { exportPath } from './io/fileUri';
import { SidecarStore } from './sidecarStore';
import { paramProblem } from './features/requestChecks';

type WithAnalysis = <T>(uri: string, empty: T, f: (doc: TextDocument, a: Analysis) => T) => Promise<T>;

export interface ReviewWiring {
  sidecars: SidecarStore;
  review: ReviewDeps;
  withAnalysis: WithAnalysis;
  /** Whether the document is open: a command on a closed or never-opened one says so, not "not analysed". */
  isOpen(uri: string): boolean;
  /** The model learns from what a command decided: a snapshot before, the analysis after (modelConnection.ts). */
  models: { snapshot(uri: string): { keys: Set<string>; reviewed: boolean }; decided(uri: string, before: { keys: Set<string>; reviewed: boolean }, a: Analysis): void };
}

export const NOT_ANALYSED = 'This document is not analysed as an Arabic article.';
export const NOT_OPEN = 'This document is not open in the editor (the server annotates open documents only).';

export function wireReviewRequests(connection: _Connection, w: ReviewWiring): void {
  const { sidecars, review, withAnalysis, models, isOpen } = w;
  /** Each answers with a message for the user; a command that throws answers with its message, the server goes on. */
  function reviewRequest<P extends { uri: string }>(method: string, run: (doc: TextDocument, a: Analysis, p: P) => ReviewResult): void {
    connection.onRequest(method, async (p: P): Promise<ReviewResult> => {
      // Parameters of the wrong type are refused before anything runs (a raw client's call; the extension sends valid ones).
      const problem = paramProblem(method, p);
      if (problem) return { ok: false, message: problem };
      if (!isOpen(p.uri)) return { ok: false, message: NOT_OPEN };
      return withAnalysis<ReviewResult>(p.uri, { ok: false, message: NOT_ANALYSED }, (doc, a) => {
        const before = models.snapshot(doc.uri);
        try { const r = run(doc, a, p); if (r.ok) models.decided(doc.uri, before, a); return r; } catch (e) { return { ok: false, message: (e as Error).message }; }
      });
    });
  }
  reviewRequest<AnnotateParams>('arabicNews/annotate', (doc, _a, p) => annotateSelection(doc, p, review));
  reviewRequest<DecideParams>('arabicNews/decide', (doc, a, p) => decide(doc, a, p, review));
  reviewRequest<AcceptAllParams>('arabicNews/acceptAll', (doc, a, p) => acceptAll(doc, a, p, review));
  reviewRequest<{ uri: string }>('arabicNews/undo', (doc) => (sidecars.undo(doc.uri) ? { ok: true, message: 'Undid the last annotation command.' } : { ok: false, message: 'No annotation command to undo.' }));
  reviewRequest<{ uri: string }>('arabicNews/redo', (doc) => (sidecars.redo(doc.uri) ? { ok: true, message: 'Redid the annotation command.' } : { ok: false, message: 'No annotation command to redo.' }));
  reviewRequest<{ uri: string; date: string }>('arabicNews/setDocumentDate', (doc, _a, p) => {
    if (p.date && !parseIsoDate(p.date)) return { ok: false, message: `“${p.date}” is not a date (YYYY-MM-DD).` };
    sidecars.setDocumentDate(doc.uri, p.date || undefined);
    return { ok: true, message: p.date ? `Relative dates in this article now resolve against ${p.date}.` : 'The article\'s own date is cleared.' };
  });
  reviewRequest<{ uri: string; reviewed: boolean }>('arabicNews/markReviewed', (doc, _a, p) => {
    sidecars.setReviewed(doc.uri, p.reviewed);
    return { ok: true, message: p.reviewed ? 'Article marked reviewed: its remaining suggestions count as accepted when the model learns.' : 'Article no longer marked reviewed.' };
  });
  connection.onRequest('arabicNews/documentDate', (p: { uri: string }) => withAnalysis(p.uri, null, (_doc, a) => ({ own: sidecars.documentDate(p.uri) ?? null, used: a.documentDate ? { ...a.documentDate } : null })));
  reviewRequest<SpeakerParams>('arabicNews/setSpeaker', (doc, a, p) => setSpeaker(doc, a, p, review));
  reviewRequest<ImportParams>('arabicNews/import', (doc, a, p) => importAnnotations(doc, a, p, review));
  connection.onRequest('arabicNews/export', (p: ExportParams) => withAnalysis<{ files: Rendered[]; message?: string }>(p.uri, { files: [], message: isOpen(p.uri) ? NOT_ANALYSED : NOT_OPEN }, (doc, a) => {
    const sha256 = createHash('sha256').update(doc.getText()).digest('hex');
    return { files: exportDocument(a, p, exportPath(p.uri), sha256) };
  }));
  connection.onRequest('arabicNews/removeOrphans', (p: { uri: string; ids?: string[] }) => ({ removed: sidecars.removeOrphans(p.uri, p.ids) }));
}
