// Status bar item: server state and, for the active article, review progress; clicking it jumps to the next unreviewed suggestion.
import * as vscode from 'vscode';

export interface ServerStatus {
  uri: string;
  /** Set while a large document is being analysed; the counts come with the next report. */
  analysing?: boolean;
  analysed: boolean;
  reason?: string;
  entities: number;
  quotations: number;
  dates: number;
  /** Accepted, manual or rejected annotations, out of `total` (those plus the open suggestions). */
  reviewed: number;
  total: number;
  /** The annotator marked the whole article reviewed. */
  articleReviewed?: boolean;
  sidecarError?: string;
  /** Why the last sidecar write failed: the decisions are only in memory until a write succeeds. */
  unsaved?: string;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('arabicNews.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, ServerStatus>();

  constructor() {
    this.item.name = 'Arabic News Annotator';
    this.item.command = 'arabicNews.nextSuggestion';
  }

  starting(): void {
    this.item.text = '$(sync~spin) Arabic News: starting';
    this.item.show();
  }

  ready(): void {
    this.show(vscode.window.activeTextEditor?.document.uri.toString());
  }

  update(s: ServerStatus, activeUri: string | undefined): void {
    if (s.analysing) {
      if (s.uri === activeUri) { this.item.text = '$(sync~spin) Arabic News: analysing'; this.item.show(); }
      return;
    }
    this.byUri.set(s.uri, s);
    this.show(activeUri);
  }

  show(uri: string | undefined): void {
    const s = uri ? this.byUri.get(uri) : undefined;
    this.item.command = s?.analysed ? 'arabicNews.nextSuggestion' : 'arabicNews.showOutput';
    if (!s || !s.analysed) {
      this.item.text = '$(check) Arabic News';
      this.item.tooltip = s?.reason ? `Arabic News Annotator: ready (${s.reason})` : 'Arabic News Annotator: ready';
    } else {
      const done = s.articleReviewed || (s.total > 0 && s.reviewed >= s.total);
      this.item.text = `${s.sidecarError ? '$(error) ' : ''}${s.unsaved ? '$(warning) unsaved · ' : ''}${done ? '$(pass-filled)' : '$(checklist)'} ${s.reviewed}/${s.total} reviewed${s.articleReviewed ? ' · article ✓' : ''}`;
      this.item.tooltip = `Arabic News Annotator: ${s.reviewed} of ${s.total} annotations reviewed — ${s.entities} entity mentions, ${s.quotations} quotations, ${s.dates} dates and times.` +
        (s.articleReviewed ? '\nThe article is marked reviewed: its remaining suggestions count as accepted when the model learns.' : '') +
        (s.reviewed >= s.total ? '' : '\nClick to go to the next unreviewed suggestion.') + (s.sidecarError ? `\nAnnotation disabled: ${s.sidecarError}` : '') +
        (s.unsaved ? `\nDecisions are kept in memory but not saved: ${s.unsaved}` : '');
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
