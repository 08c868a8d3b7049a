// Annotation and export commands: thin wrappers that send the editor state to the server and report its answer.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ReviewLoop } from './reviewLoop';

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

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, loop: ReviewLoop): void {
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
    if (!r) return;
    report(r);
    // Accept and reject move on to the next suggestion: the review loop needs no mouse.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === at.uri);
    if (doc && (action === 'accept' || action === 'reject')) await loop.advanceAfter(r, at.uri, doc.offsetAt(at.position));
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
  const step = (method: 'undo' | 'redo') => async () => {
    const e = vscode.window.activeTextEditor;
    const r = e && await request<ReviewResult>(`arabicNews/${method}`, { uri: e.document.uri.toString() });
    // Only annotation commands: the editor's own undo stays on Ctrl+Z and is never run from here.
    if (r) void vscode.window.setStatusBarMessage(`Arabic News: ${r.message}`, 4000);
  };
  reg('arabicNews.undoAnnotation', step('undo'));
  reg('arabicNews.redoAnnotation', step('redo'));
  reg('arabicNews.import', async () => importCommand(request));
  reg('arabicNews.markReviewed', async () => {
    const e = vscode.window.activeTextEditor;
    if (!e) return;
    const pick = await vscode.window.showQuickPick([
      { label: 'Mark this article reviewed', description: 'its remaining suggestions count as accepted when the model learns', value: true },
      { label: 'Unmark it', value: false },
    ], { placeHolder: 'Review state of the whole article' });
    if (!pick) return;
    const r = await request<ReviewResult>('arabicNews/markReviewed', { uri: e.document.uri.toString(), reviewed: pick.value });
    if (r) report(r);
  });
  reg('arabicNews.removeOrphans', async () => {
    const e = vscode.window.activeTextEditor;
    if (!e) return;
    const sure = await vscode.window.showWarningMessage('Remove the annotations whose text is no longer in this article? They are kept in its sidecar until you do.', { modal: true }, 'Remove Them');
    if (sure !== 'Remove Them') return;
    const r = await request<{ removed: number }>('arabicNews/removeOrphans', { uri: e.document.uri.toString() });
    if (r) void vscode.window.setStatusBarMessage(`Arabic News: removed ${r.removed} orphaned annotation(s)`, 4000);
  });
  reg('arabicNews.setSpeaker', async (arg?: Target) => {
    const at = here(arg);
    if (!at) return;
    const entities = await request<Array<{ label: string; mentions: Array<{ text: string; range: { start: vscode.Position; end: vscode.Position } }> }>>('arabicNews/entities', { uri: at.uri }) ?? [];
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === at.uri);
    const persons = entities.filter((e) => e.label === 'PERSON' || e.label === 'ORGANIZATION');
    // Nearest mention to the quotation first: the speaker is usually named just before or after it.
    const cursor = doc?.offsetAt(at.position) ?? 0;
    const distance = (m: { range: { start: vscode.Position } }) => Math.abs((doc?.offsetAt(new vscode.Position(m.range.start.line, m.range.start.character)) ?? 0) - cursor);
    const nearest = persons.map((e) => ({ e, m: [...e.mentions].sort((p, q) => distance(p) - distance(q))[0] })).sort((p, q) => distance(p.m) - distance(q.m));
    const items = [
      ...nearest.map(({ e, m }) => ({ label: m.text, description: `${e.label.toLowerCase()} · ${e.mentions.length} mention(s) · line ${m.range.start.line + 1}`, mention: m })),
      { label: 'Unknown speaker', description: 'clear the speaker', mention: undefined },
    ];
    const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Speaker of the quotation under the cursor' });
    if (!pick || !doc) return;
    const offsets = pick.mention ? { start: doc.offsetAt(new vscode.Position(pick.mention.range.start.line, pick.mention.range.start.character)), end: doc.offsetAt(new vscode.Position(pick.mention.range.end.line, pick.mention.range.end.character)) } : null;
    const r = await request<ReviewResult>('arabicNews/setSpeaker', { ...at, speaker: offsets });
    if (r) report(r);
  });
}

/** Answers to the export questions; given as the command's argument (scripts, tests), nothing is asked. */
export interface ExportOptions { format: string; offsets: string; includeSuggestions: boolean; folder: string; scope?: 'document' | 'workspace' }

