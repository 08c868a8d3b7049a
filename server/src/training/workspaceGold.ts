// Gold sentences of a workspace: finds the sidecars, reads each article with its decisions (open documents from memory) and keeps what was reviewed.
import { SIDECAR_SUFFIX } from '../io/annotatorFile';
import { readArticle } from '../io/readArticle';
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { applyDecisions, Decision } from '../engine/decisions';
import { parseSidecar } from '../engine/sidecarSchema';
import { EntityLabel } from '../engine/tagger';
import { GoldSentence } from './corpus';
import { goldFromReview } from './sidecarGold';

/** Bounds the folder walk: a workspace with more sidecars than this is cut short, with a warning. */
export const MAX_SIDECARS = 20_000;
/** Bounds the folders visited, so a huge tree (a checked-out corpus, a home directory) cannot stall the walk. */
const MAX_DIRS = 50_000;

/** An article as the editor holds it: its unsaved text and decisions win over the files on disk. */
export interface ArticleState { text: string; decisions: Decision[]; reviewed: boolean }

/** Sidecar files under `dirs` (a file argument counts as itself), sorted; skips dot-folders and node_modules. */
export function findSidecars(dirs: string[], warn: (s: string) => void): string[] {
  const found: string[] = [];
  let visited = 0;
  const walk = (dir: string): boolean => {
    if (++visited > MAX_DIRS) { warn(`more than ${MAX_DIRS} folders; the rest are skipped`); return false; }
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return true; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        if (!walk(p)) return false;
      } else if (e.name.endsWith(SIDECAR_SUFFIX)) {
        if (found.length >= MAX_SIDECARS) { warn(`more than ${MAX_SIDECARS} sidecars; the rest are skipped`); return false; }
        found.push(p);
      }
    }
    return true;
  };
  for (const d of dirs) {
    if (fs.existsSync(d) && fs.statSync(d).isDirectory()) { if (!walk(d)) break; } else if (d.endsWith(SIDECAR_SUFFIX) && fs.existsSync(d)) found.push(d);
  }
  return [...new Set(found)].sort();
}

/** Gold sentences of one article: the analyzer's suggestions with the annotator's entity decisions applied. */
export function articleGold(article: ArticleState, analyzer: Analyzer): GoldSentence[] {
  const entityDecisions = article.decisions.filter((d) => d.kind === 'entity' && d.status !== 'orphaned');
  // Nothing decided and not marked reviewed: no sentence can count, so the article is not analysed.
  if (!article.reviewed && !entityDecisions.length) return [];
  const auto = analyzer.analyze(article.text).annotations.filter((a) => a.kind === 'entity');
  const spans = applyDecisions(auto, entityDecisions, article.text).map((a) => ({ start: a.start, end: a.end, label: a.label as EntityLabel, status: a.status }));
  return goldFromReview(article.text, spans, entityDecisions, article.reviewed);
}

/** Reads an article (decoded as the editor shows it: BOM off, UTF-16 read) and its sidecar from disk. */
export function readArticleState(sidecarFile: string): ArticleState {
  const sidecar = parseSidecar(fs.readFileSync(sidecarFile, 'utf8'));
  const { text } = readArticle(sidecarFile.slice(0, -SIDECAR_SUFFIX.length));
  return { text, decisions: sidecar.decisions, reviewed: sidecar.extra?.reviewed === true };
}

export interface WorkspaceGold { gold: GoldSentence[]; articles: number }

/**
 * Every reviewed sentence under `dirs`. `open` (article path → state) replaces what is on disk for
 * documents open in the editor; an unreadable article is skipped with a warning.
 */
export function workspaceGold(dirs: string[], analyzer: Analyzer, warn: (s: string) => void, open = new Map<string, ArticleState>(), progress?: (done: number, total: number) => void): WorkspaceGold {
  const articlePaths = new Set(findSidecars(dirs, warn).map((f) => f.slice(0, -SIDECAR_SUFFIX.length)));
  for (const p of open.keys()) if (dirs.some((d) => p === d || p.startsWith(d.endsWith(path.sep) ? d : d + path.sep))) articlePaths.add(p);
  const gold: GoldSentence[] = [];
  let articles = 0;
  let done = 0;
  const all = [...articlePaths].sort();
  for (const p of all) {
    try {
      const g = articleGold(open.get(p) ?? readArticleState(p + SIDECAR_SUFFIX), analyzer);
      if (g.length) { gold.push(...g); articles++; }
    } catch (e) {
      warn(`${p}${SIDECAR_SUFFIX}: ${(e as Error).message}; skipped`);
    }
    progress?.(++done, all.length);
  }
  return { gold, articles };
}
