// Status bar item: server state and, for the active article, counts of entities, quotations and dates.
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
  reviewed: number;
  sidecarError?: string;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('arabicNews.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, ServerStatus>();

  constructor() {
    this.item.name = 'Arabic News Annotator';
    this.item.command = 'arabicNews.showOutput';
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
    if (!s || !s.analysed) {
      this.item.text = '$(check) Arabic News';
      this.item.tooltip = s?.reason ? `Arabic News Annotator: ready (${s.reason})` : 'Arabic News Annotator: ready';
    } else {
      this.item.text = `${s.sidecarError ? '$(error) ' : ''}$(symbol-field) ${s.entities} $(quote) ${s.quotations} $(calendar) ${s.dates} $(check-all) ${s.reviewed}`;
      this.item.tooltip = `Arabic News Annotator: ${s.entities} entity mentions, ${s.quotations} quotations, ${s.dates} dates and times; ${s.reviewed} reviewed` +
        (s.sidecarError ? `\nAnnotation disabled: ${s.sidecarError}` : '');
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
