// Workspace symbols and "articles mentioning" over the entity index: folded ranked search, paged, decoding only what a page shows.
import { normalizeArabic } from '../engine/normalize';
import { EntityLabel } from '../engine/tagger';
import type { ArticleReview, EntityIndex } from './entityIndex';
import { findEntity, unpack } from './packedMentions';

export interface SymbolHit {
  key: string; label: EntityLabel; variants: string[]; articles: number; mentions: number;
  /** The article: the name as written there, its mentions there, and where the first one is. */
  name: string; here: number; path: string; line: number; character: number; length: number;
}
export interface ArticleHit { path: string; mentions: number; name: string; preview: string; line: number; character: number; length: number; review: ArticleReview }

/** 1 exact, 2 prefix, 3 prefix of a word, 4 substring, 9 no match. */
function rank(form: string, q: string): number {
  if (form === q) return 1;
  if (form.startsWith(q)) return 2;
  if (form.includes(' ' + q)) return 3;
  return form.includes(q) ? 4 : 9;
}

/** Written forms, most frequent first. */
function variants(ix: EntityIndex, id: number): string[] {
  const out: Array<[number, number]> = [];
  ix.eachName(id, (n, c) => out.push([n, c]));
  return out.sort((a, b) => b[1] - a[1]).map(([n]) => ix.names[n]);
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Entities matching `query`, best first: exact normalised form, then prefix of the form, then prefix of one of
 * its words, then substring; ties by number of articles, then mentions; an entity's articles by its mentions there. Hamza, ta marbuta, alef maqsura and
 * diacritics are folded on both sides. Each entity gives one hit per article that mentions it. Returns the
 * slice [offset, offset+limit) of hits, their total and the number of matching entities.
 */
export function searchEntities(ix: EntityIndex, query: string, limit: number, offset: number): { items: SymbolHit[]; total: number; entities: number } {
  const q = normalizeArabic(query.trim()).replace(/\s+/g, ' ');
  const scored: Array<{ id: number; score: number; articles: number }> = [];
  for (let id = 0; id < ix.entityTotal; id++) {
    const articles = ix.articlesOf(id);
    if (articles <= 0) continue;
    let score = 0;
    if (q) {
      score = rank(ix.keyOf(id), q);
      if (score > 1) ix.eachName(id, (n) => { if (score > 1) score = Math.min(score, rank(ix.folded[n], q)); });
      if (score > 4) continue;
    }
    scored.push({ id, score, articles });
  }
  scored.sort((a, b) => a.score - b.score || b.articles - a.articles || ix.mentionsOf(b.id) - ix.mentionsOf(a.id));
  // One symbol per entity and article (ranked entities, then their articles by mentions): the entities that
  // cover the requested slice are found from the counts, and only their articles are looked into.
  const total = scored.reduce((n, x) => n + x.articles, 0);
  const items: SymbolHit[] = [];
  let before = 0;
  for (const { id, articles } of scored) {
    if (before >= offset + limit) break;
    if (before + articles <= offset) { before += articles; continue; }
    const at: Array<{ fid: number; count: number; name: number; line: number; character: number; length: number }> = [];
    for (const fid of ix.postings(id)) {
      const packed = ix.packedAt(fid);
      const e = packed && findEntity(packed, id);
      if (!e || !e.count) throw new Error(`index postings of entity ${id} point at an article that does not mention it`);
      at.push({ fid, ...e });
    }
    // Equal counts in the order the articles were indexed: only the paths of the page shown are decoded.
    at.sort((a, b) => b.count - a.count || a.fid - b.fid);
    const key = ix.keyOf(id);
    const label = ix.labelOf(id);
    const forms = variants(ix, id);
    const mentions = ix.mentionsOf(id);
    const skip = Math.max(0, offset - before);
    for (const e of at.slice(skip, skip + limit - items.length)) {
      items.push({ key, label, name: ix.names[e.name] ?? key, variants: forms, articles, mentions, here: e.count, path: ix.pathAt(e.fid), line: e.line, character: e.character, length: e.length });
    }
    before += articles;
  }
  return { items, total, entities: scored.length };
}

/** Every article mentioning the entity with normalised key `key` (any label), most mentions first; the index's details are settled. */
export function articlesMentioning(ix: EntityIndex, key: string): ArticleHit[] {
  const ids = new Set<number>();
  for (let id = 0; id < ix.entityTotal; id++) if (ix.keyOf(id) === key && ix.articlesOf(id) > 0) ids.add(id);
  if (!ids.size) return [];
  const out: ArticleHit[] = [];
  for (const fid of new Set([...ids].flatMap((id) => ix.postings(id)))) {
    const f = ix.fileById(fid);
    const mine = f ? unpack(f.packed).filter((e) => ids.has(e.entity)) : [];
    if (!f || !mine.length) throw new Error('index postings point at an article that does not mention the entity');
    const first = mine.reduce((x, y) => (y.mentions[0][0] < x.mentions[0][0] ? y : x));
    out.push({ path: f.path, mentions: mine.reduce((n, e) => n + e.mentions.length, 0), name: ix.names[first.name], preview: f.title, line: first.line, character: first.character, length: first.length, review: f.review });
  }
  return out.sort((a, b) => b.mentions - a.mentions || byPath(a.path, b.path));
}
