// Sidebar "Entities" view: the legend (label, colour, count) at the top, then label → entity → mentions for the active article.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { borderColor } from './palette';
import { GROUP_TITLES, groupOf, LabelGroup } from './labelGroups';
import { RenderModels } from './renderModels';
import { isolate } from './bidiIsolate';
import { LatestOnly } from './latestOnly';

interface RangeJson { start: { line: number; character: number }; end: { line: number; character: number } }
interface MentionJson { text: string; range: RangeJson; status?: string }
interface EntityJson { id: string; key: string; label: string; mentions: MentionJson[] }
type Node = { kind: 'label'; label: string; entities: EntityJson[]; count: number } | { kind: 'entity'; entity: EntityJson } | { kind: 'mention'; entity: EntityJson; index: number };

const ENTITY_LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC'];
const TIME_LABELS = ['DATE', 'TIME', 'DURATION', 'SET'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private entities: EntityJson[] = [];
  private uri: string | undefined;
  private readonly latest = new LatestOnly();

  constructor(private readonly client: () => LanguageClient | undefined, private readonly models: RenderModels) {}

  /** Set by the extension: whether the view is on screen (refreshes are skipped while it is not). */
  isVisible: () => boolean = () => true;

  /** Reloads the tree for the active editor (or `uri` when the server reports it changed). */
  async refresh(uri?: string): Promise<void> {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (uri && uri !== active) return;
    if (!this.isVisible()) return;
    const c = this.client();
    // Refreshes overlap when the user switches articles: only the latest one's answer is drawn, with its own uri
    // (an earlier, slower answer would put one article's entities under another's name, their mentions opening the wrong file).
    const current = this.latest.begin();
    const entities = c && active ? await c.sendRequest<EntityJson[]>('arabicNews/entities', { uri: active }).catch(() => []) : [];
    if (!current()) return;
    this.uri = active;
    this.entities = entities;
    const model = active ? this.models.get(active) : undefined;
    this.statuses = new Map(model?.spans.filter((s) => s.kind === 'entity').map((s) => [`${s.range.start.line}:${s.range.start.character}`, s.status]) ?? []);
    void vscode.commands.executeCommand('setContext', 'arabicNews.hasArticle', this.entities.length > 0 || !!(active && this.models.get(active)));
    this.changed.fire(undefined);
    await this.fetchArticleCounts(c, this.entities);
  }

  /** Articles of the workspace mentioning each entity, from the index worker; shown when it answers (the tree never waits for it). */
  private articles = new Map<string, number>();

  private async fetchArticleCounts(c: LanguageClient | undefined, entities: EntityJson[]): Promise<void> {
    if (!c || !entities.length) { this.articles.clear(); return; }
    const r = await c.sendRequest<{ counts: number[] }>('arabicNews/entityArticles', { entities: entities.map((e) => ({ key: e.key, label: e.label })) }).catch(() => undefined);
    if (entities !== this.entities) return;
    this.articles = new Map(entities.map((e, i) => [e.id, r?.counts[i] ?? 0]));
    this.changed.fire(undefined);
  }

  /** Review state of each entity mention by its start position, read from the render model (the view never re-analyses). */
  private statuses = new Map<string, string>();

  private statusOf(m: MentionJson): string | undefined {
    return this.statuses.get(`${m.range.start.line}:${m.range.start.character}`);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const counts = this.uri ? this.models.get(this.uri)?.counts ?? {} : {};
      // The legend: every label with its colour and count, entities first, then dates and quotations.
      const rows: Node[] = ENTITY_LABELS.map((label) => {
        const entities = this.entities.filter((e) => e.label === label);
        return { kind: 'label' as const, label, entities, count: entities.reduce((n, e) => n + e.mentions.length, 0) };
      });
      rows.push({ kind: 'label', label: 'DATE', entities: [], count: TIME_LABELS.reduce((n, l) => n + (counts[l] ?? 0), 0) });
      rows.push({ kind: 'label', label: 'QUOTE', entities: [], count: counts.QUOTE ?? 0 });
      return this.entities.length || Object.keys(counts).length ? rows : [];
    }
    if (node.kind === 'label') return node.entities.map((entity) => ({ kind: 'entity' as const, entity }));
    if (node.kind === 'entity') return node.entity.mentions.map((_, index) => ({ kind: 'mention' as const, entity: node.entity, index }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'label') {
      const group: LabelGroup = groupOf(node.label);
      const item = new vscode.TreeItem(GROUP_TITLES[group], node.entities.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = node.entities.length ? `${node.entities.length} ${node.entities.length === 1 ? 'entity' : 'entities'} · ${plural(node.count, 'mention')}` : plural(node.count, 'annotation');
      item.iconPath = new vscode.ThemeIcon('circle-large-filled', borderColor(group));
      item.tooltip = `${GROUP_TITLES[group]}: drawn in this colour in the editor (theme colour arabicNews.${group}Border)`;
      return item;
    }
    if (node.kind === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(isolate(e.mentions[0].text), vscode.TreeItemCollapsibleState.Collapsed);
      const reviewed = e.mentions.filter((m) => { const s = this.statusOf(m); return s === 'accepted' || s === 'manual'; }).length;
      const articles = this.articles.get(e.id);
      item.description = `${plural(e.mentions.length, 'mention')} · ${reviewed}/${e.mentions.length} reviewed${articles ? ` · in ${plural(articles, 'article')}` : ''}`;
      item.iconPath = new vscode.ThemeIcon(reviewed === e.mentions.length ? 'pass-filled' : 'circle-large-outline', borderColor(groupOf(e.label)));
      item.contextValue = 'entity';
      item.tooltip = `${e.label} · normalised ${e.key}${articles ? ` · mentioned in ${plural(articles, 'article')} of the workspace (List Articles Mentioning This Entity)` : ''}`;
      return item;
    }
    const m = node.entity.mentions[node.index];
    const item = new vscode.TreeItem(isolate(m.text), vscode.TreeItemCollapsibleState.None);
    item.description = `line ${m.range.start.line + 1} · ${this.statusOf(m) ?? 'suggested'}`;
    const range = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
    if (this.uri) item.command = { title: 'Reveal', command: 'vscode.open', arguments: [vscode.Uri.parse(this.uri), { selection: range }] };
    return item;
  }

  /** The normalised key of an entity node (for "articles mentioning"). */
  keyOf(node: Node | undefined): string | undefined {
    return node && node.kind === 'entity' || node?.kind === 'mention' ? node.entity.key : undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
