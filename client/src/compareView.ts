// "Compare with Another Annotator…": the other annotator's sidecar or export against this article, as review items to settle one by one.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { isolate } from './bidiIsolate';

import { Item, Kind, RangeJson, Side, whyNotTake } from './compareItems';
interface LabelRow { label: string; a: number; b: number; both: number; f1?: number; kappa?: number }
interface Result { ok: boolean; message: string; other?: string; items: Item[]; mine: number; theirs: number; labels: LabelRow[]; speakers?: { shared: number; agree: number } }
interface ReviewResult { ok: boolean; message: string }
type Node = { kind: 'summary' } | { kind: 'label'; row: LabelRow } | { kind: 'speakers' } | { kind: 'item'; item: Item };

const KIND_TEXT: Record<Kind, string> = {
  label: 'same words, other label', boundary: 'other boundaries', onlyMine: 'only yours', onlyTheirs: 'only theirs', speaker: 'other speaker',
};
const KIND_ICON: Record<Kind, string> = { label: 'tag', boundary: 'whitespace', onlyMine: 'person', onlyTheirs: 'organization', speaker: 'quote' };
const num = (x?: number) => (x === undefined ? 'n/a' : x.toFixed(2));
const short = (s: string) => (s.length > 40 ? s.slice(0, 39) + '…' : s);
const toRange = (r: RangeJson) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** Disagreements of the last comparison; the other annotator's file is only ever read (by the server). */
class CompareView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private uri?: string;
  private file?: string;
  private result?: Result;
  /** Items the user settled with "Keep mine" (nothing to write: theirs is simply not taken). */
  private readonly kept = new Set<string>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async compare(uri: string, file: string): Promise<Result | undefined> {
    if (uri !== this.uri || file !== this.file) this.kept.clear();
    this.uri = uri;
    this.file = file;
    return this.refresh();
  }

  async refresh(): Promise<Result | undefined> {
    const c = this.client();
    if (!c || !this.uri || !this.file) return undefined;
    let r: Result;
    try {
      r = await c.sendRequest<Result>('arabicNews/compare', { uri: this.uri, file: this.file });
    } catch (e) {
      r = { ok: false, message: `The comparison could not be made again: ${(e as Error).message}`, items: [], mine: 0, theirs: 0, labels: [] };
    }
    // A comparison shown until now that fails on a refresh (their file deleted or broken, the article closed) says why it emptied.
    if (!r.ok && this.result) void vscode.window.showWarningMessage(r.message);
    this.result = r.ok ? r : undefined;
    void vscode.commands.executeCommand('setContext', 'arabicNews.comparing', !!this.result);
    this.changed.fire(undefined);
    return r;
  }

  get open(): { uri?: string; file?: string } { return { uri: this.uri, file: this.file }; }

  private items(): Item[] { return this.result?.items.filter((i) => !this.kept.has(i.id)) ?? []; }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) return [{ kind: 'summary' }, ...this.items().map((item) => ({ kind: 'item' as const, item }))];
    if (node.kind === 'summary') return [...this.result.labels.map((row) => ({ kind: 'label' as const, row })), ...(this.result.speakers?.shared ? [{ kind: 'speakers' as const }] : [])];
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const r = this.result!;
    const other = path.basename(r.other ?? '');
    if (node.kind === 'summary') {
      const t = new vscode.TreeItem(`A: you · B: ${other}`, vscode.TreeItemCollapsibleState.Collapsed);
      const open = this.items().length;
      const all = r.labels.reduce((s, l) => ({ a: s.a + l.a, b: s.b + l.b, both: s.both + l.both }), { a: 0, b: 0, both: 0 });
      const perLabel = r.labels.map((l) => `${l.label} F1 ${num(l.f1)} κ ${num(l.kappa)}`).join(' · ');
      t.description = `${open} to settle · all F1 ${num(all.a + all.b ? (2 * all.both) / (all.a + all.b) : undefined)} · ${perLabel}`;
      t.tooltip = `${r.message}\nA: your accepted and manual annotations (${r.mine}); B: ${r.other} (${r.theirs}), read only.\nExpand for F1 and Cohen's kappa per label.`;
      t.iconPath = new vscode.ThemeIcon('diff');
      return t;
    }
    if (node.kind === 'label') {
      const t = new vscode.TreeItem(node.row.label, vscode.TreeItemCollapsibleState.None);
      t.description = `F1 ${num(node.row.f1)} · κ ${num(node.row.kappa)} · A ${node.row.a} / B ${node.row.b} / same ${node.row.both}`;
      t.tooltip = 'Exact-span F1 and token-level Cohen\'s kappa for this article (as `arabic-news-annotate agree`).';
      return t;
    }
    if (node.kind === 'speakers') {
      const s = r.speakers!;
      return Object.assign(new vscode.TreeItem('Quotation speakers', vscode.TreeItemCollapsibleState.None), { description: `${s.agree} of ${s.shared} agree` });
    }
    const { item } = node;
    const label = (s?: Side) => (item.kind === 'speaker' ? (s?.speaker ? isolate(s.speaker.text) : 'no speaker') : s?.label ?? '—');
    const t = new vscode.TreeItem(`A: ${label(item.mine)} · B: ${label(item.theirs)} «${isolate(short(item.text))}»`, vscode.TreeItemCollapsibleState.None);
    t.description = `${KIND_TEXT[item.kind]} · line ${item.range.start.line + 1}`;
    const show = (who: string, s?: Side) => `${who}: ${s ? `${s.label} «${s.text}»${s.speaker ? `, speaker ${s.speaker.text}` : ''}` : 'nothing'}`;
    t.tooltip = `${show('A (you)', item.mine)}\n${show(`B (${other})`, item.theirs)}`;
    t.iconPath = new vscode.ThemeIcon(KIND_ICON[item.kind]);
    t.contextValue = 'disagreement';
    t.command = { title: 'Reveal', command: 'vscode.open', arguments: [vscode.Uri.parse(this.uri!), { selection: toRange(item.range) }] };
    return t;
  }

  keep(item: Item): void { this.kept.add(item.id); this.changed.fire(undefined); }

  dispose(): void { this.changed.dispose(); }
}

