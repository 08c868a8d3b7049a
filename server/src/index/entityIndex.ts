// The workspace entity index in memory: articles with packed mentions and entity counts, read in place from a loaded file until a change needs objects.
import { normalizeArabic } from '../engine/normalize';
import { EntityLabel } from '../engine/tagger';
import { articlesMentioning, ArticleHit, searchEntities, SymbolHit } from './indexSearch';
import { forEachEntity, pack, unpackIds } from './packedMentions';

export type { ArticleHit, SymbolHit } from './indexSearch';

/** The annotator's work on an article, from its sidecar: marked reviewed, and its decisions by status. */
export interface ArticleReview { reviewed: boolean; accepted: number; rejected: number; manual: number }
export const NO_REVIEW: ArticleReview = { reviewed: false, accepted: 0, rejected: 0, manual: 0 };
/**
 * `id` is given by the index (postings refer to it); hash, title and review of a loaded index are read when first
 * needed. `sidecarMtime`: of the article's sidecar when it was read (0: none), so a changed sidecar is read again.
 */
export interface IndexedFile { id?: number; path: string; mtime: number; size: number; hash: string; title: string; packed: Uint8Array; sidecarMtime: number; review: ArticleReview }
/**
 * `names`: its written forms as [nameId, articles] pairs, flat (most entities have one or two: a Map each would be most of the
 * index's memory); `files`: ids of the articles that mention it (the postings), unordered; `packedFiles`: the same from disk, decoded when first used.
 */
export interface EntityRow { key: string; label: EntityLabel; articles: number; mentions: number; names: number[]; files: number[]; packedFiles?: Uint8Array }
/** Entity as the analyser saw it in one article, before ids are given. */
export interface FoundEntity { key: string; label: EntityLabel; name: string; line: number; character: number; length: number; mentions: Array<[number, number]> }

