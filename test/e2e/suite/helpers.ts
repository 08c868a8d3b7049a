// What the real-editor tests share: the extension's API, polling without sleeps, opening articles, reading hovers and tokens.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const folder = () => vscode.workspace.workspaceFolders![0].uri;

export interface Span { start: number; end: number; label: string; kind: string; status: string }
/** One load of the review pane: ms after the Open command (see client/src/reviewPane/panel.ts). */
export interface PaneLoad { pageSet: number; hostReady?: number; navigation?: number; script?: number; drawnFromPage?: number; visible?: number; font?: number; text?: number; ready?: number; posted?: number; model?: number; boxes?: number }
export interface Api { renderModel(uri: string): Promise<{ spans: Span[]; reviewed: number; total: number } | undefined>; paneTimings: { render: number[]; focus: number[]; loads: PaneLoad[] } }
export const api = () => vscode.extensions.getExtension<Api>('arabic-news-annotator.arabic-news-annotator')!.exports;
export const folder0 = () => folder().fsPath;
export const file = (name: string) => vscode.Uri.joinPath(folder(), name);

/** Polls `f` until it returns a value that passes `ok`, or fails after the deadline (no fixed sleeps). */
export async function until<T>(what: string, f: () => Thenable<T> | T, ok: (v: T) => boolean, ms = 45_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await f();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
}

export async function openArticle(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  let idx = -1;
  for (let i = 0; i <= nth; i++) idx = doc.getText().indexOf(needle, idx + 1);
  assert.ok(idx >= 0, `${needle} not in ${path.basename(doc.uri.fsPath)}`);
  return doc.positionAt(idx + 1);
}

export async function tokenTypes(doc: vscode.TextDocument): Promise<Set<string>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  const types = new Set<string>();
  if (!legend || !tokens) return types;
  for (let i = 3; i < tokens.data.length; i += 5) types.add(legend.tokenTypes[tokens.data[i]]);
  return types;
}

export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
