// The review pane's extension side: opens the webview beside the editor, feeds it render models and turns its messages into server requests.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { RenderModel, RenderModels } from '../renderModels';
import { FromPane, PaneModel, ToPane } from './messages';
import { requestFor } from './requests';

interface ReviewResult { ok: boolean; message: string }

/** Timings the pane reported, for the real-editor suite to print. */
export interface PaneTimings { render: number[]; focus: number[]; openToFirstRender: number[] }

export class ReviewPane implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly timings: PaneTimings = { render: [], focus: [], openToFirstRender: [] };
  private openedAt: number | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly client: () => LanguageClient | undefined, private readonly models: RenderModels) {
    this.subscriptions.push(
      models.onDidChange((m) => { if (m.uri === this.doc?.uri.toString()) this.send(m); }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || e.textEditor.document !== this.doc || e.kind !== vscode.TextEditorSelectionChangeKind.Mouse && e.kind !== vscode.TextEditorSelectionChangeKind.Keyboard) return;
        this.post({ type: 'reveal', offset: this.doc.offsetAt(e.selections[0].active) });
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (this.panel && e && e.document !== this.doc && e.document.uri.scheme !== 'output') void this.show(e.document); }),
    );
  }

  /** Opens (or moves) the pane beside the editor for `doc`. */
  async open(doc: vscode.TextDocument): Promise<void> {
    if (!this.panel) {
      this.openedAt = Date.now();
      const media = vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
      this.panel = vscode.window.createWebviewPanel('arabicNews.reviewPane', 'Review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
      this.panel.webview.html = html(this.panel.webview, media);
      this.panel.webview.onDidReceiveMessage((m: FromPane) => this.receive(m), undefined, this.subscriptions);
      this.panel.onDidDispose(() => { this.panel = undefined; }, undefined, this.subscriptions);
    } else this.panel.reveal(vscode.ViewColumn.Beside);
    await this.show(doc);
  }

  private async show(doc: vscode.TextDocument): Promise<void> {
    this.doc = doc;
    const m = this.models.get(doc.uri.toString()) ?? await this.models.fetch(doc.uri.toString());
    if (m) this.send(m);
  }

  private send(m: RenderModel): void {
    const doc = this.doc;
    if (!doc || !this.panel || m.version !== doc.version) return;
    this.panel.title = `Review: ${vscode.workspace.asRelativePath(doc.uri)}`;
    const model: PaneModel = {
      uri: m.uri, version: m.version, title: this.panel.title, text: doc.getText(), counts: m.counts, reviewed: m.reviewed, total: m.total,
      spans: m.spans.map((s) => ({ kind: s.kind, label: s.label, status: s.status, lowConfidence: s.lowConfidence, start: s.start, end: s.end,
        ...(s.speaker ? { speaker: { text: s.speaker.text, via: s.speaker.via, start: s.speaker.start, end: s.speaker.end } } : {}) })),
    };
    this.post({ type: 'model', model });
  }

  private post(m: ToPane): void {
    void this.panel?.webview.postMessage(m);
  }

  private async receive(m: FromPane): Promise<void> {
    const doc = this.doc;
    const c = this.client();
    if (!doc) return;
    if (m.type === 'ready') { await this.show(doc); return; }
    if (m.type === 'timing') {
      this.timings[m.what].push(m.ms);
      if (m.what === 'render' && this.openedAt !== undefined) { this.timings.openToFirstRender.push(Date.now() - this.openedAt); this.openedAt = undefined; }
      return;
    }
    const r = requestFor(m, doc.uri.toString(), (offset) => doc.positionAt(offset));
    if (r.kind === 'server' && c) {
      const result = await c.sendRequest<ReviewResult>(r.method, r.params);
      if (result.ok) void vscode.window.setStatusBarMessage(`Arabic News: ${result.message}`, 4000);
      else void vscode.window.showWarningMessage(result.message);
      await this.models.fetch(doc.uri.toString());
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

/** Strict CSP: the pane's own script and style from the package, the shipped font, no inline code, no network. */
function html(webview: vscode.Webview, media: vscode.Uri): string {
  const src = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString();
  const csp = `default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; script-src ${webview.cspSource}; img-src ${webview.cspSource}`;
  return `<!DOCTYPE html>
<html lang="ar">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${src('reviewPane.css')}">
<title>Review</title>
</head>
<body>
<header dir="ltr"><div id="legend"></div><div id="progress" role="progressbar"></div>
<div class="keys">J/K next/previous · Enter accept · X reject · 1–4 PER/LOC/ORG/MISC · S speaker · U undo · select text + 1–4 to add</div></header>
<main id="article" dir="rtl" lang="ar" tabindex="0"></main>
<div id="menu" hidden dir="ltr"></div>
<svg id="links" aria-hidden="true"></svg>
<script src="${src('reviewPane.js')}"></script>
</body>
</html>`;
}
