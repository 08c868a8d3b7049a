// Entities across every Arabic article in the workspace folders, for workspace symbols and "articles mentioning".
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { localPath } from './io/fileUri';
import { Analyzer } from './engine/analysis';
import { EntityLabel } from './engine/tagger';
import { arabicRatio } from './engine/normalize';
import { decodeArticle } from './io/readArticle';

export interface IndexedEntity { key: string; name: string; label: EntityLabel; uri: string; start: number; end: number; mentions: number; line: number; character: number }

const SKIP = new Set(['node_modules', '.git', 'out', 'dist', 'dist-test', 'test-results', '.vscode-test']);
const MAX_FILES = 2000;
const MAX_BYTES = 5 * 1024 * 1024;

/** Walks the folders for `.txt` articles (mostly Arabic), analysing each once per modification time. */
export class WorkspaceIndex {
  private readonly files = new Map<string, { mtime: number; entities: IndexedEntity[] }>();
  constructor(private readonly analyzer: Analyzer, private readonly folders: () => string[], private readonly threshold = 0.5) {}

  private walk(dir: string, out: string[]): void {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) this.walk(path.join(dir, e.name), out);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(path.join(dir, e.name));
    }
  }

  private entitiesOf(file: string): IndexedEntity[] {
    let stat: fs.Stats;
    try { stat = fs.statSync(file); } catch { return []; }
    const cached = this.files.get(file);
    if (cached && cached.mtime === stat.mtimeMs) return cached.entities;
    let entities: IndexedEntity[] = [];
    if (stat.size <= MAX_BYTES) {
      try {
        const { text } = decodeArticle(fs.readFileSync(file));
        if (file.endsWith('.ar.txt') || file.endsWith('.news.txt') || arabicRatio(text) >= this.threshold) {
          const a = this.analyzer.analyze(text);
          const lineStarts = [0];
          for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
          const uri = pathToFileURL(file).toString();
          entities = a.entities.map((e) => {
            const m = e.mentions[0];
            let line = 0;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= m.start) line++;
            return { key: e.key, name: text.slice(m.start, m.end), label: e.label, uri, start: m.start, end: m.end, mentions: e.mentions.length, line, character: m.start - lineStarts[line] };
          });
        }
      } catch { entities = []; }
    }
    this.files.set(file, { mtime: stat.mtimeMs, entities });
    return entities;
  }

  all(): IndexedEntity[] {
    const files: string[] = [];
    for (const f of this.folders()) this.walk(f, files);
    return files.flatMap((f) => this.entitiesOf(f));
  }

  /** Entities whose name or normalised key contains `query` (empty query: all). */
  search(query: string): IndexedEntity[] {
    const q = query.trim();
    return this.all().filter((e) => !q || e.name.includes(q) || e.key.includes(q));
  }

  /** Articles that mention the entity with normalised key `key`, with mention counts. */
  articlesMentioning(key: string): Array<{ uri: string; mentions: number; name: string }> {
    return this.all().filter((e) => e.key === key).map((e) => ({ uri: e.uri, mentions: e.mentions, name: e.name }));
  }
}

export function folderPaths(uris: string[]): string[] {
  // A folder without a local path (file://host/…, %2F) is skipped rather than failing initialisation.
  return uris.map(localPath).flatMap((p) => ('path' in p ? [p.path] : []));
}
