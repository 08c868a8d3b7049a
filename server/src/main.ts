// Language server entry: wiring only — connection handlers call the feature modules on one analysis per version.
import { tuneJit } from './jitFlags';
import {
  createConnection, DidChangeConfigurationNotification, InitializeResult, Position, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from './pieceDocument';
import { storeHooks, syncUpdate } from './documentSync';
import { AnalysisStore } from './analysisStore';
import { provideDiagnostics, provideQuoteFixes } from './features/diagnostics';
import { provideHover } from './features/hover';
import { provideHighlights, provideReferences } from './features/mentions';
import { LEGEND } from './features/semanticTokens';
import { BlockResults, TokenBlock } from './features/tokenBlocks';
import { rangeAnswer, tokenRange } from './features/tokenRange';
import { provideDocumentSymbols } from './features/symbols';
import { DEFAULT_SETTINGS, parseSettings, Settings } from './settings';
import { Analysis } from './engine/analysis';
import { annotationsAt } from './features/lookup';
import { visibleEntities } from './features/visibleEntities';
import { wireReviewRequests } from './reviewRequests';
import { provideReviewActions } from './features/reviewActions';
import { RenderModel, renderModel } from './features/renderModel';
import { rejectedOf, spanFigures } from './features/statusFigures';
import { SidecarStore } from './sidecarStore';
import { SIDECAR_CHECK, sidecarMessages } from './sidecarMessages';
import { RENAME_FILTERS, wireRenames } from './sidecarRename';
import { wireIndex } from './index/indexConnection';
import { wireModel } from './learning/modelConnection';
import { compareRequest } from './features/compare';
import { idleCollector } from './idleCollect';
import { TokenFirst } from './tokenFirst';
import { FullPause } from './fullPause';
import { OpenTokens } from './openTokens';
import { parallelByDefault, ParallelTagging } from './parallelTagging';
import { loadShippedModel, sharedTables } from './engine/model';
import { annotationDisplayText } from './engine/mentionDisplay';
import { EngineWarmup } from './engineWarmup';
import { AFTER_SHUTDOWN, shutdownGate } from './shutdownGate';
// Before the engine first runs (see jitFlags.ts).
tuneJit();

// A request after `shutdown` is refused with InvalidRequest, as the spec asks (shutdownGate.ts).
const gate = shutdownGate();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate.messageStrategy });
connection.onRequest(AFTER_SHUTDOWN, (p: { method?: string }) => gate.refuse(p));
const settingsCache = new Map<string, Settings>();
let canConfigure = false;
let canRegisterConfig = false;
let canRefreshTokens = false;
/** Asks the client to re-request semantic tokens, if it can (an unsupported request would fail). */
const refreshTokens = () => { if (canRefreshTokens) void connection.languages.semanticTokens.refresh(); };

