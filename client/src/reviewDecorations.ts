// Underlines that tell suggestions (dotted) from accepted (solid) and manual (double) annotations; underline keeps Arabic letters joined.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface RangeJson { start: { line: number; character: number }; end: { line: number; character: number } }
interface ReviewState { suggested: RangeJson[]; accepted: RangeJson[]; manual: RangeJson[] }

export class ReviewDecorations implements vscode.Disposable {
  private readonly types = {
    suggested: vscode.window.createTextEditorDecorationType({ textDecoration: 'underline dotted' }),
    accepted: vscode.window.createTextEditorDecorationType({ textDecoration: 'underline solid' }),
    manual: vscode.window.createTextEditorDecorationType({ textDecoration: 'underline double' }),
  };

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Re-reads the review state of the editor showing `uri` (after each server status report). */
  async refresh(uri?: string): Promise<void> {
    const c = this.client();
    for (const editor of vscode.window.visibleTextEditors) {
      if (!c || (uri && editor.document.uri.toString() !== uri)) continue;
      const state = await c.sendRequest<ReviewState>('arabicNews/reviewState', { uri: editor.document.uri.toString() });
      const toRanges = (rs: RangeJson[]) => rs.map((r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
      for (const k of ['suggested', 'accepted', 'manual'] as const) editor.setDecorations(this.types[k], toRanges(state[k]));
    }
  }

  dispose(): void {
    Object.values(this.types).forEach((t) => t.dispose());
  }
}