export const LABELS: readonly EntityLabel[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC'];

/**
 * A loaded index file's tables as views on its bytes (see indexFile.ts). Entities: key, label code, counts, variants
 * as [nameId, count] pairs from varStart[id], postings (varint deltas) from postStart[id]. Files: path (decoded when asked), mtimes, size,
 * packed mentions from packedStart[id]. Ids are positions.
 */
export interface Columns {
  keys: string[]; labels: Uint8Array; articles: Int32Array; mentions: Int32Array;
  varStart: Uint32Array; varPairs: Uint32Array; postStart: Uint32Array; postings: Uint8Array;
  files: number; path: (id: number) => string; mtime: Float64Array; size: Float64Array; smtime: Float64Array; packedStart: Uint32Array; packed: Uint8Array;
}

const EMPTY = pack([]);
/**
 * A copy of `s` that does not hold on to the string it was cut from. V8 keeps a slice of a long string as a view
 * of it: a name cut from an article and kept by the index would keep the whole article in memory. Only the names
 * and keys the index keeps are copied, once.
 */
export const detached = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');
const entityKey = (key: string, label: string) => `${label}\u0001${key}`;

export class EntityIndex {
  private nameIds?: Map<string, number>;
  private rows: EntityRow[] = [];
  private entityIds?: Map<string, number>;
  private readonly fileMap = new Map<string, IndexedFile>();
  /** Articles by id; a removed article leaves a hole that the next one fills. */
  private readonly byId: Array<IndexedFile | undefined> = [];
  private readonly freeIds: number[] = [];
  /** A loaded file's entity table, until the first change turns it into rows; its file table, until the files are first walked. */
  private entCols?: Columns;
  private fileCols?: Columns;
  /** Reads the hashes and titles of a loaded index (kept apart on disk so a reload answers before reading them). */
  deferred?: () => void;

  /** `folded`: the names with hamza, ta marbuta, alef maqsura and diacritics folded, as search compares them. */
  constructor(readonly names: string[] = [], readonly folded: string[] = [], columns?: Columns) {
    this.entCols = columns;
    this.fileCols = columns;
  }

  settle(): void { const d = this.deferred; this.deferred = undefined; d?.(); }

  // ---- Reading, whichever form the tables are in.
  get entityTotal(): number { return this.entCols ? this.entCols.keys.length : this.rows.length; }
  keyOf(id: number): string { return this.entCols ? this.entCols.keys[id] : this.rows[id].key; }
  labelOf(id: number): EntityLabel { return this.entCols ? LABELS[this.entCols.labels[id]] : this.rows[id].label; }
  articlesOf(id: number): number { return this.entCols ? this.entCols.articles[id] : this.rows[id].articles; }
  mentionsOf(id: number): number { return this.entCols ? this.entCols.mentions[id] : this.rows[id].mentions; }
  /** Calls `f(nameId, count)` for each written form of entity `id`. */
  eachName(id: number, f: (name: number, count: number) => void): void {
    const c = this.entCols;
    if (c) { for (let i = c.varStart[id]; i < c.varStart[id + 1]; i += 2) f(c.varPairs[i], c.varPairs[i + 1]); } else { const p = this.rows[id].names; for (let i = 0; i < p.length; i += 2) f(p[i], p[i + 1]); }
  }
  /** How many article ids there are (holes of removed articles included). */
  get fileTotal(): number { return this.fileCols ? this.fileCols.files : this.byId.length; }
  /** Packed mentions of article `id` (undefined for a hole), without turning a loaded table into records. */
  packedAt(id: number): Uint8Array | undefined {
    const c = this.fileCols;
    return c ? (id < c.files ? c.packed.subarray(c.packedStart[id], c.packedStart[id + 1]) : undefined) : this.byId[id]?.packed;
  }
  /** Path of article `id` ('' for a hole), decoded from a loaded table only when asked. */
  pathAt(id: number): string { const c = this.fileCols; return c ? (id < c.files ? c.path(id) : '') : this.byId[id]?.path ?? ''; }

  /** The ids of the articles mentioning entity `id`. */
  postings(id: number): number[] {
    const c = this.entCols;
    if (c) return checked(unpackIds(c.postings.subarray(c.postStart[id], c.postStart[id + 1])), this.fileTotal);
    const row = this.rows[id];
    if (row.packedFiles) { row.files = checked(unpackIds(row.packedFiles), this.fileTotal); row.packedFiles = undefined; }
    return row.files;
  }

  /** The id of an entity, or undefined when the index does not know it. */
  find(key: string, label: string): number | undefined {
    if (!this.entityIds) {
      this.entityIds = new Map();
      for (let id = 0; id < this.entityTotal; id++) this.entityIds.set(entityKey(this.keyOf(id), this.labelOf(id)), id);
    }
    return this.entityIds.get(entityKey(key, label));
  }

  // ---- Objects for changes.
  private get entityRows(): EntityRow[] {
    const c = this.entCols;
    if (c) {
      this.entCols = undefined;
      for (let id = 0; id < c.keys.length; id++) {
        const names = Array.from(c.varPairs.subarray(c.varStart[id], c.varStart[id + 1]));
        this.rows.push({ key: c.keys[id], label: LABELS[c.labels[id]], articles: c.articles[id], mentions: c.mentions[id], names, files: [], packedFiles: c.postings.subarray(c.postStart[id], c.postStart[id + 1]) });
      }
    }
    return this.rows;
  }

  /** Every article by path (a loaded table becomes records here, at the first walk over the files). */
  get files(): ReadonlyMap<string, IndexedFile> {
    const c = this.fileCols;
    if (c) {
      this.fileCols = undefined;
      for (let i = 0; i < c.files; i++) {
        const rec: IndexedFile = { id: i, path: c.path(i), mtime: c.mtime[i], size: c.size[i], hash: '', title: '', packed: c.packed.subarray(c.packedStart[i], c.packedStart[i + 1]), sidecarMtime: c.smtime[i], review: NO_REVIEW };
        this.byId.push(rec);
        this.fileMap.set(rec.path, rec);
      }
    }
    return this.fileMap;
  }

  /** The record of article `id` (for the deferred details of a loaded index). */
  fileById(id: number): IndexedFile | undefined { void this.files; return this.byId[id]; }

  entityId(key: string, label: EntityLabel): number {
    const rows = this.entityRows;
    let id = this.find(key, label);
    if (id === undefined) { id = rows.length; const own = detached(key); rows.push({ key: own, label, articles: 0, mentions: 0, names: [], files: [] }); this.entityIds!.set(entityKey(own, label), id); }
    return id;
  }

  nameId(name: string): number {
    if (!this.nameIds) { this.nameIds = new Map(); this.names.forEach((n, i) => this.nameIds!.set(n, i)); }
    let id = this.nameIds.get(name);
    if (id === undefined) { id = this.names.length; const own = detached(name); this.nameIds.set(own, id); this.names.push(own); this.folded.push(normalizeArabic(own)); }
    return id;
  }

  /** Packs what the analyser found in one article into a record for `put`. */
  record(meta: Omit<IndexedFile, 'packed'>, found: FoundEntity[]): IndexedFile {
    if (!found.length) return { ...meta, packed: EMPTY };
    return { ...meta, packed: pack(found.map((f) => ({ entity: this.entityId(f.key, f.label), name: this.nameId(f.name), line: f.line, character: f.character, length: f.length, mentions: f.mentions }))) };
  }

  private count(file: IndexedFile, sign: 1 | -1): void {
    const rows = this.entityRows;
    forEachEntity(file.packed, (id, n, name) => {
      const row = rows[id];
      if (!row) throw new Error(`index refers to entity ${id}, which it does not hold`);
      const files = this.postings(id);
      if (sign > 0) files.push(file.id!);
      else { const at = files.indexOf(file.id!); if (at >= 0) { files[at] = files[files.length - 1]; files.pop(); } }
      row.articles += sign;
      row.mentions += sign * n;
      const p = row.names;
      let at = 0;
      while (at < p.length && p[at] !== name) at += 2;
      if (at === p.length) p.push(name, 0);
      p[at + 1] += sign;
      if (p[at + 1] <= 0) p.splice(at, 2);
    });
  }

  put(file: IndexedFile): void {
    this.remove(file.path);
    file.id = this.freeIds.pop() ?? this.byId.length;
    this.byId[file.id] = file;
    this.count(file, 1);
    this.fileMap.set(file.path, file);
  }

  remove(path: string): boolean {
    const old = this.files.get(path);
    if (!old) return false;
    this.count(old, -1);
    this.fileMap.delete(path);
    this.byId[old.id!] = undefined;
    this.freeIds.push(old.id!);
    return true;
  }

  get fileCount(): number { return this.fileCols ? this.fileCols.files : this.fileMap.size; }
  get articleCount(): number {
    const c = this.fileCols;
    let n = 0;
    if (c) { for (let i = 0; i < c.files; i++) if (c.packedStart[i + 1] - c.packedStart[i] > 1) n++; } else for (const f of this.fileMap.values()) if (f.packed.length > 1) n++;
    return n;
  }
  get entityCount(): number { let n = 0; for (let id = 0; id < this.entityTotal; id++) if (this.articlesOf(id) > 0) n++; return n; }
  /** Articles the annotators marked reviewed; unknown until the deferred part of a loaded index is read (a reload answers first). */
  get reviewedCount(): number | undefined { if (this.deferred) return undefined; let n = 0; for (const f of this.files.values()) if (f.review.reviewed) n++; return n; }

  /** Articles mentioning each entity `{ key, label }` (0 when the index does not know it): the Entities view's "in N articles". */
  articleCounts(entities: Array<{ key: string; label: string }>): number[] {
    return entities.map((e) => { const id = this.find(e.key, e.label); return id === undefined ? 0 : Math.max(0, this.articlesOf(id)); });
  }

  /** See searchEntities (indexSearch.ts). */
  search(query: string, limit: number, offset = 0): { items: SymbolHit[]; total: number; entities: number } { return searchEntities(this, query, limit, offset); }

  /** Every article mentioning the entity with normalised key `key` (any label), most mentions first. */
  articlesMentioning(key: string): ArticleHit[] { this.settle(); return articlesMentioning(this, key); }
}

function checked(ids: number[], total: number): number[] {
  for (const f of ids) if (f >= total) throw new Error('index postings malformed');
  return ids;
}