// A failed background task must not end the server: unsaved decisions would go with it.
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled failure: ${(e as Error)?.stack ?? String(e)}`));

const sidecars: SidecarStore = new SidecarStore(sidecarMessages(connection, () => sidecars, (uri) => { const doc = documents.get(uri); if (doc) schedule(doc); refreshTokens(); }));

/**
 * Document sync that also moves the annotator's decisions through each incremental change. A version's text is kept
 * in pieces (pieceDocument.ts): the passes after an edit read around it, nothing copies or joins the whole text.
 */
const documents = new TextDocuments<PieceDocument>({
  create: PieceDocument.create,
  update: syncUpdate(storeHooks(sidecars, () => store)),
});
// The shipped or the workspace's adapted model, loaded after initialize; Update/Reset Model and automatic updates.
// The workspace index analyses with the same model: it re-indexes in the background when the model changes.
const models = wireModel(connection, { documents, sidecars, reanalyse: () => { store.clear(); documents.all().forEach(schedule); refreshTokens(); index.modelChanged(models.adaptedFile); } });
// Entities across the workspace's articles, indexed in a worker thread: no request here waits on it. The same file
// watcher tells when another writer changes an open article's sidecar: read again and merged (sidecarReread.ts).
const index = wireIndex(connection, (uris) => sidecars.filesChanged(uris));
// A large document's first tagging is shared with a worker thread on a machine with cores to spare (the shipped model's:
// not while an adapted one is active).
const parallelCores = parallelByDefault();
const parallel = new ParallelTagging({
  usable: () => parallelCores && !models.adaptedFile,
  // The worker takes the shipped model's arrays from this thread (loaded in shared memory) instead of building its own.
  tables: async () => { await models.ready; return sharedTables(loadShippedModel().model); },
});
const store = new AnalysisStore(() => models.analyzer, (uri) => settingsCache.get(uri) ?? DEFAULT_SETTINGS, sidecars, parallel);
const review = { sidecars, get lexicon() { return models.lexicon; } };
// Full semantic-token answers carry a result id, so an editor that asks for deltas after an edit gets only the changed stretch.
const tokenResults = new BlockResults();
// After work on a large document, memory is collected once the server has been idle for 2 s (and the young generation
// given back 5.5 s later); it stays small unless a large document is worked on (youngGeneration.ts).
const idle = idleCollector();
// Token answers go out before the re-analysis for the status starts; a large document's visible range is answered before it is all tagged.
const tokenFirst = new TokenFirst();
const openTokens = new OpenTokens({
  store, tokenFirst, analyzer: () => models.analyzer, document: (uri) => documents.get(uri), decisions: (uri) => sidecars.decisions(uri),
  canRefresh: () => canRefreshTokens, refresh: refreshTokens,
});
// Once the model is loaded, the engine's code is warmed up on shipped text while the server is idle (engineWarmup.ts):
// every message and every piece of work on a document makes it give way.
const warmup = new EngineWarmup({
  analyzer: () => models.analyzer, busy: () => tokenFirst.busy, log: (m) => connection.console.log(m),
  worked: (chars) => { store.boundWordCache(); idle.worked(chars); },
});
void models.loaded.then(() => warmup.start());

/** A setting's value that is ignored is told once (a configuration change re-reads it for every open document). */
const warned = new Set<string>();
const warnOnce = (message: string) => { if (!warned.has(message)) { warned.add(message); void connection.window.showWarningMessage(message); } };

async function refreshSettings(uri: string): Promise<void> {
  if (!canConfigure) return;
  const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'arabicNews' });
  settingsCache.set(uri, parseSettings(raw, warnOnce));
}

/** The index tells articles from other text files with the workspace's threshold: told at start and on every change. */
async function refreshIndexSettings(): Promise<void> {
  if (canConfigure) index.thresholdChanged(parseSettings(await connection.workspace.getConfiguration({ section: 'arabicNews' }), warnOnce).arabicThreshold);
}

/** The full analysis after an edit waits for a pause as long as the document's last one took (fullPause.ts). */
const fullPause = new FullPause();

/** Re-analyses after edits settle, then publishes diagnostics and the status counts. */
const pending = new Map<string, NodeJS.Timeout>();
/** The latest run per document: a run that waited (model, token answers) while a later one started leaves the work to it. */
const runs = new Map<string, number>();
function schedule(doc: PieceDocument): void {
  clearTimeout(pending.get(doc.uri));
  warmup.touch();
  pending.set(doc.uri, setTimeout(() => void warmup.during(async () => {
    pending.delete(doc.uri);
    const run = (runs.get(doc.uri) ?? 0) + 1;
    runs.set(doc.uri, run);
    const superseded = () => runs.get(doc.uri) !== run;
    await models.ready;
    await tokenFirst.settled();
    // An open schedules twice (content, then settings): on a large article both timers fired while the tokens were answered.
    if (superseded()) return;
    const current = documents.get(doc.uri);
    if (!current) return;
    const version = current.version;
    // Saving is the store's own timer; here orphans whose text came back (an undone deletion) are put back.
    if (sidecars.reviveOrphans(current.uri, current.content())) refreshTokens();
    const length = current.content().length;
    if (length > 200_000) void connection.sendNotification('arabicNews/status', { uri: current.uri, version, analysing: true });
    idle.worked(length);
    const stale = () => documents.get(doc.uri)?.version !== version;
    // The status bar's figures read only the kept spans (no speakers): sent before the full analysis diagnostics need.
    const spans = await store.spansAsync(current, () => documents.get(doc.uri));
    // A newer version has its own scheduled run: report nothing stale.
    if (stale()) return;
    // A document this large warmed the engine's code itself.
    if (spans) warmup.seen(length);
    const eligibility = store.eligibility(current);
    // Awaited: written out before the full analysis below holds the thread.
    await connection.sendNotification('arabicNews/status', {
      uri: current.uri, version: current.version, analysed: !!spans, reason: eligibility.ok ? undefined : eligibility.reason,
      ...spanFigures(spans, sidecars.decisions(current.uri), current.content()), articleReviewed: sidecars.reviewed(current.uri), sidecarError: sidecars.error(current.uri), unsaved: sidecars.writeError(current.uri),
    });
    // The full analysis holds the thread (1.4 s of CPU at 5 M characters, see fullPause.ts): it starts once the user has
    // paused about as long as it lasts, so a keystroke typed meanwhile is not queued behind it. A feature that needs it
    // (hover, the render model, a command) computes it at once for its version.
    await fullPause.wait(doc.uri);
    // Messages that came meanwhile are read first (an immediate runs after the poll for input), so an edit or a token
    // request already sent is not queued behind it.
    await new Promise((resolve) => setImmediate(resolve));
    await tokenFirst.settled();
    if (stale() || superseded()) return;
    const started = Date.now();
    const a = await store.getAsync(current, () => documents.get(doc.uri));
    fullPause.record(doc.uri, Date.now() - started);
    if (stale() || superseded()) return;
    // The analysis just kept is still in the young generation: moved out now, before the diagnostics go (an editor may
    // answer them with a request), not by a collection inside the next keystroke's token answer.
    idle.analysed(length);
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: a ? provideDiagnostics(current, a) : [] });
    // On a huge document, what building and encoding them allocated goes too, before the next keystroke (idleCollect.ts).
    idle.published(length);
    idle.worked(length);
  }), 150));
}

connection.onInitialize((params): InitializeResult => {
  canConfigure = !!params.capabilities.workspace?.configuration;
  canRegisterConfig = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRefreshTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  index.initialize(params);
  models.initialize(params);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Arabic News' },
      referencesProvider: true,
      documentHighlightProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      workspaceSymbolProvider: true,
      // An article renamed in the editor takes its sidecar along (an editor that does not ask leaves it behind).
      workspace: { fileOperations: { willRename: RENAME_FILTERS, didRename: RENAME_FILTERS } },
    },
    serverInfo: { name: 'arabic-news-annotator' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'arabicNews' });
  index.initialized();
  models.initialized();
  void refreshIndexSettings();
});

connection.onDidChangeConfiguration(async () => {
  settingsCache.clear();
  store.clear();
  void models.configurationChanged();
  void refreshIndexSettings();
  await Promise.all(documents.all().map((d) => refreshSettings(d.uri)));
  documents.all().forEach(schedule);
  refreshTokens();
});

/** What is kept per open document (its caches answer by version number, and a re-opened document starts again at its own). */
const opened = new Set<string>();
function forget(uri: string): void {
  runs.delete(uri); fullPause.forget(uri); store.forget(uri); tokenResults.forget(uri); openTokens.forget(uri); settingsCache.delete(uri);
}
documents.onDidOpen(async (e) => {
  // Opened again while open (a client that re-sends didOpen): the earlier text's results must not answer the new one.
  if (opened.has(e.document.uri)) forget(e.document.uri);
  opened.add(e.document.uri);
  warmup.touch(); parallel.prepare(e.document.getText().length); renames.check(e.document.uri); sidecars.open(e.document.uri, e.document.getText()); await refreshSettings(e.document.uri); schedule(e.document); });
// A save also reads the sidecar again: with the focus notice below, how a client that watches no files hears of another writer.
documents.onDidSave((e) => { sidecars.saved(e.document.uri); index.saved(e.document.uri); });
// The user came back to the editor (window focus, another tab): VS Code watches only its folders' files (client extension.ts).
connection.onNotification(SIDECAR_CHECK, () => sidecars.reread());
const renames = wireRenames(connection, sidecars);
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => { warmup.touch(); opened.delete(e.document.uri); renames.check(e.document.uri); sidecars.close(e.document.uri); forget(e.document.uri); void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

/** Runs a feature on what `get` computes for the current version; answers `empty` if the document changed meanwhile. */
function onVersion<R, T>(uri: string, empty: T, get: (doc: TextDocument) => Promise<R | undefined>, f: (doc: TextDocument, r: R) => T): Promise<T> {
  return warmup.during(async () => {
    await models.ready;
    const doc = documents.get(uri);
    if (!doc) return empty;
    idle.worked(doc.content().length);
    const r = await get(doc);
    const now = documents.get(uri);
    idle.worked(doc.content().length);
    return now && r && now.version === doc.version ? f(now, r) : empty;
  });
}

/** A feature on the analysis of the current version. */
const withAnalysis = <T>(uri: string, empty: T, f: (doc: TextDocument, a: Analysis) => T) =>
  onVersion(uri, empty, (doc) => store.getAsync(doc, () => documents.get(uri)), f);

/** Semantic tokens: the version's spans (which need neither speakers nor date values), by block of lines. */
const withTokens = <T>(uri: string, empty: T, f: (doc: TextDocument, blocks: TokenBlock[]) => T) =>
  onVersion(uri, empty, (doc) => store.tokensAsync(doc, () => documents.get(uri)), f);

/**
 * A whole-document answer on a document not tagged yet gives way for two turns of the event loop: a range asked with it
 * (VS Code asks for both at open) is answered and written first (an answer is written on the turn after it is computed),
 * before the tagging holds the thread — in one piece for an article pasted as one line.
 */
async function giveWay(uri: string): Promise<void> {
  await models.ready;
  if (store.hasTokens(uri)) return;
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}
connection.languages.semanticTokens.on((p) => tokenFirst.run(async () => { await giveWay(p.textDocument.uri); return withTokens(p.textDocument.uri, { data: [] }, (d, b) => tokenResults.full(d.uri, b)); }));
connection.languages.semanticTokens.onDelta((p) => tokenFirst.run(async () => { await giveWay(p.textDocument.uri); return withTokens(p.textDocument.uri, { data: [] }, (d, b) => tokenResults.delta(d.uri, b, p.previousResultId)); }));
connection.languages.semanticTokens.onRange((p) => tokenFirst.run(() => warmup.during(async () => {
  // Only the asked characters: a range on an article pasted as one line is a screen of it, not the whole line.
  const range = tokenRange(p.range);
  await models.ready;
  return openTokens.range(p.textDocument.uri, range) ?? withTokens(p.textDocument.uri, { data: [] }, (_d, b) => rangeAnswer(b, range));
})));
connection.onHover((p) => withAnalysis(p.textDocument.uri, null, (d, a) => provideHover(d, a, p.position)));
connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, [], (d, a) => provideDocumentSymbols(d, a)));
connection.onReferences((p) => withAnalysis(p.textDocument.uri, [], (d, a) => provideReferences(d, a, p.position)));
connection.onDocumentHighlight((p) => withAnalysis(p.textDocument.uri, [], (d, a) => provideHighlights(d, a, p.position)));
connection.onCodeAction((p) => withAnalysis(p.textDocument.uri, [], (d, a) => [...provideQuoteFixes(d, p.context.diagnostics), ...provideReviewActions(d, a, p.range.start)]));

wireReviewRequests(connection, { sidecars, review, withAnalysis, models, isOpen: (uri) => !!documents.get(uri) });
connection.onRequest('arabicNews/annotationAt', (p: { uri: string; position: Position }) =>
  withAnalysis(p.uri, null, (doc, a) => annotationsAt(a, doc.offsetAt(p.position))[0] ?? null));
const rejectedCount = (uri: string) => rejectedOf(sidecars.decisions(uri));
connection.onRequest('arabicNews/renderModel', (p: { uri: string }) => withAnalysis<RenderModel | null>(p.uri, null, (doc, a) => renderModel(doc, a, rejectedCount(doc.uri))));
connection.onRequest('arabicNews/entities', (p: { uri: string }) => withAnalysis(p.uri, [], (doc, a) => visibleEntities(a).map((e) => ({
  id: e.id, key: e.key, label: e.label,
  mentions: e.mentions.map((m) => ({ text: annotationDisplayText(a.text, m), range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) } })),
}))));
connection.onRequest('arabicNews/compare', compareRequest(documents, sidecars));
connection.onShutdown(async () => { idle.dispose(); renames.settle(); sidecars.flushAll(); await index.dispose(); });
connection.onExit(() => { renames.settle(); sidecars.flushAll(); });

documents.listen(connection);
connection.listen();
