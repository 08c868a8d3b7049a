// The workspace entity index in memory: articles with packed mentions, entity rows with counts and variants; search.
import { normalizeArabic } from '../engine/normalize';
import { EntityLabel } from '../engine/tagger';
import { forEachEntity, pack, unpack, unpackIds } from './packedMentions';

/** The annotator's work on an article, from its sidecar: marked reviewed, and its decisions by status. */
export interface ArticleReview { reviewed: boolean; accepted: number; rejected: number; manual: number }
export const NO_REVIEW: ArticleReview = { reviewed: false, accepted: 0, rejected: 0, manual: 0 };
/**
 * `id` is given by the index (postings refer to it); hash, title and review of a loaded index are read when first
 * needed. `sidecarMtime`: of the article's sidecar when it was read (0: none), so a changed sidecar is read again.
 */
export interface IndexedFile { id?: number; path: string; mtime: number; size: number; hash: string; title: string; packed: Uint8Array; sidecarMtime: number; review: ArticleReview }
/** `files`: ids of the articles that mention it (the postings), unordered; `packedFiles`: the same from disk, decoded when first used. */
export interface EntityRow { key: string; label: EntityLabel; articles: number; mentions: number; names: Map<number, number>; files: number[]; packedFiles?: Uint8Array }
/** Entity as the analyser saw it in one article, before ids are given. */
export interface FoundEntity { key: string; label: EntityLabel; name: string; line: number; character: number; length: number; mentions: Array<[number, number]> }

export interface SymbolHit {
  key: string; label: EntityLabel; variants: string[]; articles: number; mentions: number;
  /** The article: the name as written there, its mentions there, and where the first one is. */
  name: string; here: number; path: string; line: number; character: number; length: number;
}
export interface ArticleHit { path: string; mentions: number; name: string; preview: string; line: number; character: number; length: number; review: ArticleReview }

const EMPTY = pack([]);

export class EntityIndex {
  readonly files = new Map<string, IndexedFile>();
  readonly entities: EntityRow[] = [];
  readonly names: string[] = [];
  private readonly entityIds = new Map<string, number>();
  private readonly nameIds = new Map<string, number>();
  /** Folded names, so a search does not fold every variant again. */
  private readonly folded: string[] = [];
  /** Articles by id; a removed article leaves a hole that the next one fills. */
  private readonly byId: Array<IndexedFile | undefined> = [];
  private readonly freeIds: number[] = [];
  /** Reads the hashes and titles of a loaded index (kept apart on disk so a reload answers before reading them). */
  deferred?: () => void;
  settle(): void { const d = this.deferred; this.deferred = undefined; d?.(); }

  entityId(key: string, label: EntityLabel): number {
    const k = `${label}\u0001${key}`;
    let id = this.entityIds.get(k);
    if (id === undefined) { id = this.entities.length; this.entities.push({ key, label, articles: 0, mentions: 0, names: new Map(), files: [] }); this.entityIds.set(k, id); }
    return id;
  }

