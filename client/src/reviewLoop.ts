// The review loop in the text editor: next / previous unreviewed suggestion, and accept or reject that moves on to the next one.
import * as vscode from 'vscode';
import { nextSuggestion, RenderModels, RenderSpan } from './renderModels';

export interface Decided { ok: boolean }

export class ReviewLoop {
  constructor(private readonly models: RenderModels) {}

  /** Selects and reveals the next (or previous) unreviewed suggestion of the active article. */
  async go(direction: 1 | -1, from?: number): Promise<RenderSpan | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const uri = editor.document.uri.toString();
    const model = (await this.models.fetch(uri)) ?? this.models.get(uri);
    if (!model) { void vscode.window.setStatusBarMessage('Arabic News: this document is not analysed as an Arabic article', 4000); return undefined; }
    const offset = from ?? editor.document.offsetAt(editor.selection.start);
    const next = nextSuggestion(model, offset, direction);
    if (!next) {
      void vscode.window.setStatusBarMessage(`Arabic News: all ${model.total} annotations reviewed`, 4000);
      return undefined;
    }
    const range = new vscode.Range(next.range.start.line, next.range.start.character, next.range.end.line, next.range.end.character);
    // Selection runs from the end to the start so the cursor sits at the start: "under the cursor" commands act on it.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return next;
  }

  /** After a decision on the span at `offset`, moves to the next suggestion when the setting asks for it. */
  async advanceAfter(decided: Decided, uri: string, offset: number): Promise<void> {
    if (!decided.ok) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.toString() !== uri) return;
    if (!vscode.workspace.getConfiguration('arabicNews', editor.document.uri).get<boolean>('review.moveToNext', true)) { await this.models.fetch(uri); return; }
    await this.go(1, offset);
  }
}
