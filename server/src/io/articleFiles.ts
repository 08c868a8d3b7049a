// Expands the CLI's inputs: files as given, folders recursively to their `.txt` articles, each with the folder its outputs go to.
import * as fs from 'fs';
import * as path from 'path';
import { relativeFolders } from './exportTargets';

export interface ArticleInput {
  file: string;
  /** Folder under the output folder, mirroring the input's place. */
  folder: string;
}

const MAX_DEPTH = 64;

function sameFile(a: string, b: string | undefined): boolean {
  if (!b) return false;
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The `.txt` files under `dir` in a stable (sorted) order, relative to it. Symlinked folders are
 * not followed (no loops), hidden entries are skipped, and so is `exclude` (the output folder,
 * whose brat `.txt` copies are not articles).
 */
function walk(dir: string, exclude: string | undefined): string[] {
  const out: string[] = [];
  const visit = (rel: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const abs = path.join(dir, rel);
    if (rel && sameFile(abs, exclude)) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = path.join(rel, e.name);
      if (e.isDirectory()) visit(child, depth + 1);
      else if (/\.txt$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(path.join(dir, child))))) out.push(child);
    }
  };
  visit('', 0);
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files keep their folders relative to the other inputs (see relativeFolders); a folder input
 * counts as one entry at that level, and its articles keep their sub-folders below it, so
 * `annotate DIR --out OUT` writes `DIR/a/b.txt` to `OUT/a/b.*` however many files DIR holds.
 */
export function listArticles(inputs: string[], exclude?: string): ArticleInput[] {
  const dirs = inputs.map(isDirectory);
  const anchors = relativeFolders(inputs.map((p, i) => (dirs[i] ? path.join(p, '_') : p)));
  const out: ArticleInput[] = [];
  // An article reached twice (named twice, as `a/../a/x.txt`, or inside a folder also given) is read once: counted twice,
  // it doubled a report's figures, and its second output was refused as the first one's.
  const seen = new Set<string>();
  const add = (item: ArticleInput) => {
    const id = fileIdentity(item.file);
    if (id !== undefined && seen.has(id)) return;
    if (id !== undefined) seen.add(id);
    out.push(item);
  };
  inputs.forEach((p, i) => {
    if (!dirs[i]) { add({ file: p, folder: anchors[i] }); return; }
    for (const rel of walk(p, exclude)) add({ file: path.join(p, rel), folder: path.join(anchors[i], path.dirname(rel)) });
  });
  return out;
}

/** Device and inode of a readable path (hard links and symlinks to one file share them), or undefined. */
function fileIdentity(p: string): string | undefined {
  try {
    const s = fs.statSync(p);
    return s.ino ? `${s.dev}:${s.ino}` : path.resolve(p);
  } catch {
    return undefined;
  }
}

/** What to say when the inputs hold no article: only folders can be empty (a missing file is itself an article's error). */
export function noArticlesMessage(inputs: string[]): string {
  return `no articles: ${inputs.join(', ')} ${inputs.length > 1 ? 'hold' : 'holds'} no .txt file`;
}
