// Language server entry: wiring only — connection handlers call the feature modules on one analysis per version.
import {
  createConnection, DidChangeConfigurationNotification, InitializeResult, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from './analysisStore';
import { Analyzer } from './engine/analysis';
import { loadDefaultModel } from './engine/model';
import { provideDiagnostics, provideQuoteFixes } from './features/diagnostics';
import { provideHover } from './features/hover';
import { provideHighlights, provideReferences } from './features/mentions';
import { LEGEND, provideSemanticTokens } from './features/semanticTokens';
import { provideDocumentSymbols } from './features/symbols';
import { DEFAULT_SETTINGS, parseSettings, Settings } from './settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settingsCache = new Map<string, Settings>();
let canConfigure = false;
let canRegisterConfig = false;
const store = new AnalysisStore(new Analyzer(loadDefaultModel()), (uri) => settingsCache.get(uri) ?? DEFAULT_SETTINGS);

async function refreshSettings(uri: string): Promise<void> {
  if (!canConfigure) return;
  const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'arabicNews' });
  settingsCache.set(uri, parseSettings(raw));
}

/** Re-analyses after edits settle, then publishes diagnostics and the status counts. */
const pending = new Map<string, NodeJS.Timeout>();
function schedule(doc: TextDocument): void {
  clearTimeout(pending.get(doc.uri));
  pending.set(doc.uri, setTimeout(() => {
    pending.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (!current) return;
    const a = store.get(current);
    const eligibility = store.eligibility(current);
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: a ? provideDiagnostics(current, a) : [] });
    const count = (kind: string) => a?.annotations.filter((x) => x.kind === kind).length ?? 0;
    void connection.sendNotification('arabicNews/status', {
      uri: current.uri, version: current.version, analysed: !!a, reason: eligibility.ok ? undefined : eligibility.reason,
      entities: count('entity'), quotations: count('quotation'), dates: count('date'),
    });
  }, 150));
}

connection.onInitialize((params): InitializeResult => {
  canConfigure = !!params.capabilities.workspace?.configuration;
  canRegisterConfig = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Arabic News' },
      referencesProvider: true,
      documentHighlightProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    },
    serverInfo: { name: 'arabic-news-annotator' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'arabicNews' });
});

connection.onDidChangeConfiguration(async () => {
  settingsCache.clear();
  store.clear();
  await Promise.all(documents.all().map((d) => refreshSettings(d.uri)));
  documents.all().forEach(schedule);
  connection.languages.semanticTokens.refresh();
});

documents.onDidOpen(async (e) => { await refreshSettings(e.document.uri); schedule(e.document); });
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => { store.forget(e.document.uri); settingsCache.delete(e.document.uri); void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

function withAnalysis<T>(uri: string, empty: T, f: (doc: TextDocument, a: NonNullable<ReturnType<AnalysisStore['get']>>) => T): T {
  const doc = documents.get(uri);
  const a = doc && store.get(doc);
  return doc && a ? f(doc, a) : empty;
}

connection.languages.semanticTokens.on((p) => withAnalysis(p.textDocument.uri, { data: [] }, (d, a) => provideSemanticTokens(d, a)));
connection.languages.semanticTokens.onRange((p) => withAnalysis(p.textDocument.uri, { data: [] }, (d, a) => provideSemanticTokens(d, a, p.range)));
connection.onHover((p) => withAnalysis(p.textDocument.uri, null, (d, a) => provideHover(d, a, p.position)));
connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, [], (d, a) => provideDocumentSymbols(d, a)));
connection.onReferences((p) => withAnalysis(p.textDocument.uri, [], (d, a) => provideReferences(d, a, p.position)));
connection.onDocumentHighlight((p) => withAnalysis(p.textDocument.uri, [], (d, a) => provideHighlights(d, a, p.position)));
connection.onCodeAction((p) => { const d = documents.get(p.textDocument.uri); return d ? provideQuoteFixes(d, p.context.diagnostics) : []; });

documents.listen(connection);
connection.listen();