/** Takes the other annotator's version through the ordinary annotation requests, so the sidecar is written as for any decision. */
async function takeTheirs(c: LanguageClient, uri: string, item: Item): Promise<ReviewResult> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
  // The item was read from an earlier version (the view compares again 500 ms after typing stops): take nothing that moved.
  const why = whyNotTake(item, doc ? (r) => doc.getText(toRange(r)) : undefined);
  if (why) return { ok: false, message: why };
  if (item.kind === 'speaker') {
    const s = item.theirs!.speaker;
    return c.sendRequest<ReviewResult>('arabicNews/setSpeaker', { uri, position: item.theirs!.range.start, speaker: s ? { start: s.start, end: s.end } : null });
  }
  if (item.theirs) return c.sendRequest<ReviewResult>('arabicNews/annotate', { uri, range: item.theirs.range, label: item.theirs.label, literal: true });
  // Only mine: remove it, after checking that the annotation under its start is this very span (not one nested with it).
  const mine = item.mine!;
  const at = await c.sendRequest<{ start: number; end: number; label: string } | null>('arabicNews/annotationAt', { uri, position: mine.range.start });
  if (!at || at.start !== mine.start || at.end !== mine.end || at.label !== mine.label) return { ok: false, message: `Your ${mine.label} «${mine.text}» is no longer where it was; compare again.` };
  return c.sendRequest<ReviewResult>('arabicNews/decide', { uri, position: mine.range.start, action: 'remove' });
}

export function registerCompareView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const view = new CompareView(client);
  const tree = vscode.window.createTreeView('arabicNews.compare', { treeDataProvider: view });
  let timer: NodeJS.Timeout | undefined;
  const reg = (id: string, f: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, f));
  context.subscriptions.push(view, tree,
    // Edits move the spans: compare again once typing pauses.
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.uri.toString() === view.open.uri) { clearTimeout(timer); timer = setTimeout(() => void view.refresh(), 500); } }),
    { dispose: () => clearTimeout(timer) });
  reg('arabicNews.compareWithAnnotator', async (file?: vscode.Uri) => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) { void vscode.window.showWarningMessage('Open the article to compare first.'); return undefined; }
    let other = file instanceof vscode.Uri ? file : undefined;
    if (!other) {
      const picked = await vscode.window.showOpenDialog({
        title: 'Compare with another annotator: their sidecar (.annotations.json) or JSON export of this article',
        defaultUri: doc.uri.scheme === 'file' ? vscode.Uri.file(path.dirname(doc.uri.fsPath)) : undefined,
        canSelectMany: false, openLabel: 'Compare', filters: { 'Sidecar or JSON export': ['json'] },
      });
      other = picked?.[0];
    }
    if (!other) return undefined;
    const r = await view.compare(doc.uri.toString(), other.fsPath);
    if (!r) return undefined;
    if (!r.ok) { void vscode.window.showWarningMessage(r.message); return r; }
    void vscode.window.setStatusBarMessage(`Arabic News: ${r.message}`, 5000);
    await vscode.commands.executeCommand('arabicNews.compare.focus');
    return r;
  });
  reg('arabicNews.compare.takeTheirs', async (node?: Node) => {
    const c = client();
    const { uri } = view.open;
    if (!c || !uri || node?.kind !== 'item') return;
    const r = await takeTheirs(c, uri, node.item);
    if (r.ok) void vscode.window.setStatusBarMessage(`Arabic News: ${r.message}`, 4000); else void vscode.window.showWarningMessage(r.message);
    await view.refresh();
  });
  reg('arabicNews.compare.keepMine', (node?: Node) => { if (node?.kind === 'item') view.keep(node.item); });
  reg('arabicNews.compare.refresh', () => view.refresh());
}
