// The learning model in the editor: Update / Reset Model commands, and a status bar item saying which model is active (click: Update / Reset).
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';

/** What the server sends as `arabicNews/modelStatus` (server/src/learning/modelConnection.ts). */
export interface ModelStatus {
  active: 'shipped' | 'adapted';
  manifest?: {
    sentences: number; articles: number; created: string; replay: number;
    model: { bytes: number };
    check?: { sentences: number; corpus: string; before: number; after: number };
  };
  file?: string;
  updating: boolean;
  problem?: string;
  ignored?: boolean;
  mode: 'off' | 'manual' | 'auto';
  pendingDecisions: number;
  decisionsPerUpdate: number;
}

interface Result { ok: boolean; message: string; cancelled?: boolean }

export function describeModel(s: ModelStatus): { text: string; tooltip: string } {
  const m = s.manifest;
  const text = s.updating ? '$(sync~spin) Model: updating…'
    : s.active === 'adapted' ? `$(mortar-board) Model: adapted${m ? ` · ${m.sentences} sentences` : ''}`
    : `${s.problem ? '$(warning) ' : '$(package) '}Model: shipped`;
  const lines = [s.active === 'adapted' ? 'Arabic News: the workspace\'s adapted model suggests entities.' : 'Arabic News: the shipped model suggests entities.'];
  if (s.active === 'adapted' && m) {
    lines.push(`Trained on ${m.sentences} reviewed sentences from ${m.articles} article${m.articles === 1 ? '' : 's'} (+${m.replay} original sentences replayed), ${new Date(m.created).toLocaleString()}; ${(m.model.bytes / 1e3).toFixed(0)} kB.`);
    if (m.check) lines.push(`Entity F1 on ${m.check.sentences} held-out sentences of ${m.check.corpus}: ${m.check.before.toFixed(3)} before, ${m.check.after.toFixed(3)} after.`);
  }
  if (s.file && s.active === 'adapted') lines.push(`File: ${s.file}`);
  if (s.problem) lines.push(`The workspace model is not used: ${s.problem}`);
  if (s.ignored) lines.push('The workspace model is set aside for this session (Reset Model).');
  lines.push(s.mode === 'auto' ? `Updates by itself after ${s.decisionsPerUpdate} new entity decisions (${s.pendingDecisions} so far).`
    : s.mode === 'manual' ? 'Updates only with the command Update Model from Reviewed Articles.' : 'Learning is off (arabicNews.learning.mode).');
  lines.push('Click to update or reset the model.');
  return { text, tooltip: lines.join('\n') };
}

export function registerModelCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const item = vscode.window.createStatusBarItem('arabicNews.model', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Arabic News Model';
  item.command = 'arabicNews.modelMenu';
  let status: ModelStatus | undefined;
  const show = (s: ModelStatus) => { status = s; const d = describeModel(s); item.text = d.text; item.tooltip = d.tooltip; item.show(); };
  const request = async <T>(method: string, params: object = {}): Promise<T | undefined> => {
    // A model pulled from git (or written by the CLI) is picked up without a restart; the server ignores its own writes.
  const watcher = vscode.workspace.createFileSystemWatcher('**/.arabic-news/model.json.gz');
  let reloadTimer: NodeJS.Timeout | undefined;
  const reload = () => { clearTimeout(reloadTimer); reloadTimer = setTimeout(() => void client()?.sendRequest('arabicNews/reloadModel', {}).catch(() => undefined), 1000); };
  context.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), { dispose: () => clearTimeout(reloadTimer) });
  const c = client();
    if (!c) { void vscode.window.showWarningMessage('The Arabic News language server is not running.'); return undefined; }
    return c.sendRequest<T>(method, params);
  };
  const tell = (r: Result | undefined) => {
    if (!r || r.cancelled) return;
    if (r.ok) void vscode.window.showInformationMessage(`Arabic News: ${r.message}`); else void vscode.window.showWarningMessage(r.message);
  };
  const refresh = async () => { const s = await request<ModelStatus>('arabicNews/modelStatus'); if (s) show(s); };

  const update = async () => tell(await request<Result>('arabicNews/updateModel'));
  const reset = async () => {
    const s = status ?? await request<ModelStatus>('arabicNews/modelStatus');
    if (!s) return;
    let remove = false;
    if (s.active === 'adapted' || s.ignored || s.problem) {
      // The file may be shared through git: deleting it is the teammates' loss too, so ask, and offer to set it aside instead.
      const del = 'Delete Model File';
      const aside = 'Use Shipped Model This Session';
      const pick = await vscode.window.showWarningMessage('Go back to the shipped model?', {
        modal: true, detail: `The adapted model is stored in ${s.file ?? '.arabic-news/'}. If the folder is shared (git), deleting it removes it for your teammates too.`,
      }, del, aside);
      if (!pick) return;
      remove = pick === del;
    }
    tell(await request<Result>('arabicNews/resetModel', { remove }));
  };
  const menu = async () => {
    type Pick = vscode.QuickPickItem & { run: () => Promise<void> };
    const picks: Pick[] = status?.updating
      ? [{ label: '$(debug-stop) Cancel Model Update', run: async () => { await request('arabicNews/cancelModelUpdate'); } }]
      : [{ label: '$(mortar-board) Update Model from Reviewed Articles', detail: 'Train on the reviewed articles of this workspace (in the background).', run: update }];
    picks.push({ label: '$(discard) Reset Model', detail: 'Go back to the model that ships with the extension.', run: reset });
    const pick = await vscode.window.showQuickPick(picks, { placeHolder: status ? describeModel(status).tooltip.split('\n')[0] : 'Arabic News model' });
    await pick?.run();
  };

  const c = client();
  if (c) context.subscriptions.push(c.onNotification('arabicNews/modelStatus', show), c.onDidChangeState((e) => { if (e.newState === State.Running) void refresh(); }));
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand('arabicNews.updateModel', update),
    vscode.commands.registerCommand('arabicNews.resetModel', reset),
    vscode.commands.registerCommand('arabicNews.modelMenu', menu),
  );
}
