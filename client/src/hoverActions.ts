// Adds the label's colour swatch and review actions (Accept · Reject · Label…) as command links to the server's hover.
import * as vscode from 'vscode';
import { swatchColor } from './palette';
import { GROUP_TITLES, groupOf } from './labelGroups';
import { RenderModels, spanAt } from './renderModels';

/** The only commands a hover link may run: the review actions below. */
const LINK_COMMANDS = ['arabicNews.accept', 'arabicNews.reject', 'arabicNews.changeLabel', 'arabicNews.remove', 'arabicNews.setSpeaker', 'arabicNews.setDocumentDate'];

function link(title: string, command: string, args: unknown, tooltip: string): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${tooltip}")`;
}

/** The extra hover section for the annotation at `position`, or undefined when there is none. */
export function reviewSection(models: RenderModels, doc: vscode.TextDocument, position: vscode.Position): vscode.MarkdownString | undefined {
  const model = models.get(doc.uri.toString());
  if (!model || model.version !== doc.version) return undefined;
  const span = spanAt(model, doc.offsetAt(position));
  if (!span) return undefined;
  const group = groupOf(span.label);
  const args = { uri: doc.uri.toString(), position: { line: position.line, character: position.character } };
  const actions = [
    ...(span.status === 'suggested' ? [link('Accept', 'arabicNews.accept', args, 'Accept this suggestion'), link('Reject', 'arabicNews.reject', args, 'Reject this suggestion')] : []),
    link('Label…', 'arabicNews.changeLabel', args, 'Change the label'),
    ...(span.kind === 'quotation' ? [link('Speaker…', 'arabicNews.setSpeaker', args, 'Set the speaker')] : []),
    ...(span.kind === 'date' ? [link(span.unresolved ? 'Set article date…' : 'Article date…', 'arabicNews.setDocumentDate', { uri: args.uri }, 'The date relative expressions in this article resolve against')] : []),
    ...(span.status !== 'suggested' ? [link('Remove', 'arabicNews.remove', args, 'Remove this annotation')] : []),
  ];
  const state = span.status === 'suggested' ? (span.lowConfidence ? 'suggested, low confidence' : 'suggested') : span.status;
  const md = new vscode.MarkdownString(`<span style="color:${swatchColor(group, vscode.window.activeColorTheme.kind)};">■</span> ${GROUP_TITLES[group]} · ${state}  \n${actions.join(' · ')}`);
  md.supportHtml = true;
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  return md;
}