/** Why `target` may not be written by the export of `doc`: never the article itself, never a text that is not an earlier brat copy. */
async function refusal(doc: vscode.TextDocument, target: vscode.Uri): Promise<string | undefined> {
  const same = (a: vscode.Uri, b: vscode.Uri) => (process.platform === 'linux' ? a.fsPath === b.fsPath : a.fsPath.toLowerCase() === b.fsPath.toLowerCase());
  if (same(target, doc.uri)) return `${target.fsPath} is the article itself; choose another folder`;
  if (!/\.txt$/i.test(target.path)) return undefined;
  const exists = (u: vscode.Uri) => vscode.workspace.fs.stat(u).then(() => true, () => false);
  if (await exists(target) && !(await exists(target.with({ path: target.path.replace(/\.txt$/i, '.ann') })))) return `${target.fsPath} exists and is not the text of an earlier brat export; choose another folder`;
  return undefined;
}

/** Writes one document's export files into `folder/subdir`; returns them, or why nothing was written (`refused`: it would overwrite). */
async function exportOne(request: <T>(method: string, params: object) => Promise<T | undefined>, doc: vscode.TextDocument, answers: ExportOptions, subdir = ''): Promise<vscode.Uri[] | { reason: string; refused: boolean }> {
  const r = await request<{ files: Rendered[]; message?: string }>('arabicNews/export', { uri: doc.uri.toString(), format: answers.format, offsets: answers.offsets, includeSuggestions: answers.includeSuggestions });
  if (!r?.files.length) return { reason: r?.message ?? 'nothing to export', refused: false };
  const dir = vscode.Uri.joinPath(vscode.Uri.file(answers.folder), subdir);
  const targets = r.files.map((f) => vscode.Uri.joinPath(dir, f.name));
  // All checked before any is written, so a refused export leaves nothing half-written.
  for (const t of targets) {
    const why = await refusal(doc, t);
    if (why) return { reason: why, refused: true };
  }
  try {
    await vscode.workspace.fs.createDirectory(dir);
    for (const [i, f] of r.files.entries()) await vscode.workspace.fs.writeFile(targets[i], Buffer.from(f.content, 'utf8'));
  } catch (e) {
    // A read-only or full folder: said, not an anonymous "command failed", and a workspace export goes on with the next article.
    return { reason: `${dir.fsPath} could not be written (${(e as Error).message})`, refused: true };
  }
  return targets;
}

async function exportCommand(request: <T>(method: string, params: object) => Promise<T | undefined>, opts?: ExportOptions): Promise<vscode.Uri[]> {
  const e = vscode.window.activeTextEditor;
  const answers = opts ?? await askExport(e?.document);
  if (!answers) return [];
  if (answers.scope !== 'workspace' && !e) { void vscode.window.showWarningMessage('Nothing exported: open the article to export (or export all Arabic articles in the workspace).'); return []; }
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(answers.folder));
  } catch (err) {
    void vscode.window.showWarningMessage(`Nothing exported: ${answers.folder} could not be made (${(err as Error).message}).`);
    return [];
  }
  let written: vscode.Uri[] = [];
  const refused: string[] = [];
  if (answers.scope === 'workspace') {
    written = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Exporting Arabic articles', cancellable: true }, async (progress, token) => {
      const found = await vscode.workspace.findFiles('**/*.txt', '**/{node_modules,out,dist,test-results}/**', 5000, token);
      // The brat copies of an earlier export (a .ann beside them, in the export folder) are not articles.
      const copy = async (f: vscode.Uri) => {
        const rel = path.relative(answers.folder, f.fsPath);
        if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
        return vscode.workspace.fs.stat(f.with({ path: f.path.replace(/\.txt$/i, '.ann') })).then(() => true, () => false);
      };
      const files: vscode.Uri[] = [];
      for (const f of found) if (!(await copy(f))) files.push(f);
      const out: vscode.Uri[] = [];
      for (const [i, file] of files.entries()) {
        if (token.isCancellationRequested) break;
        const rel = vscode.workspace.asRelativePath(file, false);
        progress.report({ message: `${i + 1}/${files.length} ${rel}`, increment: 100 / files.length });
        // Relative folders kept: a/news.txt and b/news.txt export to a/ and b/ under the folder.
        const result = await exportOne(request, await vscode.workspace.openTextDocument(file), answers, path.dirname(rel) === '.' ? '' : path.dirname(rel));
        if (Array.isArray(result)) out.push(...result);
        else if (result.refused) refused.push(result.reason);
      }
      return out;
    });
  } else if (e) {
    const result = await exportOne(request, e.document, answers);
    if (!Array.isArray(result)) { void vscode.window.showWarningMessage(`Nothing exported: ${result.reason}`); return []; }
    written = result;
  }
  if (refused.length) void vscode.window.showWarningMessage(`${refused.length} article(s) not exported: ${refused.slice(0, 2).join('; ')}`);
  if (!opts && written.length) {
    const open = await vscode.window.showInformationMessage(`Exported ${written.length} file(s) to ${answers.folder}`, 'Open');
    if (open) await vscode.window.showTextDocument(written[0]);
  }
  return written;
}

