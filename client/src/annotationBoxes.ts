// Draws annotations as boxes in the editor's overlay layer: background, border and outline only, so Arabic lines keep their word order.
import * as vscode from 'vscode';
import { backgroundColor, borderColor } from './palette';
import { groupOf, GROUPS, LabelGroup } from './labelGroups';
import { RenderModel, RenderModels } from './renderModels';

type BoxState = 'suggested' | 'lowConfidence' | 'accepted' | 'manual';
const STATES: BoxState[] = ['suggested', 'lowConfidence', 'accepted', 'manual'];

/**
 * Only `backgroundColor`, `border*` and `outline*`: VS Code draws those as overlay boxes that split no text.
 * `color`, `textDecoration`, `fontWeight`, `opacity` or `before`/`after` would cut the line into isolated
 * runs and put Arabic words out of order.
 */
export function boxStyle(g: LabelGroup, state: BoxState): vscode.DecorationRenderOptions {
  const quote = g === 'quote';
  const border = { suggested: quote ? undefined : '1px dashed', lowConfidence: '1px dotted', accepted: '1px solid', manual: '3px double' }[state];
  return {
    backgroundColor: state === 'lowConfidence' && !quote ? undefined : backgroundColor(g),
    ...(border ? { border, borderColor: borderColor(g), borderRadius: '3px' } : {}),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export class AnnotationBoxes implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** The speaker mention of each quotation: an outline, drawn in the overlay like the boxes. */
  private readonly speaker = vscode.window.createTextEditorDecorationType({ outline: '2px solid', outlineColor: borderColor('quote') });
  private readonly subscription: vscode.Disposable;
  /** Hidden by the user (Toggle Annotation Boxes), e.g. to read a line without any frame. */
  private hidden = false;

  constructor(private readonly models: RenderModels) {
    for (const g of GROUPS) for (const s of STATES) this.types.set(`${g}:${s}`, vscode.window.createTextEditorDecorationType(boxStyle(g, s)));
    this.subscription = vscode.Disposable.from(
      models.onDidChange((m) => this.draw(m)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawAll()),
    );
  }

  /** Shows or hides every box; the state lives in the session, the decisions are untouched. */
  toggle(): boolean {
    this.hidden = !this.hidden;
    this.redrawAll();
    return !this.hidden;
  }

  private redrawAll(): void {
    for (const e of vscode.window.visibleTextEditors) {
      const m = this.models.get(e.document.uri.toString());
      if (m) this.drawIn(e, m);
    }
  }

  private draw(m: RenderModel): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === m.uri) this.drawIn(e, m);
  }

  private drawIn(editor: vscode.TextEditor, m: RenderModel): void {
    // A model of an older version would put boxes on the wrong words; the next status report brings a fresh one.
    if (m.version !== editor.document.version) return;
    const byType = new Map<string, vscode.Range[]>([...this.types.keys()].map((k) => [k, []]));
    const speakers: vscode.Range[] = [];
    const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    for (const s of this.hidden ? [] : m.spans) {
      const state: BoxState = s.status === 'suggested' ? (s.lowConfidence ? 'lowConfidence' : 'suggested') : s.status;
      byType.get(`${groupOf(s.label)}:${state}`)!.push(toRange(s.range));
      if (s.speaker?.range) speakers.push(toRange(s.speaker.range));
    }
    for (const [k, ranges] of byType) editor.setDecorations(this.types.get(k)!, ranges);
    editor.setDecorations(this.speaker, speakers);
  }

  dispose(): void {
    this.subscription.dispose();
    this.speaker.dispose();
    for (const t of this.types.values()) t.dispose();
  }
}
