// Extension entry: starts the language server over IPC and wires the status bar and commands.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { StatusBar, ServerStatus } from './statusBar';
import { registerCommands } from './commands';
import { ReviewDecorations } from './reviewDecorations';
import { EntitiesView } from './entitiesView';
import { handleSavePrompts } from './savePrompt';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'arabic-news' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'arabicNews' },
  };
  client = new LanguageClient('arabicNews', 'Arabic News Annotator', serverOptions, clientOptions);
  const status = new StatusBar();
  const decorations = new ReviewDecorations(() => client);
  const entities = new EntitiesView(() => client);
  context.subscriptions.push(status, decorations, entities, vscode.window.registerTreeDataProvider('arabicNews.entities', entities));
  registerCommands(context, () => client);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((e) => { status.show(e?.document.uri.toString()); void decorations.refresh(e?.document.uri.toString()); void entities.refresh(); }),
    vscode.commands.registerCommand('arabicNews.articlesMentioning', async (node?: Parameters<EntitiesView['keyOf']>[0]) => {
      let key = entities.keyOf(node);
      const editor = vscode.window.activeTextEditor;
      if (!key && editor) {
        const x = await client?.sendRequest<{ attributes: { canonical?: string } } | null>('arabicNews/annotationAt', { uri: editor.document.uri.toString(), position: editor.selection.active });
        key = x?.attributes.canonical;
      }
      if (!key) { void vscode.window.showWarningMessage('Put the cursor on an entity, or pick one in the Entities view.'); return; }
      const found = await client?.sendRequest<Array<{ uri: string; mentions: number; name: string }>>('arabicNews/articlesMentioning', { key }) ?? [];
      const pick = await vscode.window.showQuickPick(found.map((f) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(f.uri)), description: `${f.mentions} mention${f.mentions > 1 ? 's' : ''} of ${f.name}`, uri: f.uri })),
        { placeHolder: found.length ? `${found.length} article(s) in the workspace mention this entity` : 'No article in the workspace mentions this entity' });
      if (pick) await vscode.window.showTextDocument(vscode.Uri.parse(pick.uri));
    }),
    vscode.commands.registerCommand('arabicNews.restartServer', async () => {
      status.starting();
      await client?.restart();
      status.ready();
    }),
    vscode.commands.registerCommand('arabicNews.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('arabicNews.setDocumentDate', async () => {
      const value = await vscode.window.showInputBox({
        prompt: 'Document date that relative dates (أمس، السبت، العام الماضي) resolve against',
        placeHolder: 'YYYY-MM-DD', validateInput: (v) => (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'Use YYYY-MM-DD, or empty to read it from the article'),
      });
      if (value === undefined) return;
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration('arabicNews').update('documentDate', value, target);
    }),
  );
  status.starting();
  await client.start();
  context.subscriptions.push(handleSavePrompts(client));
  client.onNotification('arabicNews/status', (s: ServerStatus) => {
    status.update(s, vscode.window.activeTextEditor?.document.uri.toString());
    void decorations.refresh(s.uri);
    void entities.refresh(s.uri);
  });
  status.ready();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
