// Finding the workspace's candidate articles and turning one article file into index data; bounded on every axis.
import * as fs from 'fs';
import * as path from 'path';
import { paragraphs } from '../engine/analysis';
import { ParagraphTags, tagParagraph } from '../engine/entities';
import { linkEntities } from '../engine/linking';
import { NerModel } from '../engine/model';
import { tokenize } from '../engine/tokenize';
import type { WordForm } from '../engine/interner';
import { arabicRatio } from '../engine/normalize';
import { decodeArticle } from '../io/readArticle';
import { ArticleReview, detached, FoundEntity, NO_REVIEW } from './entityIndex';

/** Folders never holding articles (tool output, dependencies); hidden folders are skipped too. */
const SKIP = new Set(['node_modules', 'out', 'dist', 'dist-test', 'test-results', '.vscode-test']);
/** Generous ceiling: past it the index says so (status message) instead of silently stopping. */
export const MAX_INDEXED_FILES = 250_000;
/** Directory entries looked at per scan, so a huge tree (a mounted disk) cannot walk forever. */
const MAX_ENTRIES = 5_000_000;
/** Files larger than this are recorded but not analysed: no news article is this long. */
export const MAX_INDEXED_BYTES = 5 * 1024 * 1024;

export const isCandidate = (file: string) => file.endsWith('.txt');

/** Every `.txt` file under the folders, up to MAX_INDEXED_FILES; yields to the caller's loop between folders. */
export async function walk(folders: string[], pause: () => Promise<void>): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const stack = [...folders];
  let entries = 0;
  while (stack.length) {
    const dir = stack.pop()!;
    let list: fs.Dirent[];
    try { list = fs.readdirSync(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of list) {
      if (++entries > MAX_ENTRIES) return { files, truncated: true };
      if (e.isDirectory()) { if (!SKIP.has(e.name) && !e.name.startsWith('.')) stack.push(path.join(dir, e.name)); } else if (e.isFile() && isCandidate(e.name)) {
        if (files.length >= MAX_INDEXED_FILES) return { files, truncated: true };
        files.push(path.join(dir, e.name));
      }
    }
    await pause();
  }
  return { files, truncated: false };
}

/**
 * Whether the folders may hold an article: a `.txt` file under them (the rules of walk()), looked for without
 * blocking the caller's thread. Past `maxEntries` entries the answer is yes: only a full walk can tell.
 */
export async function mayHoldArticles(folders: string[], maxEntries = 20_000): Promise<boolean> {
  const stack = [...folders];
  let entries = 0;
  while (stack.length) {
    const dir = stack.pop()!;
    let list: fs.Dirent[];
    try { list = await fs.promises.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of list) {
      if (++entries > maxEntries) return true;
      if (e.isDirectory()) { if (!SKIP.has(e.name) && !e.name.startsWith('.')) stack.push(path.join(dir, e.name)); } else if (e.isFile() && isCandidate(e.name)) return true;
    }
  }
  return false;
}

export interface ReadResult { text?: string; hash: string }

/** The file's text and content hash; no text when it is not readable UTF-8/UTF-16 text. */
export function readCandidate(file: string, size: number): ReadResult {
  if (size > MAX_INDEXED_BYTES) return { hash: `size:${size}` };
  try {
    const { text, sha256 } = decodeArticle(fs.readFileSync(file));
    return { text, hash: detached(sha256.slice(0, 32)) };
  } catch {
    return { hash: 'unreadable' };
  }
}

import { SIDECAR_SUFFIX } from '../io/annotatorFile';
export { SIDECAR_SUFFIX };
/** A sidecar larger than this is not read by the index (its counts show as none); the editor still reads it. */
const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;

/** The article's sidecar: modification time (0 when there is none) and the review it records; a broken sidecar counts as none. */
export function readReview(article: string, known?: number): { mtime: number; review: ArticleReview } | undefined {
  const file = article + SIDECAR_SUFFIX;
  const st = fs.statSync(file, { throwIfNoEntry: false });
  const mtime = st?.mtimeMs ?? 0;
  if (mtime === known) return undefined;
  if (!st || !st.isFile() || st.size > MAX_SIDECAR_BYTES) return { mtime, review: NO_REVIEW };
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { reviewed?: unknown; decisions?: Array<{ status?: unknown }> };
    const review = { reviewed: data.reviewed === true, accepted: 0, rejected: 0, manual: 0 };
    for (const d of Array.isArray(data.decisions) ? data.decisions : []) if (d && (d.status === 'accepted' || d.status === 'rejected' || d.status === 'manual')) review[d.status]++;
    return { mtime, review };
  } catch {
    return { mtime, review: NO_REVIEW };
  }
}

export function isArticle(file: string, text: string, threshold: number): boolean {
  return file.endsWith('.ar.txt') || file.endsWith('.news.txt') || arabicRatio(text) >= threshold;
}


/** The first non-empty line, shortened: the preview shown beside the article in lists. */
export function titleOf(text: string): string {
  const line = text.split('\n', 20).map((l) => l.trim()).find((l) => l) ?? '';
  return detached(line.length > 100 ? line.slice(0, 99) + '…' : line);
}

/**
 * Entities of one article with their mentions, as the editor's analysis links them (tagging per paragraph,
 * then document-level linking) without the quotation and date passes the index does not use.
 * Line/character are UTF-16, as LSP positions. Keys and names may be views of the text: the index copies the ones it keeps.
 */
export function entitiesOf(model: NerModel, text: string): FoundEntity[] {
  // The tokens' word forms go to the tagger with them (as in the editor's analysis): a known form finds its scores on itself.
  const tagged: ParagraphTags[] = paragraphs(text).map((p) => { const forms: WordForm[] = []; return tagParagraph(tokenize(p.text, p.base, forms), model, forms); });
  const a = { entities: linkEntities(tagged, model.lexicon) };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  };
  return a.entities.filter((e) => e.mentions.length).map((e) => {
    const first = e.mentions[0];
    const line = lineOf(first.start);
    return {
      key: e.key, label: e.label, name: text.slice(first.start, first.end), line, character: first.start - lineStarts[line], length: first.end - first.start,
      mentions: e.mentions.map((m): [number, number] => [m.start, m.end]),
    };
  });
}
