// The review pane's extension side: opens the webview beside the editor, feeds it render models and turns its messages into server requests.
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { RenderModel, RenderModels } from '../renderModels';
import { parseFromPane, staleReason } from './fromPane';
import { LoadMarks, PaneArticle, PaneInit, PaneModel, ToPane } from './messages';
import { panePage } from './page';
import { requestFor } from './requests';

interface ReviewResult { ok: boolean; message: string }

/** The pane's view type: VS Code restores panes of this type through the serializer registered in extension.ts. */
export const REVIEW_PANE_VIEW_TYPE = 'arabicNews.reviewPane';

/** One load of the pane's page: ms after the Open command for each stage (the webview's marks and the extension's own). */
export type LoadTiming = { [K in keyof LoadMarks]: number | undefined } & { pageSet: number; ready?: number; posted?: number };

/** Timings the pane reported, for the real-editor suite to print. */
export interface PaneTimings { render: number[]; focus: number[]; loads: LoadTiming[] }

/** Timings are kept for the real-editor suite; a pane open all day keeps only the latest. */
function keepLast<T>(list: T[], x: T): void {
  list.push(x);
  if (list.length > 200) list.splice(0, list.length - 200);
}

export class ReviewPane implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The article the pane shows (or is about to show: its text is posted, its boxes follow). */
  private doc: vscode.TextDocument | undefined;
  /**
   * A document the active editor switched to that the pane does not show yet: a plain-text file becomes the pane's
   * article only once the server has a render model for it; until then the pane, and its decisions, stay on `doc`.
   */
  private candidate: vscode.TextDocument | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly timings: PaneTimings = { render: [], focus: [], loads: [] };
  /** The extension's side of the current load: epoch ms of the command, when the page was handed to VS Code, when it said ready, when the first model was posted. */
  private load: { opened: number; pageSet: number; ready?: number; posted?: number } | undefined;
  /** The render model written into the page (the page has it: 'ready' need not send it again). */
  private inPage: RenderModel | undefined;
  /** The webview's style sheet and script, read from the package once and inlined into every page. */
  private assets: { style: string; script: string; fontDataUri: string } | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly client: () => LanguageClient | undefined, private readonly models: RenderModels) {
    this.subscriptions.push(
      models.onDidChange((m) => {
        if (this.candidate && m.uri === this.candidate.uri.toString() && m.version === this.candidate.version) { this.doc = this.candidate; this.candidate = undefined; }
        if (m.uri === this.doc?.uri.toString()) this.send(m);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || e.textEditor.document !== this.doc || e.kind !== vscode.TextEditorSelectionChangeKind.Mouse && e.kind !== vscode.TextEditorSelectionChangeKind.Keyboard) return;
        this.post({ type: 'reveal', offset: this.doc.offsetAt(e.selections[0].active) });
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (this.panel && e && e.document !== this.doc && e.document.uri.scheme !== 'output') void this.show(e.document); }),
    );
  }

  /** Opens (or moves) the pane beside the editor for `doc`. */
  async open(doc: vscode.TextDocument): Promise<void> {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside);
      await this.show(doc);
      return;
    }
    const opened = Date.now();
    // The page loads nothing (script, style and font are inline), so the webview may read no file at all.
    // Kept alive while hidden: a re-shown pane needs no new page. Measured too: without it the first pane of a fresh
    // editor waited 2.7–3.4 s for VS Code's webview host (its service worker; 4 e2e runs), with it 0.5–0.9 s (4 runs).
    const panel = vscode.window.createWebviewPanel(REVIEW_PANE_VIEW_TYPE, this.titleFor(doc), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true });
    this.attach(panel, doc, opened);
  }

  /**
   * Takes over a pane VS Code brought back after a reload or restart, on the article its page last showed (the page keeps
   * the article's uri in its state). A pane whose article cannot be opened any more, or a second pane, is closed.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const opened = Date.now();
    const uri = typeof state === 'object' && state !== null && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
    // A pane saved before pages kept their article's uri follows the active article, as the pane does anyway.
    const active = vscode.window.activeTextEditor?.document;
    const fallback = !uri && active?.languageId === 'arabic-news' ? active : undefined;
    // An untitled article is taken only if VS Code brought it back: opening its uri would make a new empty document.
    const doc = !uri ? fallback
      : uri.startsWith('untitled:') ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)
        : await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(uri))).catch(() => undefined);
    if (!doc || this.panel) {
      panel.dispose();
      if (!doc && uri) void vscode.window.setStatusBarMessage(`Arabic News: the review pane's article is gone (${uri})`, 6000);
      return;
    }
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    panel.title = this.titleFor(doc);
    this.attach(panel, doc, opened);
  }

  /** Makes `panel` the pane of `doc`: listeners, and a page that already holds the article (and its boxes if known). */
  private attach(panel: vscode.WebviewPanel, doc: vscode.TextDocument, opened: number): void {
    this.panel = panel;
    this.doc = doc;
    this.candidate = undefined;
    // Per panel: closing the pane drops its listeners (they do not pile up over many opens).
    const listener = panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m));
    const disposed = panel.onDidDispose(() => { listener.dispose(); disposed.dispose(); if (this.panel === panel) this.panel = undefined; });
    const assets = this.readAssets();
    // The page is written with what is known now: the render model if it is current, else the text (boxes follow).
    const m = this.current(doc);
    const init: PaneInit = m ? { type: 'model', model: this.paneModel(m, doc) } : { type: 'article', article: this.article(doc) };
    this.inPage = m;
    panel.webview.html = panePage({ nonce: randomBytes(16).toString('base64'), ...assets, init });
    this.load = { opened, pageSet: Date.now() };
    if (!m) void this.models.fetch(doc.uri.toString()).catch(() => undefined);
  }

  /**
   * The webview's style sheet, script and font from the package, read once and inlined into every page. Read with
   * Node's fs from the extension's own folder: workspace.fs goes through the editor's window, which is busy opening the pane.
   */
  private readAssets(): { style: string; script: string; fontDataUri: string } {
    const read = (name: string) => fs.readFileSync(path.join(this.extensionUri.fsPath, 'dist', 'media', name));
    this.assets ??= {
      style: read('reviewPane.css').toString('utf8'), script: read('reviewPane.js').toString('utf8'),
      fontDataUri: `data:font/woff2;base64,${read('noto-naskh-arabic-arabic-400-normal.woff2').toString('base64')}`,
    };
    return this.assets;
  }

  /** The cached render model of `doc` if it is for the version on screen. */
  private current(doc: vscode.TextDocument): RenderModel | undefined {
    const m = this.models.get(doc.uri.toString());
    return m && m.version === doc.version ? m : undefined;
  }

  private titleFor(doc: vscode.TextDocument): string {
    return `Review: ${vscode.workspace.asRelativePath(doc.uri)}`;
  }

  private article(doc: vscode.TextDocument): PaneArticle {
    return { uri: doc.uri.toString(), version: doc.version, title: this.titleFor(doc), text: doc.getText() };
  }

  /** Shows `doc`: its model if current, else its text at once (an Arabic article) and the model when the server answers. */
  private async show(doc: vscode.TextDocument): Promise<void> {
    const m = this.current(doc);
    if (m) { this.doc = doc; this.candidate = undefined; this.send(m); return; }
    // A plain-text file becomes an article only once the server says so: until then the pane keeps what it shows.
    if (doc.languageId === 'arabic-news' || doc === this.doc) {
      this.doc = doc;
      this.candidate = undefined;
      if (this.panel) this.panel.title = this.titleFor(doc);
      this.post({ type: 'article', article: this.article(doc) });
    } else this.candidate = doc;
    // The listener on models.onDidChange sends it (and makes a candidate the pane's article).
    const version = doc.version;
    const got = await this.models.fetch(doc.uri.toString()).catch(() => undefined);
    if (got) return;
    if (this.candidate === doc) this.candidate = undefined;
    // The pane says so, instead of waiting for boxes that will not come.
    if (this.doc === doc && doc.version === version) this.post({ type: 'unanalysed', uri: doc.uri.toString(), version });
  }

  private paneModel(m: RenderModel, doc: vscode.TextDocument): PaneModel {
    return {
      ...this.article(doc), counts: m.counts, reviewed: m.reviewed, total: m.total,
      spans: m.spans.map((s) => ({ kind: s.kind, label: s.label, status: s.status, lowConfidence: s.lowConfidence, start: s.start, end: s.end,
        ...(s.speaker ? { speaker: { text: s.speaker.text, via: s.speaker.via, start: s.speaker.start, end: s.speaker.end } } : {}) })),
    };
  }

  private send(m: RenderModel): void {
    const doc = this.doc;
    if (!doc || !this.panel || m.version !== doc.version) return;
    this.panel.title = this.titleFor(doc);
    if (this.load) this.load.posted ??= Date.now();
    this.post({ type: 'model', model: this.paneModel(m, doc) });
  }

  private post(m: ToPane): void {
    void this.panel?.webview.postMessage(m);
  }

  /** Acts on a message from the webview (untrusted: its shape is checked, and a decision acts only on the article and version it was made on). */
  private async receive(raw: unknown): Promise<void> {
    const m = parseFromPane(raw);
    if (!m) return;
    if (m.type === 'ready') {
      const doc = this.doc;
      if (!doc) return;
      if (this.load) this.load.ready ??= Date.now();
      // The page drew what was written into it; it needs only what is newer (or, if VS Code reloaded it, the current state).
      const inPage = this.inPage;
      this.inPage = undefined;
      if (!inPage || inPage !== this.current(doc)) await this.show(doc);
      return;
    }
    if (m.type === 'loaded') {
      const l = this.load;
      if (!l) return;
      const rel = (t: number | undefined) => (t ? t - l.opened : undefined);
      const k = m.marks;
      keepLast(this.timings.loads, { pageSet: l.pageSet - l.opened, ready: rel(l.ready), posted: rel(l.posted), navigation: rel(k.navigation), hostReady: rel(k.hostReady),
        script: rel(k.script), drawnFromPage: k.drawnFromPage, visible: rel(k.visible), font: rel(k.font), text: rel(k.text), model: rel(k.model), boxes: rel(k.boxes) });
      this.load = undefined;
      return;
    }
    if (m.type === 'timing') { keepLast(this.timings[m.what], m.ms); return; }
    // The document the message was made on, not whichever the pane follows now; closed or edited since, nothing is done.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === m.uri && !d.isClosed);
    const open = doc && { uri: doc.uri.toString(), version: doc.version, length: doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end) };
    const why = staleReason(m, open, vscode.workspace.asRelativePath(vscode.Uri.parse(m.uri)));
    if (why || !doc) {
      if (m.type === 'select') return;
      void vscode.window.showWarningMessage(`Arabic News: ${why}`);
      if (doc && doc === this.doc) await this.show(doc);
      return;
    }
    const r = requestFor(m, m.uri, (offset) => doc.positionAt(offset));
    if (r.kind === 'server') {
      const c = this.client();
      if (!c) { void vscode.window.showWarningMessage('The Arabic News language server is not running: nothing was decided.'); return; }
      let result: ReviewResult;
      try {
        result = await c.sendRequest<ReviewResult>(r.method, r.params);
      } catch (e) {
        void vscode.window.showWarningMessage(`The Arabic News language server did not answer (${(e as Error).message}): nothing was decided.`);
        return;
      }
      if (result.ok) void vscode.window.setStatusBarMessage(`Arabic News: ${result.message}`, 4000);
      else void vscode.window.showWarningMessage(result.message);
      await this.models.fetch(m.uri).catch(() => undefined);
    } else if (r.kind === 'command') await vscode.commands.executeCommand(r.command, r.args);
    else if (r.kind === 'select') {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      if (!editor) return;
      const range = new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
      editor.selection = new vscode.Selection(range.end, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
