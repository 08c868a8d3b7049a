// Extension entry: starts the language server over IPC and wires the boxes, review loop, status bar, views and commands.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { StatusBar, ServerStatus } from './statusBar';
import { registerCommands } from './commands';
import { EntitiesView } from './entitiesView';
import { AnnotationBoxes } from './annotationBoxes';
import { RenderModel, RenderModels } from './renderModels';
import { ReviewLoop } from './reviewLoop';
import { editorMiddleware } from './editorMiddleware';
import { usePaletteFrom } from './palette';
import { PaneTimings, REVIEW_PANE_VIEW_TYPE, ReviewPane } from './reviewPane/panel';
import { handleSavePrompts } from './savePrompt';
import { registerModelCommands } from './modelCommands';
import { registerCompareView } from './compareView';
import { serverEnv } from '../../server/src/serverEnv';
import { restartServer } from './serverRestart';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to its own real-editor tests: the models it draws. */
export interface ArabicNewsApi { renderModel(uri: string): Promise<RenderModel | undefined>; paneTimings: PaneTimings }

export async function activate(context: vscode.ExtensionContext): Promise<ArabicNewsApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // (its environment: malloc settings that give large freed buffers back, serverEnv.ts)
    run: { module, transport: TransportKind.ipc, options: { env: serverEnv(process.env) } },
    debug: { module, transport: TransportKind.ipc, options: { env: serverEnv(process.env), execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  usePaletteFrom(context.extension.packageJSON);
  const models = new RenderModels(() => client);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'arabic-news' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'arabicNews' },
    // The workspace entity index persists here, so a reload starts from what was indexed; it tells articles from
    // other text files with the user's threshold from its first run (later changes follow the configuration).
    initializationOptions: { storagePath: context.storageUri?.fsPath, arabicThreshold: vscode.workspace.getConfiguration('arabicNews').get<number>('arabicThreshold') },
    middleware: editorMiddleware(models),
  };
  client = new LanguageClient('arabicNews', 'Arabic News Annotator', serverOptions, clientOptions);
  const status = new StatusBar();
  const boxes = new AnnotationBoxes(models);
  const entities = new EntitiesView(() => client, models);
  const loop = new ReviewLoop(models);
  const pane = new ReviewPane(context.extensionUri, () => client, models);
  const entitiesTree = vscode.window.createTreeView('arabicNews.entities', { treeDataProvider: entities });
  // The view asks the server only while someone can see it; it catches up when it is shown.
  entities.isVisible = () => entitiesTree.visible;
  // A review pane open when the window closed comes back on its article after a reload or restart.
  context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(REVIEW_PANE_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => pane.restore(panel, state) }));
  context.subscriptions.push(pane, models, status, boxes, entities, entitiesTree, entitiesTree.onDidChangeVisibility((e) => { if (e.visible) void entities.refresh(); }));
  registerCommands(context, () => client, loop);
  registerModelCommands(context, () => client);
  registerCompareView(context, () => client);
  // VS Code's file watcher covers only the workspace folders: an article opened from elsewhere would not hear of another
  // writer's sidecar change, so the server reads the open articles' sidecars again when the user comes back to the editor.
  const checkSidecars = () => { if (client?.isRunning()) void client.sendNotification('arabicNews/sidecarCheck', {}); };
  context.subscriptions.push(
    vscode.window.onDidChangeWindowState((w) => { if (w.focused) checkSidecars(); }),
    vscode.window.onDidChangeActiveTextEditor((e) => { status.show(e?.document.uri.toString()); if (e) void models.fetch(e.document.uri.toString()); void entities.refresh(); checkSidecars(); }),
    vscode.workspace.onDidCloseTextDocument((d) => models.forget(d.uri.toString())),
    vscode.commands.registerCommand('arabicNews.nextSuggestion', () => loop.go(1)),
    vscode.commands.registerCommand('arabicNews.openReviewPane', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (doc) await pane.open(doc);
    }),
    vscode.commands.registerCommand('arabicNews.toggleBoxes', () => {
      const shown = boxes.toggle();
      void vscode.window.setStatusBarMessage(`Arabic News: annotation boxes ${shown ? 'shown' : 'hidden'}`, 3000);
      return shown;
    }),
    vscode.commands.registerCommand('arabicNews.previousSuggestion', () => loop.go(-1)),
    vscode.commands.registerCommand('arabicNews.articlesMentioning', async (node?: Parameters<EntitiesView['keyOf']>[0]) => {
      let key = entities.keyOf(node);
      const editor = vscode.window.activeTextEditor;
      if (!key && editor) {
        const x = await client?.sendRequest<{ attributes: { canonical?: string } } | null>('arabicNews/annotationAt', { uri: editor.document.uri.toString(), position: editor.selection.active });
        key = x?.attributes.canonical;
      }
      if (!key) { void vscode.window.showWarningMessage('Put the cursor on an entity, or pick one in the Entities view.'); return; }
      const found = await client?.sendRequest<Array<{ uri: string; mentions: number; name: string; preview?: string; review?: { reviewed: boolean; accepted: number; rejected: number; manual: number } }>>('arabicNews/articlesMentioning', { key }) ?? [];
      // Review state from each article's sidecar: ✓ marked reviewed, else how many decisions it holds.
      const review = (r?: { reviewed: boolean; accepted: number; rejected: number; manual: number }) => (!r ? '' : r.reviewed ? ' · ✓ reviewed' : r.accepted + r.rejected + r.manual ? ` · ${r.accepted} accepted, ${r.rejected} rejected, ${r.manual} added` : ' · not reviewed');
      const pick = await vscode.window.showQuickPick(found.map((f) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(f.uri)), description: `${f.mentions} mention${f.mentions > 1 ? 's' : ''} of ${f.name}${review(f.review)}`, detail: f.preview, uri: f.uri })),
        { placeHolder: found.length ? `${found.length} article(s) in the workspace mention this entity` : 'No article in the workspace mentions this entity' });
      if (pick) await vscode.window.showTextDocument(vscode.Uri.parse(pick.uri));
    }),
    vscode.commands.registerCommand('arabicNews.restartServer', async () => {
      if (!client) return;
      status.starting();
      const c = client;
      await restartServer(c, (line) => c.outputChannel.appendLine(line));
      status.ready();
    }),
    vscode.commands.registerCommand('arabicNews.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('arabicNews.setDocumentDate', async (arg?: { uri?: string }) => {
      // Per article, in its sidecar: a folder holds articles of many days.
      const uri = arg?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!uri || !client) return;
      const now = await client.sendRequest<{ own: string | null; used: { date: { year: number; month: number; day: number }; source: string } | null } | null>('arabicNews/documentDate', { uri });
      const used = now?.used ? `${now.used.date.year}-${String(now.used.date.month).padStart(2, '0')}-${String(now.used.date.day).padStart(2, '0')} (${now.used.source})` : 'none';
      const value = await vscode.window.showInputBox({
        title: 'Date of this article', value: now?.own ?? '',
        prompt: `Relative dates (أمس، السبت، العام الماضي) in this article resolve against it. Now: ${used}. Empty: read it from the article or arabicNews.documentDate.`,
        placeHolder: 'YYYY-MM-DD', validateInput: (v) => (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'Use YYYY-MM-DD, or empty to clear'),
      });
      if (value === undefined) return;
      const r = await client.sendRequest<{ ok: boolean; message: string }>('arabicNews/setDocumentDate', { uri, date: value });
      if (r.ok) void vscode.window.setStatusBarMessage(`Arabic News: ${r.message}`, 4000); else void vscode.window.showWarningMessage(r.message);
    }),
  );
  status.starting();
  await client.start();
  context.subscriptions.push(handleSavePrompts(client));
  client.onNotification('arabicNews/status', async (s: ServerStatus) => {
    status.update(s, vscode.window.activeTextEditor?.document.uri.toString());
    if (s.analysing) return;
    await models.fetch(s.uri);
    void entities.refresh(s.uri);
    nudgeOutline();
    if (s.analysed) await adoptArabicPlaintext(s.uri);
  });
  status.ready();
  return { renderModel: (uri) => models.fetch(uri), paneTimings: pane.timings };
}

/**
 * A plain-text document the server analysed as Arabic becomes an Arabic News document, so it gets the
 * language's defaults (no semantic highlighting, word wrap) instead of tokens that scramble its lines.
 */
const adopted = new Set<string>();
async function adoptArabicPlaintext(uri: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  // Once per document and session: a user who switches it back to plain text keeps that choice.
  if (!doc || doc.languageId !== 'plaintext' || adopted.has(uri)) return;
  adopted.add(uri);
  if (!vscode.workspace.getConfiguration('arabicNews', doc.uri).get<boolean>('adoptPlaintext', true)) return;
  await vscode.languages.setTextDocumentLanguage(doc, 'arabic-news');
}

/**
 * The Outline re-asks for symbols only when the text or the providers change; a decision changes
 * neither, so registering and dropping an empty provider makes it follow accept/reject at once.
 */
function nudgeOutline(): void {
  vscode.languages.registerDocumentSymbolProvider({ language: 'arabic-news' }, { provideDocumentSymbols: () => [] }).dispose();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
