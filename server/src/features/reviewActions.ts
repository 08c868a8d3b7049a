// Code actions on the annotation under the cursor: accept, reject, change label, remove (client commands).
import { CodeAction, CodeActionKind, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';
import { annotationsAt } from './lookup';

export function provideReviewActions(doc: TextDocument, a: Analysis, pos: Position): CodeAction[] {
  const x = annotationsAt(a, doc.offsetAt(pos))[0];
  if (!x) return [];
  const args = [{ uri: doc.uri, position: pos }];
  const action = (title: string, command: string): CodeAction => ({ title, kind: CodeActionKind.QuickFix, command: { title, command, arguments: args } });
  const out: CodeAction[] = [];
  if (x.status === 'suggested') out.push(action(`Accept ${x.label} “${x.text}”`, 'arabicNews.accept'), action(`Reject ${x.label} “${x.text}”`, 'arabicNews.reject'));
  if (x.kind === 'quotation') out.push(action('Set speaker of this quotation…', 'arabicNews.setSpeaker'));
  out.push(action(`Change label of “${x.text.length > 30 ? x.text.slice(0, 30) + '…' : x.text}”…`, 'arabicNews.changeLabel'));
  if (x.status === 'manual' || x.status === 'accepted') out.push(action(`Remove annotation “${x.text}”`, 'arabicNews.remove'));
  return out;
}
