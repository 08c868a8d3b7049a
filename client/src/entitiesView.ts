// Sidebar "Entities" view: label → entity → mentions for the active article; clicking a mention reveals it.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface RangeJson { start: { line: number; character: number }; end: { line: number; character: number } }
interface EntityJson { id: string; key: string; label: string; mentions: Array<{ text: string; range: RangeJson }> }
type Node = { kind: 'label'; label: string; entities: EntityJson[] } | { kind: 'entity'; entity: EntityJson } | { kind: 'mention'; entity: EntityJson; index: number };

const LABEL_TITLES: Record<string, string> = { PERSON: 'Persons', LOCATION: 'Locations', ORGANIZATION: 'Organizations', MISC: 'Miscellaneous' };
const ICONS: Record<string, string> = { PERSON: 'person', LOCATION: 'location', ORGANIZATION: 'organization', MISC: 'tag' };

export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private entities: EntityJson[] = [];
  private uri: string | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Reloads the tree for the active editor (or `uri` when the server reports it changed). */
  async refresh(uri?: string): Promise<void> {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (uri && uri !== active) return;
    this.uri = active;
    const c = this.client();
    this.entities = c && active ? await c.sendRequest<EntityJson[]>('arabicNews/entities', { uri: active }) : [];
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return Object.keys(LABEL_TITLES).map((label) => ({ kind: 'label' as const, label, entities: this.entities.filter((e) => e.label === label) })).filter((n) => n.entities.length);
    }
    if (node.kind === 'label') return node.entities.map((entity) => ({ kind: 'entity' as const, entity }));
    if (node.kind === 'entity') return node.entity.mentions.map((_, index) => ({ kind: 'mention' as const, entity: node.entity, index }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'label') {
      const item = new vscode.TreeItem(LABEL_TITLES[node.label], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entities.length);
      item.iconPath = new vscode.ThemeIcon(ICONS[node.label]);
      return item;
    }
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(node.entity.mentions[0].text, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.entity.mentions.length} mention${node.entity.mentions.length > 1 ? 's' : ''}`;
      item.contextValue = 'entity';
      item.tooltip = `${node.entity.label} · normalised ${node.entity.key}`;
      return item;
    }
    const m = node.entity.mentions[node.index];
    const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
    item.description = `line ${m.range.start.line + 1}`;
    const range = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
    if (this.uri) item.command = { title: 'Reveal', command: 'vscode.open', arguments: [vscode.Uri.parse(this.uri), { selection: range }] };
    return item;
  }

  /** The normalised key of an entity node (for "articles mentioning"). */
  keyOf(node: Node | undefined): string | undefined {
    return node && node.kind !== 'label' ? node.entity.key : undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
