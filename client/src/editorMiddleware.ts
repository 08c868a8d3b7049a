// What VS Code shows of the server's answers: no text-splitting tokens in Arabic lines, isolated names in lists, review links in hovers.
import * as vscode from 'vscode';
import { Middleware } from 'vscode-languageclient/node';
import { reviewSection } from './hoverActions';
import { RenderModels } from './renderModels';
import { isolate } from './bidiIsolate';

function isolateSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  for (const s of symbols) {
    s.name = isolate(s.name);
    s.detail = s.detail ? isolate(s.detail) : s.detail;
    isolateSymbols(s.children ?? []);
  }
  return symbols;
}

/** Semantic tokens cut Arabic lines into isolated runs (words out of order); opt-in only, for themes that want them. */
function tokensWanted(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('arabicNews', doc.uri).get<boolean>('semanticTokens.enabled', false);
}

export function editorMiddleware(models: RenderModels): Middleware {
  return {
    provideDocumentSemanticTokens: (doc, token, next) => (tokensWanted(doc) ? next(doc, token) : null),
    provideDocumentRangeSemanticTokens: (doc, range, token, next) => (tokensWanted(doc) ? next(doc, range, token) : null),
    provideDocumentSemanticTokensEdits: (doc, previous, token, next) => (tokensWanted(doc) ? next(doc, previous, token) : null),
    provideHover: async (doc, position, token, next) => {
      const hover = await next(doc, position, token);
      const section = reviewSection(models, doc, position);
      if (!hover || !section) return hover;
      return new vscode.Hover([section, ...hover.contents], hover.range);
    },
    provideDocumentSymbols: async (doc, token, next) => {
      const symbols = await next(doc, token);
      if (!symbols?.length || !('children' in symbols[0])) return symbols;
      return isolateSymbols(symbols as vscode.DocumentSymbol[]);
    },
  };
}
