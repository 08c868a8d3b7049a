// Connects the model lifecycle to LSP: load after initialize, Update/Reset requests, work-done progress, the learning settings and automatic updates.
import { _Connection, InitializeParams, TextDocuments, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analysis';
import { localPath } from '../io/fileUri';
import { SidecarStore } from '../sidecarStore';
import { ArticleState } from '../training/workspaceGold';
import { AutoUpdate, decisionKeys, DEFAULT_LEARNING, LearningSettings, newDecisions, parseLearning } from './autoUpdate';
import { ModelManager, ModelStatus, UpdateResult } from './modelManager';
import { workspaceUris } from '../index/indexConnection';

export interface ModelDeps {
  documents: TextDocuments<TextDocument>;
  sidecars: SidecarStore;
  /** Analyse the open documents again (the model changed). */
  reanalyse(): void;
}

/** Sent as `arabicNews/modelStatus` whenever it changes, and answered to the request of the same name. */
export type ModelStatusReport = ModelStatus & { mode: LearningSettings['mode']; pendingDecisions: number; decisionsPerUpdate: number };

/** With nothing asking for it, the model is loaded this long after `initialized`. */
const LAZY_LOAD_MS = 1500;

export function wireModel(connection: _Connection, deps: ModelDeps) {
  let learning: LearningSettings = DEFAULT_LEARNING;
  let canConfigure = false;
  let initializedDone = false;
  let reportedProblem: string | undefined;
  let markReady = () => undefined as void;
  let settingsRead: Promise<void> = Promise.resolve();
  const loaded = new Promise<void>((r) => { markReady = r; });
  let loadAsked = false;
  let wanted = false;
  let loadTimer: NodeJS.Timeout | undefined;
  /**
   * Loads the model (a few hundred ms of this thread) when something first needs it: an article to analyse, a model
   * request; or once the server has been up LAZY_LOAD_MS without needing it. A reload that is first asked for
   * workspace symbols (answered by the index thread) is not kept waiting behind a model it does not use.
   */
  function load(): Promise<void> {
    if (!initializedDone) { wanted = true; return loaded; }
    if (loadAsked) return loaded;
    loadAsked = true;
    clearTimeout(loadTimer);
    setImmediate(() => {
      try { if (!manager.loaded) manager.load(); } catch (e) { connection.console.error(`Could not load the NER model: ${(e as Error).message}`); }
      markReady();
      tellProblem();
      sendStatus();
    });
    return loaded;
  }
  const manager = new ModelManager({
    swapped: () => deps.reanalyse(),
    warn: (m) => connection.console.warn(`Model update: ${m}`),
  });
  const auto = new AutoUpdate(() => learning, () => manager.updating, () => void runUpdate('auto'));

  const report = (): ModelStatusReport => ({ ...manager.status(), mode: learning.mode, pendingDecisions: auto.pending, decisionsPerUpdate: learning.decisionsPerUpdate });
  const sendStatus = () => { if (initializedDone) void connection.sendNotification('arabicNews/modelStatus', report()); };

  /** A problem with the workspace model is said once per distinct problem, not on every load. */
  function tellProblem(): void {
    const p = manager.status().problem;
    if (p && p !== reportedProblem) void connection.window.showWarningMessage(`Arabic News: the workspace model is not used (${p}). The shipped model is active.`);
    reportedProblem = p;
  }

  /** The editor's current state of the open articles: unsaved text and decisions count, not the files. */
  function openArticles(): Map<string, ArticleState> {
    const out = new Map<string, ArticleState>();
    for (const d of deps.documents.all()) {
      const p = localPath(d.uri);
      if ('path' in p) out.set(p.path, { text: d.getText(), decisions: deps.sidecars.decisions(d.uri), reviewed: deps.sidecars.reviewed(d.uri) });
    }
    return out;
  }

  async function runUpdate(trigger: 'command' | 'auto'): Promise<UpdateResult> {
    await load();
    if (manager.updating) return { ok: false, message: 'A model update is already running.' };
    auto.started();
    // Progress in the editor's UI when it supports it (window.workDoneProgress); cancelling stops the worker.
    let reporter: WorkDoneProgressServerReporter | undefined;
    const opening = connection.window.createWorkDoneProgress().then((r) => {
      reporter = r;
      r.begin(trigger === 'auto' ? 'Arabic News: updating the model in the background' : 'Arabic News: updating the model', 0, 'starting', true);
      r.token.onCancellationRequested(() => manager.cancel());
    }, () => undefined);
    const running = manager.update(openArticles(), (fraction, message) => void opening.then(() => reporter?.report(Math.round(fraction * 100), message)));
    sendStatus();
    const result = await running;
    void opening.then(() => reporter?.done());
    connection.console.info(`Model update (${trigger}): ${result.message}`);
    sendStatus();
    auto.arm();
    return result;
  }

  async function refreshSettings(): Promise<void> {
    if (!canConfigure) return;
    learning = parseLearning(await connection.workspace.getConfiguration({ section: 'arabicNews.learning' }));
    auto.arm();
    sendStatus();
  }

  connection.onRequest('arabicNews/updateModel', async () => {
    await load();
    await settingsRead;
    if (learning.mode === 'off') return { ok: false, message: 'Learning is off (setting arabicNews.learning.mode).' };
    return runUpdate('command');
  });
  connection.onRequest('arabicNews/cancelModelUpdate', () => ({ cancelled: manager.cancel() }));
  connection.onRequest('arabicNews/resetModel', async (p: { remove?: boolean }) => {
    await load();
    const r = manager.reset(!!p?.remove);
    sendStatus();
    return r;
  });
  // The client watches .arabic-news/ (git pulls, the CLI) and asks; our own writes are recognised by their hash.
  connection.onRequest('arabicNews/reloadModel', async () => {
    await load();
    const changed = manager.reloadIfChanged();
    if (changed) { tellProblem(); sendStatus(); }
    return { changed };
  });
  connection.onRequest('arabicNews/modelStatus', async () => { await load(); return report(); });

  return {
    /** Resolves once a model is loaded; every analysis waits on it. */
    get ready(): Promise<void> { return load(); },
    /** Resolves once a model is loaded, without asking for the load (it comes when an article needs it, or LAZY_LOAD_MS after `initialized`). */
    get loaded(): Promise<void> { return loaded; },
    get analyzer() { return manager.analyzer; },
    /** The workspace's adapted model file when it is the active model (the workspace index analyses with it too). */
    get adaptedFile(): string | undefined { const st = manager.status(); return st.active === 'adapted' ? st.file : undefined; },
    get lexicon() { return manager.lexicon; },
    initialize(params: InitializeParams): void {
      canConfigure = !!params.capabilities.workspace?.configuration;
      const local = workspaceUris(params).map(localPath).find((p) => 'path' in p);
      manager.setFolder(local && 'path' in local ? local.path : undefined);
    },
    /** Loads the model once the initialize answer is out, so the editor is not kept waiting on it. */
    initialized(): void {
      initializedDone = true;
      settingsRead = loaded.then(() => refreshSettings());
      if (wanted) void load(); else loadTimer = setTimeout(() => void load(), LAZY_LOAD_MS);
    },
    configurationChanged: () => { settingsRead = refreshSettings(); return settingsRead; },
    /** Before a review request: the entity decisions of the document as they are. */
    snapshot: (uri: string) => ({ keys: decisionKeys(deps.sidecars.decisions(uri)), reviewed: deps.sidecars.reviewed(uri) }),
    /** After a review request: counts what changed towards the next automatic update. */
    decided(uri: string, before: { keys: Set<string>; reviewed: boolean }, analysis: Analysis): void {
      let n = newDecisions(before.keys, decisionKeys(deps.sidecars.decisions(uri)));
      // Marking an article reviewed accepts its remaining entity suggestions.
      if (!before.reviewed && deps.sidecars.reviewed(uri)) n += analysis.annotations.filter((a) => a.kind === 'entity' && a.status === 'suggested').length;
      if (n <= 0) return;
      auto.note(n);
      sendStatus();
    },
  };
}
