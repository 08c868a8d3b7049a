// Varint packing of one article's entity mentions: the compact form the index keeps in memory and on disk.

/** One entity as it occurs in one article; offsets are UTF-16 code units, as LSP and JavaScript count. */
export interface ArticleEntity {
  entity: number;
  name: number;
  /** Line and UTF-16 character of the first mention, and its length. */
  line: number;
  character: number;
  length: number;
  /** [start, end) of every mention. */
  mentions: Array<[number, number]>;
}

class Writer {
  bytes: number[] = [];
  uint(n: number): void {
    let v = Math.max(0, Math.floor(n));
    while (v >= 0x80) { this.bytes.push((v % 0x80) | 0x80); v = Math.floor(v / 0x80); }
    this.bytes.push(v);
  }
  /** Zigzag, so a negative delta costs one byte like a small positive one. */
  int(n: number): void { this.uint(n < 0 ? -2 * n - 1 : 2 * n); }
}

/**
 * Articles' packed mentions are cut from shared 64 KB blocks: one buffer per article would cost a backing store each
 * (more than the ~100 bytes of mentions themselves over 50,000 articles). A block is freed when no article uses it.
 */
const BLOCK = 64 * 1024;
let block = new Uint8Array(BLOCK);
let used = 0;
function place(bytes: number[]): Uint8Array {
  if (bytes.length > BLOCK / 4) return Uint8Array.from(bytes);
  if (used + bytes.length > BLOCK) { block = new Uint8Array(BLOCK); used = 0; }
  const out = block.subarray(used, used + bytes.length);
  out.set(bytes);
  used += bytes.length;
  return out;
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}
  uint(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('packed mentions truncated');
      const b = this.buf[this.pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 0x80;
      if (mul > 2 ** 49) throw new Error('packed mentions: varint too long');
    }
  }
  int(): number { const z = this.uint(); return z % 2 ? -(z + 1) / 2 : z / 2; }
}

export function pack(entities: ArticleEntity[]): Uint8Array {
  const w = new Writer();
  w.uint(entities.length);
  for (const e of entities) {
    w.uint(e.entity); w.uint(e.name); w.uint(e.line); w.uint(e.character); w.uint(e.length); w.uint(e.mentions.length);
    let prev = 0;
    for (const [s, end] of e.mentions) { w.int(s - prev); w.uint(end - s); prev = s; }
  }
  return place(w.bytes);
}

/** Decodes everything, mention offsets included. Throws on a malformed buffer (a corrupted index). */
export function unpack(buf: Uint8Array): ArticleEntity[] {
  const r = new Reader(buf);
  const n = r.uint();
  const out: ArticleEntity[] = [];
  for (let i = 0; i < n; i++) {
    const e: ArticleEntity = { entity: r.uint(), name: r.uint(), line: r.uint(), character: r.uint(), length: r.uint(), mentions: [] };
    const m = r.uint();
    if (m > buf.length) throw new Error('packed mentions: impossible count');
    let prev = 0;
    for (let j = 0; j < m; j++) { const s = prev + r.int(); e.mentions.push([s, s + r.uint()]); prev = s; }
    out.push(e);
  }
  return out;
}

/** Calls `f(entity, mentionCount, name)` per entity without materialising offsets: the scan behind counts and rankings. */
export function forEachEntity(buf: Uint8Array, f: (entity: number, count: number, name: number) => void): void {
  const r = new Reader(buf);
  const n = r.uint();
  for (let i = 0; i < n; i++) {
    const entity = r.uint(); const name = r.uint(); r.uint(); r.uint(); r.uint();
    const m = r.uint();
    for (let j = 0; j < m; j++) { r.uint(); r.uint(); }
    f(entity, m, name);
  }
}

/** One entity's record in one article (its mention count, name and first mention), without decoding the others' offsets; undefined when absent. */
export function findEntity(buf: Uint8Array, entity: number): { count: number; name: number; line: number; character: number; length: number } | undefined {
  const r = new Reader(buf);
  const n = r.uint();
  for (let i = 0; i < n; i++) {
    const id = r.uint(); const name = r.uint(); const line = r.uint(); const character = r.uint(); const length = r.uint();
    const m = r.uint();
    if (id === entity) return { count: m, name, line, character, length };
    for (let j = 0; j < m; j++) { r.uint(); r.uint(); }
  }
  return undefined;
}

/** Ascending ids as varint deltas (an entity's postings on disk). */
export function packIds(ids: number[]): Uint8Array {
  const w = new Writer();
  const sorted = [...ids].sort((a, b) => a - b);
  sorted.forEach((x, i) => w.uint(i ? x - sorted[i - 1] : x));
  return Uint8Array.from(w.bytes);
}

export function unpackIds(buf: Uint8Array): number[] {
  const r = new Reader(buf);
  const out: number[] = [];
  let at = 0;
  while (r.pos < buf.length) out.push((at += r.uint()));
  return out;
}
