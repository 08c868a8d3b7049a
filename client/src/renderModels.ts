// The server's render model per open article, fetched once per status report and shared by boxes, review loop, hover and views.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { RenderModel, RenderSpan } from '../../server/src/features/renderModel';

export type { RenderModel, RenderSpan };

export class RenderModels implements vscode.Disposable {
  private readonly models = new Map<string, RenderModel>();
  private readonly changed = new vscode.EventEmitter<RenderModel>();
  /** Fires after a fresh model arrived for a document. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  get(uri: string): RenderModel | undefined {
    return this.models.get(uri);
  }

  /** Asks the server for the current model of `uri` (after an edit or a decision) and tells the listeners. */
  async fetch(uri: string): Promise<RenderModel | undefined> {
    const c = this.client();
    if (!c) return undefined;
    const m = await c.sendRequest<RenderModel | null>('arabicNews/renderModel', { uri });
    if (!m) { this.models.delete(uri); return undefined; }
    this.models.set(uri, m);
    this.changed.fire(m);
    return m;
  }

  forget(uri: string): void {
    this.models.delete(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The span under a UTF-16 offset, innermost first (an entity inside a quotation wins). */
export function spanAt(model: RenderModel, offset: number): RenderSpan | undefined {
  return model.spans.filter((s) => s.start <= offset && offset <= s.end).sort((p, q) => (p.end - p.start) - (q.end - q.start))[0];
}

/** The next (or previous) unreviewed suggestion after `offset`, wrapping around the document. */
export function nextSuggestion(model: RenderModel, offset: number, direction: 1 | -1): RenderSpan | undefined {
  const open = model.spans.filter((s) => s.status === 'suggested').sort((p, q) => p.start - q.start || p.end - q.end);
  if (!open.length) return undefined;
  if (direction === 1) return open.find((s) => s.start > offset) ?? open[0];
  return [...open].reverse().find((s) => s.start < offset) ?? open[open.length - 1];
}
