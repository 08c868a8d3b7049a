// The workspace entity index in memory: articles with packed mentions, entity rows with counts and variants; search.
import { normalizeArabic } from '../engine/normalize';
import { EntityLabel } from '../engine/tagger';
import { forEachEntity, pack, unpack } from './packedMentions';

export interface IndexedFile { path: string; mtime: number; size: number; hash: string; title: string; packed: Uint8Array }
export interface EntityRow { key: string; label: EntityLabel; articles: number; mentions: number; names: Map<number, number> }
/** Entity as the analyser saw it in one article, before ids are given. */
export interface FoundEntity { key: string; label: EntityLabel; name: string; line: number; character: number; length: number; mentions: Array<[number, number]> }

export interface SymbolHit {
  key: string; label: EntityLabel; name: string; variants: string[]; articles: number; mentions: number;
  /** The first mention in the article that mentions it most. */
  path: string; line: number; character: number; length: number;
}
export interface ArticleHit { path: string; mentions: number; name: string; preview: string; line: number; character: number; length: number }

const EMPTY = pack([]);

export class EntityIndex {
  readonly files = new Map<string, IndexedFile>();
  readonly entities: EntityRow[] = [];
  readonly names: string[] = [];
  private readonly entityIds = new Map<string, number>();
  private readonly nameIds = new Map<string, number>();
  /** Folded names, so a search does not fold every variant again. */
  private readonly folded: string[] = [];

  entityId(key: string, label: EntityLabel): number {
    const k = `${label}\u0001${key}`;
    let id = this.entityIds.get(k);
    if (id === undefined) { id = this.entities.length; this.entities.push({ key, label, articles: 0, mentions: 0, names: new Map() }); this.entityIds.set(k, id); }
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

  private count(file: IndexedFile, sign: 1 | -1): void {
    forEachEntity(file.packed, (id, n, name) => {
      const row = this.entities[id];
      if (!row) throw new Error(`index refers to entity ${id}, which it does not hold`);
      row.articles += sign;
      row.mentions += sign * n;
      const c = (row.names.get(name) ?? 0) + sign;
      if (c > 0) row.names.set(name, c); else row.names.delete(name);
    });
  }

  put(file: IndexedFile): void {
    this.remove(file.path);
    this.count(file, 1);
    this.files.set(file.path, file);
  }

  /** Adds a loaded record whose counts are already in the loaded entity rows. */
  restore(file: IndexedFile): void { this.files.set(file.path, file); }

  /** Registers a loaded entity row under its id (ids are positions). */
  restoreEntity(row: EntityRow): void { this.entityIds.set(`${row.label}\u0001${row.key}`, this.entities.length); this.entities.push(row); }
  restoreName(name: string): void { this.nameIds.set(name, this.names.length); this.names.push(name); this.folded.push(normalizeArabic(name)); }

  remove(path: string): boolean {
    const old = this.files.get(path);
    if (!old) return false;
    this.count(old, -1);
    this.files.delete(path);
    return true;
  }

  get articleCount(): number { let n = 0; for (const f of this.files.values()) if (f.packed.length > 1) n++; return n; }
  get entityCount(): number { return this.entities.reduce((n, e) => n + (e.articles > 0 ? 1 : 0), 0); }

  private variants(row: EntityRow): string[] {
    return [...row.names.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => this.names[id]);
  }

  /**
   * Entities matching `query`, best first: exact normalised form, then prefix of the form, then prefix of one of
   * its words, then substring; ties by number of articles, then mentions. Hamza, ta marbuta, alef maqsura and
   * diacritics are folded on both sides. Returns the slice [offset, offset+limit) and the total.
   */
  search(query: string, limit: number, offset = 0): { items: SymbolHit[]; total: number } {
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
    const page = scored.slice(offset, offset + limit);
    const best = new Map<number, { path: string; count: number }>(page.map((s) => [s.id, { path: '', count: 0 }]));
    for (const f of this.files.values()) forEachEntity(f.packed, (id, n) => { const b = best.get(id); if (b && n > b.count) { b.count = n; b.path = f.path; } });
    const items = page.map(({ id }) => {
      const row = this.entities[id];
      const where = best.get(id)!;
      const at = unpack(this.files.get(where.path)!.packed).find((e) => e.entity === id)!;
      const variants = this.variants(row);
      return { key: row.key, label: row.label, name: variants[0] ?? row.key, variants, articles: row.articles, mentions: row.mentions, path: where.path, line: at.line, character: at.character, length: at.length };
    });
    return { items, total: scored.length };
  }

  /** Every article mentioning the entity with normalised key `key` (any label), most mentions first. */
  articlesMentioning(key: string): ArticleHit[] {
    const ids = new Set<number>();
    this.entities.forEach((row, id) => { if (row.key === key && row.articles > 0) ids.add(id); });
    if (!ids.size) return [];
    const out: ArticleHit[] = [];
    for (const f of this.files.values()) {
      let hit = false;
      forEachEntity(f.packed, (id) => { if (ids.has(id)) hit = true; });
      if (!hit) continue;
      const mine = unpack(f.packed).filter((e) => ids.has(e.entity));
      const first = mine.reduce((a, b) => (b.mentions[0][0] < a.mentions[0][0] ? b : a));
      out.push({ path: f.path, mentions: mine.reduce((n, e) => n + e.mentions.length, 0), name: this.names[first.name], preview: f.title, line: first.line, character: first.character, length: first.length });
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
