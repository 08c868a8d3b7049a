// Connects the workspace index to LSP: progress, file watchers, workspace/symbol, paging, "articles mentioning" and articles per entity.
import {
  _Connection, DidChangeWatchedFilesNotification, FileChangeType, InitializeParams, SymbolInformation, WatchKind, WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { SYMBOL_KIND } from '../features/symbols';
import { pathToFileURL } from 'url';
import { SymbolHit } from './entityIndex';
import { fileUri } from './fileUris';
import { folderPaths, WorkspaceIndex } from './workspaceIndex';
import { workspaceModelPath } from '../io/workspaceModel';
import { thresholdOf } from '../settings';

/**
 * One symbol per entity and article that mentions it. LSP has no paging for workspace/symbol: it answers the
 * best `workspaceSymbolLimit` symbols (default
 * 5,000; `initializationOptions.workspaceSymbolLimit` changes it) and `arabicNews/workspaceSymbols`
 * ({ query, offset, limit }) pages through all of them with the total.
 */
export const DEFAULT_SYMBOL_LIMIT = 5000;
const MAX_SYMBOL_LIMIT = 100_000;

interface IndexOptions { storagePath?: string; workspaceSymbolLimit?: number; arabicThreshold?: number }

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function symbolOf(h: SymbolHit): SymbolInformation {
  return {
    name: h.name, kind: SYMBOL_KIND[h.label], containerName: `${h.label} · ${plural(h.here, 'mention')} here · in ${plural(h.articles, 'article')}`,
    location: { uri: fileUri(h.path), range: { start: { line: h.line, character: h.character }, end: { line: h.line, character: h.character + h.length } } },
  };
}

/**
 * The workspace's folders: `workspaceFolders`, or the root when a client sends none (null) or an empty list with a
 * root (some editors do: their folder was otherwise never indexed, nor its adapted model used).
 */
export function workspaceUris(p: InitializeParams): string[] {
  const folders = (p.workspaceFolders ?? []).map((f) => f.uri);
  if (folders.length) return folders;
  if (p.rootUri) return [p.rootUri];
  // `rootPath` is deprecated in LSP but still the only root some clients send.
  return typeof p.rootPath === 'string' && p.rootPath ? [pathToFileURL(p.rootPath).toString()] : [];
}

export interface IndexWiring {
  initialize(p: InitializeParams): void; initialized(): void; saved(uri: string): void; dispose(): Promise<void>;
  /** The server's model changed: `adaptedModel` is the workspace model file it now uses (undefined: the shipped one). */
  modelChanged(adaptedModel: string | undefined): void;
  /** The user's arabicNews.arabicThreshold, when the configuration is read. */
  thresholdChanged(threshold: number): void;
}

/** `filesChanged`: every watched file's URI changed, made or deleted, also told to the server's sidecars (one handler per method). */
export function wireIndex(connection: _Connection, filesChanged: (uris: string[]) => void = () => undefined): IndexWiring {
  let reporter: WorkDoneProgressServerReporter | undefined;
  let opening: Promise<void> | undefined;
  let canWatch = false;
  // Nothing reaches the client before it said `initialized` (progress needs its UI up); order is kept.
  let initializedDone = () => undefined as void;
  const afterInit = new Promise<void>((r) => { initializedDone = r; });
  let limit = DEFAULT_SYMBOL_LIMIT;
  let shown: string | undefined;
  const index = new WorkspaceIndex({
    progress(phase, done, total, message) { void afterInit.then(() => showProgress(phase, done, total, message)); },
    status(s) {
      void afterInit.then(() => {
        void connection.sendNotification('arabicNews/indexStatus', s);
        // The file limit is said once to the user, not only logged: results past it are missing.
        if (s.message && s.message !== shown) { shown = s.message; void connection.window.showWarningMessage(`Arabic News: ${s.message}`); }
      });
    },
    log(level, message) { if (level === 'warn') connection.console.warn(message); else connection.console.info(message); },
  });

  function showProgress(phase: 'begin' | 'report' | 'end', done: number, total: number, message: string): void {
    if (phase === 'begin') {
      // Progress UI only when the client created it (window.workDoneProgress); cancelling it stops the run.
      opening = connection.window.createWorkDoneProgress().then((r) => {
        reporter = r;
        r.begin('Indexing Arabic articles', 0, message, true);
        r.token.onCancellationRequested(() => index.cancel());
      }, () => undefined);
    } else if (phase === 'report') void opening?.then(() => reporter?.report(total ? Math.floor((100 * done) / total) : 0, message));
    else void opening?.then(() => { reporter?.done(); reporter = undefined; });
  }

  connection.onWorkspaceSymbol(async (p) => {
    const r = await index.search(p.query, limit);
    if (r && r.total > r.items.length) connection.console.info(`workspace/symbol “${p.query}”: best ${r.items.length} of ${r.total} symbols (${r.entities} entities); arabicNews/workspaceSymbols pages through all`);
    return r?.items.map(symbolOf) ?? [];
  });
  connection.onRequest('arabicNews/workspaceSymbols', async (p: { query: string; offset?: number; limit?: number }) => {
    const r = await index.search(p.query ?? '', Math.min(Math.max(1, p.limit ?? limit), MAX_SYMBOL_LIMIT), Math.max(0, p.offset ?? 0));
    return {
      items: r?.items.map((h) => ({ ...symbolOf(h), key: h.key, label: h.label, variants: h.variants, articles: h.articles, mentions: h.mentions, here: h.here })) ?? [],
      total: r?.total ?? 0, entities: r?.entities ?? 0, indexing: r?.indexing ?? false,
    };
  });
  // The shape the client already reads (uri, mentions, name), plus the preview line and the first mention's range.
  connection.onRequest('arabicNews/articlesMentioning', async (p: { key: string }) => (await index.articlesMentioning(p.key))?.items.map((a) => ({
    uri: fileUri(a.path), mentions: a.mentions, name: a.name, preview: a.preview, review: a.review,
    range: { start: { line: a.line, character: a.character }, end: { line: a.line, character: a.character + a.length } },
  })) ?? []);
  // The Entities view's "in N articles": answered by the worker between two articles, never by this thread.
  connection.onRequest('arabicNews/entityArticles', async (p: { entities?: Array<{ key: string; label: string }> }) => {
    const entities = (Array.isArray(p.entities) ? p.entities : []).slice(0, 10_000).filter((e) => typeof e?.key === 'string' && typeof e.label === 'string');
    const r = await index.articleCounts(entities.map((e) => ({ key: e.key, label: e.label })));
    return { counts: r?.counts ?? entities.map(() => 0), indexing: r?.indexing ?? false, ready: !!r };
  });
  connection.onRequest('arabicNews/indexStatus', () => index.status ?? null);
  connection.onRequest('arabicNews/reindex', () => { index.rescan(); return null; });
  connection.onRequest('arabicNews/cancelIndex', () => { index.cancel(); return null; });
  connection.onDidChangeWatchedFiles((p) => {
    index.changed(p.changes.filter((c) => c.type !== FileChangeType.Deleted).map((c) => c.uri));
    index.deleted(p.changes.filter((c) => c.type === FileChangeType.Deleted).map((c) => c.uri));
    filesChanged(p.changes.map((c) => c.uri));
  });

  return {
    initialize(p) {
      canWatch = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      const options = (p.initializationOptions ?? {}) as IndexOptions;
      if (typeof options.workspaceSymbolLimit === 'number' && options.workspaceSymbolLimit >= 1) limit = Math.min(Math.floor(options.workspaceSymbolLimit), MAX_SYMBOL_LIMIT);
      const folders = folderPaths(workspaceUris(p));
      // Started now rather than at `initialized`: a reload's first workspace/symbol is answered from the saved index sooner.
      // The model is the one the server analyses with: the adapted model of the first folder when there is one.
      index.start(folders, typeof options.storagePath === 'string' ? options.storagePath : undefined, thresholdOf(options.arabicThreshold), folders.length ? workspaceModelPath(folders[0]) : undefined);
    },
    initialized() {
      initializedDone();
      // Folder deletions arrive as one event for the folder, hence the delete-only watcher on everything.
      if (canWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/*.annotations.json', kind: WatchKind.Create | WatchKind.Change }, { globPattern: '**/*', kind: WatchKind.Delete }] });
    },
    saved(uri) { index.changed([uri]); },
    modelChanged: (adaptedModel) => index.modelChanged(adaptedModel),
    thresholdChanged: (threshold) => index.thresholdChanged(threshold),
    dispose: () => index.dispose(),
  };
}