async function askExport(doc: vscode.TextDocument | undefined): Promise<ExportOptions | undefined> {
  const format = await vscode.window.showQuickPick([
    { label: 'JSON', value: 'json', description: 'schema arabic-news-annotator/annotations@1' },
    { label: 'brat standoff', value: 'brat', description: '.ann beside a copy of the .txt' },
    { label: 'CoNLL BIO', value: 'conll', description: 'ANERcorp tag set' },
    { label: 'JSONL', value: 'jsonl', description: 'doccano / spaCy style' },
  ], { title: 'Export annotations (1/5)', placeHolder: 'Export format' });
  if (!format) return undefined;
  const offsets = format.value === 'json' || format.value === 'jsonl'
    ? (await vscode.window.showQuickPick([{ label: 'Unicode code points', value: 'codepoint', description: 'brat, spaCy, Python' }, { label: 'UTF-16 code units', value: 'utf16', description: 'JavaScript, LSP' }], { title: 'Export annotations (2/5)', placeHolder: 'Offsets' }))?.value
    : 'codepoint';
  if (!offsets) return undefined;
  // Reviewed only by default: a corpus must not receive unreviewed suggestions as gold by accident.
  const scope = await vscode.window.showQuickPick([
    { label: 'Only reviewed annotations', description: 'accepted and manual', value: false },
    { label: 'Also unreviewed suggestions', description: 'the tagger\'s output, not checked by anyone', value: true },
  ], { title: 'Export annotations (3/5)', placeHolder: 'Which annotations' });
  if (!scope) return undefined;
  const where = await vscode.window.showQuickPick([{ label: 'This document', value: 'document' as const }, { label: 'All Arabic articles in the workspace', value: 'workspace' as const }], { title: 'Export annotations (4/5)', placeHolder: 'Scope' });
  if (!where) return undefined;
  const docDir = doc?.uri.scheme === 'file' ? path.dirname(doc.uri.fsPath) : undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  // An `annotations/` folder, never the article's own: a brat copy there could take the article's name.
  const defaultUri = root ? vscode.Uri.joinPath(root, 'annotations') : docDir ? vscode.Uri.joinPath(vscode.Uri.file(docDir), 'annotations') : undefined;
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri, openLabel: 'Export here', title: 'Export annotations (5/5): folder' });
  if (!folder?.[0]) return undefined;
  return { format: format.value, offsets, includeSuggestions: scope.value, folder: folder[0].fsPath, scope: where.value };
}

async function importCommand(request: <T>(method: string, params: object) => Promise<T | undefined>): Promise<void> {
  const e = vscode.window.activeTextEditor;
  if (!e) { void vscode.window.showWarningMessage('Open the article to import annotations into first.'); return; }
  const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Arabic News JSON or brat': ['json', 'ann'] }, openLabel: 'Import' });
  if (!files?.[0]) return;
  const content = Buffer.from(await vscode.workspace.fs.readFile(files[0])).toString('utf8');
  const format = files[0].fsPath.endsWith('.ann') ? 'brat' : 'json';
  const r = await request<ReviewResult>('arabicNews/import', { uri: e.document.uri.toString(), format, content });
  if (r) report(r);
}
