// Annotation and export commands: thin wrappers that send the editor state to the server and report its answer.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface ReviewResult { ok: boolean; message: string }
interface Rendered { name: string; content: string }
type Target = { uri: string; position: vscode.Position } | undefined;

const ENTITY_LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC'];
const ALL_LABELS = [...ENTITY_LABELS, 'DATE', 'TIME', 'DURATION', 'SET', 'QUOTE'];

function report(r: ReviewResult): void {
  if (r.ok) void vscode.window.setStatusBarMessage(`Arabic News: ${r.message}`, 4000);
  else void vscode.window.showWarningMessage(r.message);
}

/** Where a command acts: the code action's arguments, else the active editor's cursor. */
function here(arg: Target): { uri: string; position: vscode.Position } | undefined {
  if (arg?.uri) return { uri: arg.uri, position: new vscode.Position(arg.position.line, arg.position.character) };
  const e = vscode.window.activeTextEditor;
  return e ? { uri: e.document.uri.toString(), position: e.selection.active } : undefined;
}

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const request = async <T>(method: string, params: object): Promise<T | undefined> => {
    const c = client();
    if (!c) { void vscode.window.showWarningMessage('The Arabic News language server is not running.'); return undefined; }
    return c.sendRequest<T>(method, params);
  };
  const annotate = (label: string, literal = false) => async () => {
    const e = vscode.window.activeTextEditor;
    if (!e) return;
    const r = await request<ReviewResult>('arabicNews/annotate', { uri: e.document.uri.toString(), range: e.selection, label, literal });
    if (r) report(r);
  };
  const decide = (action: string) => async (arg?: Target) => {
    const at = here(arg);
    if (!at) return;
    let label: string | undefined;
    if (action === 'relabel') {
      label = await vscode.window.showQuickPick(ALL_LABELS, { placeHolder: 'New label for the annotation under the cursor' });
      if (!label) return;
    }
    const r = await request<ReviewResult>('arabicNews/decide', { ...at, action, label });
    if (r) report(r);
  };
  const reg = (id: string, f: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, f));
  for (const label of [...ENTITY_LABELS, 'DATE', 'QUOTE']) reg(`arabicNews.annotate${label[0]}${label.slice(1).toLowerCase()}`, annotate(label));
  reg('arabicNews.annotateLiteral', async () => {
    const label = await vscode.window.showQuickPick(ALL_LABELS, { placeHolder: 'Annotate the selection exactly as selected (no snapping) as…' });
    if (label) await annotate(label, true)();
  });
  reg('arabicNews.accept', decide('accept'));
  reg('arabicNews.reject', decide('reject'));
  reg('arabicNews.remove', decide('remove'));
  reg('arabicNews.changeLabel', decide('relabel'));
  reg('arabicNews.acceptAllOfLabel', async () => {
    const e = vscode.window.activeTextEditor;
    const label = e && await vscode.window.showQuickPick(ALL_LABELS, { placeHolder: 'Accept every suggestion with this label' });
    if (!e || !label) return;
    const r = await request<ReviewResult>('arabicNews/acceptAll', { uri: e.document.uri.toString(), label });
    if (r) report(r);
  });
  reg('arabicNews.acceptEntity', async (arg?: Target) => {
    const at = here(arg);
    if (!at) return;
    const x = await request<{ attributes: { entityId?: string } } | null>('arabicNews/annotationAt', at);
    if (!x?.attributes.entityId) { void vscode.window.showWarningMessage('No entity under the cursor.'); return; }
    const r = await request<ReviewResult>('arabicNews/acceptAll', { uri: at.uri, entityId: x.attributes.entityId });
    if (r) report(r);
  });
  reg('arabicNews.export', async (opts?: ExportOptions) => exportCommand(request, opts));
}

/** Answers to the export questions; given as the command's argument (scripts, tests), nothing is asked. */
export interface ExportOptions { format: string; offsets: string; includeSuggestions: boolean; folder: string }

async function exportCommand(request: <T>(method: string, params: object) => Promise<T | undefined>, opts?: ExportOptions): Promise<vscode.Uri[]> {
  const e = vscode.window.activeTextEditor;
  if (!e) return [];
  const answers = opts ?? await askExport(e.document);
  if (!answers) return [];
  const r = await request<{ files: Rendered[]; message?: string }>('arabicNews/export', { uri: e.document.uri.toString(), format: answers.format, offsets: answers.offsets, includeSuggestions: answers.includeSuggestions });
  if (!r?.files.length) { void vscode.window.showWarningMessage(r?.message ?? 'Nothing to export.'); return []; }
  const written: vscode.Uri[] = [];
  for (const f of r.files) {
    const uri = vscode.Uri.joinPath(vscode.Uri.file(answers.folder), f.name);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(f.content, 'utf8'));
    written.push(uri);
  }
  if (!opts) {
    const open = await vscode.window.showInformationMessage(`Exported ${written.map((u) => path.basename(u.fsPath)).join(', ')}`, 'Open');
    if (open) await vscode.window.showTextDocument(written[0]);
  }
  return written;
}

async function askExport(doc: vscode.TextDocument): Promise<ExportOptions | undefined> {
  const format = await vscode.window.showQuickPick([
    { label: 'JSON', value: 'json', description: 'schema arabic-news-annotator/annotations@1' },
    { label: 'brat standoff', value: 'brat', description: '.ann beside a copy of the .txt' },
    { label: 'CoNLL BIO', value: 'conll', description: 'ANERcorp tag set' },
    { label: 'JSONL', value: 'jsonl', description: 'doccano / spaCy style' },
  ], { placeHolder: 'Export format' });
  if (!format) return undefined;
  const offsets = format.value === 'json' || format.value === 'jsonl'
    ? (await vscode.window.showQuickPick([{ label: 'Unicode code points', value: 'codepoint', description: 'brat, spaCy, Python' }, { label: 'UTF-16 code units', value: 'utf16', description: 'JavaScript, LSP' }], { placeHolder: 'Offsets' }))?.value
    : 'codepoint';
  if (!offsets) return undefined;
  const scope = await vscode.window.showQuickPick([{ label: 'Include unreviewed suggestions', value: true }, { label: 'Only accepted and manual annotations', value: false }], { placeHolder: 'Which annotations' });
  if (!scope) return undefined;
  const docDir = doc.uri.scheme === 'file' ? path.dirname(doc.uri.fsPath) : undefined;
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: docDir ? vscode.Uri.file(docDir) : undefined, openLabel: 'Export here' });
  if (!folder?.[0]) return undefined;
  return { format: format.value, offsets, includeSuggestions: scope.value, folder: folder[0].fsPath };
}