  nameId(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) { id = this.names.length; this.restoreName(name); }
    return id;
  }

  /** Packs what the analyser found in one article into a record for `put`. */
  record(meta: Omit<IndexedFile, 'packed'>, found: FoundEntity[]): IndexedFile {
    if (!found.length) return { ...meta, packed: EMPTY };
    return { ...meta, packed: pack(found.map((f) => ({ entity: this.entityId(f.key, f.label), name: this.nameId(f.name), line: f.line, character: f.character, length: f.length, mentions: f.mentions }))) };
  }

  /** The ids of the articles mentioning entity `id`. */
  postings(id: number): number[] {
    const row = this.entities[id];
    if (row.packedFiles) { row.files = unpackIds(row.packedFiles); row.packedFiles = undefined; if (row.files.some((f) => f >= this.byId.length)) throw new Error('index postings malformed'); }
    return row.files;
  }

  private count(file: IndexedFile, sign: 1 | -1): void {
    forEachEntity(file.packed, (id, n, name) => {
      const row = this.entities[id];
      if (!row) throw new Error(`index refers to entity ${id}, which it does not hold`);
      const files = this.postings(id);
      if (sign > 0) files.push(file.id!);
      else { const at = files.indexOf(file.id!); if (at >= 0) { files[at] = files[files.length - 1]; files.pop(); } }
      row.articles += sign;
      row.mentions += sign * n;
      const c = (row.names.get(name) ?? 0) + sign;
      if (c > 0) row.names.set(name, c); else row.names.delete(name);
    });
  }

  put(file: IndexedFile): void {
    this.remove(file.path);
    file.id = this.freeIds.pop() ?? this.byId.length;
    this.byId[file.id] = file;
    this.count(file, 1);
    this.files.set(file.path, file);
  }

  /** Adds a loaded record whose counts and postings are already in the loaded entity rows (ids are load order). */
  restore(file: IndexedFile): void { file.id = this.byId.length; this.byId.push(file); this.files.set(file.path, file); }

  /** Registers a loaded entity row under its id (ids are positions). */
  restoreEntity(row: EntityRow): void { this.entityIds.set(`${row.label}\u0001${row.key}`, this.entities.length); this.entities.push(row); }
  restoreName(name: string): void { this.nameIds.set(name, this.names.length); this.names.push(name); this.folded.push(normalizeArabic(name)); }

  remove(path: string): boolean {
    const old = this.files.get(path);
    if (!old) return false;
    this.count(old, -1);
    this.files.delete(path);
    this.byId[old.id!] = undefined;
    this.freeIds.push(old.id!);
    return true;
  }

  get articleCount(): number { let n = 0; for (const f of this.files.values()) if (f.packed.length > 1) n++; return n; }
  get entityCount(): number { return this.entities.reduce((n, e) => n + (e.articles > 0 ? 1 : 0), 0); }
  /** Articles the annotators marked reviewed; unknown until the deferred part of a loaded index is read (a reload answers first). */
  get reviewedCount(): number | undefined { if (this.deferred) return undefined; let n = 0; for (const f of this.files.values()) if (f.review.reviewed) n++; return n; }

  /** Articles mentioning each entity `{ key, label }` (0 when the index does not know it): the Entities view's "in N articles". */
  articleCounts(entities: Array<{ key: string; label: string }>): number[] {
    return entities.map((e) => { const id = this.entityIds.get(`${e.label}\u0001${e.key}`); return id === undefined ? 0 : Math.max(0, this.entities[id].articles); });
  }

  private variants(row: EntityRow): string[] {
    return [...row.names.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => this.names[id]);
  }

  /**
   * Entities matching `query`, best first: exact normalised form, then prefix of the form, then prefix of one of
   * its words, then substring; ties by number of articles, then mentions. Hamza, ta marbuta, alef maqsura and
   * diacritics are folded on both sides. Each entity gives one hit per article that mentions it. Returns the
   * slice [offset, offset+limit) of hits, their total and the number of matching entities.
   */
  search(query: string, limit: number, offset = 0): { items: SymbolHit[]; total: number; entities: number } {
    const q = normalizeArabic(query.trim()).replace(/\s+/g, ' ');
    const scored: Array<{ id: number; score: number }> = [];
    this.entities.forEach((row, id) => {
      if (row.articles <= 0) return;
      let score = 0;
      if (q) {
        score = rank(row.key, q);
        for (const n of row.names.keys()) { if (score === 1) break; score = Math.min(score, rank(this.folded[n], q)); }
        if (score > 4) return;
      }
      scored.push({ id, score });
    });
    scored.sort((a, b) => a.score - b.score || this.entities[b.id].articles - this.entities[a.id].articles || this.entities[b.id].mentions - this.entities[a.id].mentions);
    // One symbol per entity and article (ranked entities, then their articles by mentions): the entities that
    // cover the requested slice are found from the counts, and only their articles are decoded.
    const total = scored.reduce((n, x) => n + this.entities[x.id].articles, 0);
    const wanted = new Map<number, { skip: number; at: Array<{ path: string; count: number; fid: number }> }>();
    const order: number[] = [];
    let before = 0;
    for (const { id } of scored) {
      const n = this.entities[id].articles;
      if (before + n > offset && before < offset + limit) { wanted.set(id, { skip: Math.max(0, offset - before), at: [] }); order.push(id); }
      before += n;
      if (before >= offset + limit) break;
    }
    // Counts first (a light scan), so only the articles of the slice are fully decoded.
    for (const [id, w] of wanted) for (const fid of this.postings(id)) {
      const f = this.byId[fid];
      let count = 0;
      if (f) forEachEntity(f.packed, (x, n) => { if (x === id) count = n; });
      if (!f || !count) throw new Error(`index postings of entity ${id} point at an article that does not mention it`);
      w.at.push({ path: f.path, count, fid });
    }
    const items: SymbolHit[] = [];
    for (const id of order) {
      const row = this.entities[id];
      const w = wanted.get(id)!;
      const variants = this.variants(row);
      w.at.sort((a, b) => b.count - a.count || a.path.localeCompare(b.path));
      for (const { path, count, fid } of w.at.slice(w.skip, w.skip + limit - items.length)) {
        const e = unpack(this.byId[fid]!.packed).find((x) => x.entity === id);
        items.push({ key: row.key, label: row.label, name: this.names[e!.name] ?? row.key, variants, articles: row.articles, mentions: row.mentions, here: count, path, line: e!.line, character: e!.character, length: e!.length });
      }
    }
    return { items, total, entities: scored.length };
  }

  /** Every article mentioning the entity with normalised key `key` (any label), most mentions first. */
  articlesMentioning(key: string): ArticleHit[] {
    const ids = new Set<number>();
    this.entities.forEach((row, id) => { if (row.key === key && row.articles > 0) ids.add(id); });
    if (!ids.size) return [];
    this.settle();
    const out: ArticleHit[] = [];
    for (const fid of new Set([...ids].flatMap((id) => this.postings(id)))) {
      const f = this.byId[fid];
      const mine = f ? unpack(f.packed).filter((e) => ids.has(e.entity)) : [];
      if (!f || !mine.length) throw new Error('index postings point at an article that does not mention the entity');
      const first = mine.reduce((x, y) => (y.mentions[0][0] < x.mentions[0][0] ? y : x));
      out.push({ path: f.path, mentions: mine.reduce((n, e) => n + e.mentions.length, 0), name: this.names[first.name], preview: f.title, line: first.line, character: first.character, length: first.length, review: f.review });
    }
    return out.sort((a, b) => b.mentions - a.mentions || a.path.localeCompare(b.path));
  }
}

/** 1 exact, 2 prefix, 3 prefix of a word, 4 substring, 9 no match. */
function rank(form: string, q: string): number {
  if (form === q) return 1;
  if (form.startsWith(q)) return 2;
  if (form.includes(' ' + q)) return 3;
  return form.includes(q) ? 4 : 9;
}
