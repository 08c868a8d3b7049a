// The index on disk: one versioned, checksummed file per set of workspace folders, read in place; anything unexpected means rebuild.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { Columns, EntityIndex, LABELS } from './entityIndex';
import { packIds } from './packedMentions';

/**
 * Layout: "ANIX" · u32 version · u32 digest kind (1 CRC-32, 2 SHA-1) · 20-byte digest of everything after the
 * header · u32 section count · per section u32 offset and length · the sections, each at a multiple of 8 so typed
 * arrays view them in place. Sections: head (JSON: folders, model, counts) · names and their folded forms · entity
 * keys (texts joined by NUL) · entity labels, articles, mentions, variant pairs and postings (varint deltas of
 * article ids) with their starts · file paths, mtimes, sizes, sidecar mtimes · packed mentions with their starts ·
 * meta (gzip JSON: content hashes, preview lines, review counts, read when first needed). A reload reads the
 * file, checks it and answers from these views; records and rows are made only when something changes.
 */
/** 3: binary sections read in place, the model the articles were analysed with. */
export const INDEX_VERSION = 3;
const MAGIC = 'ANIX';
const SECTIONS = ['head', 'names', 'folded', 'keys', 'labels', 'articles', 'mentions', 'varStart', 'varPairs', 'postStart', 'postings', 'paths', 'pathStart', 'mtime', 'size', 'smtime', 'packedStart', 'packed', 'meta'] as const;
const DIGEST_AT = 12;
const TABLE_AT = DIGEST_AT + 20;
const DATA_AT = align(TABLE_AT + 4 + 8 * SECTIONS.length);

interface Head { folders: string[]; model: string; names: number; entities: number; files: number }
/** `review`: 0 for an article without decisions or mark, else [reviewed 0/1, accepted, rejected, manual]. */
interface Meta { hash: string[]; title: string[]; review: Array<0 | number[]> }

function align(n: number): number { return (n + 7) & ~7; }

const crc32 = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32;
/** CRC-32 where this Node has it (fast), else SHA-1: a damaged file is refused either way. */
function digest(bytes: Uint8Array, kind = crc32 ? 1 : 2): { kind: number; sum: Buffer } {
  if (kind === 1) {
    if (!crc32) throw new Error('index checksum kind not readable by this Node');
    const sum = Buffer.alloc(20);
    sum.writeUInt32LE(crc32(bytes) >>> 0, 0);
    return { kind, sum };
  }
  if (kind !== 2) throw new Error('index checksum kind unknown');
  return { kind, sum: crypto.createHash('sha1').update(bytes).digest() };
}

/** Where the index of these folders lives: the client's storage folder if it passed one, else the temp folder. */
export function indexFilePath(folders: string[], storageDir?: string): string {
  const id = crypto.createHash('sha1').update(JSON.stringify([...folders].sort())).digest('hex').slice(0, 16);
  return path.join(storageDir || path.join(os.tmpdir(), 'arabic-news-index'), `index-${id}.anidx`);
}

/** Names and keys joined by NUL (none holds one; a stray one becomes U+FFFD), in UTF-16: Arabic costs the same as in UTF-8 and decodes as a copy. */
const joined = (xs: string[]) => Buffer.from(xs.map((x) => x.replace(/\0/g, '\uFFFD')).join('\0'), 'utf16le');
const split = (b: Uint8Array, n: number): string[] => (n ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf16le').split('\0') : []);
const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function serialize(index: EntityIndex, folders: string[], model = ''): Buffer {
  index.settle();
  const files = [...index.files.values()];
  const position = new Map<number, number>();
  files.forEach((f, i) => position.set(f.id!, i));
  const E = index.entityTotal;
  const labels = new Uint8Array(E);
  const articles = new Int32Array(E);
  const mentions = new Int32Array(E);
  const varStart = new Uint32Array(E + 1);
  const postStart = new Uint32Array(E + 1);
  const pairs: number[] = [];
  const postings: Uint8Array[] = [];
  const keys: string[] = [];
  for (let id = 0; id < E; id++) {
    keys.push(index.keyOf(id));
    labels[id] = LABELS.indexOf(index.labelOf(id));
    articles[id] = index.articlesOf(id);
    mentions[id] = index.mentionsOf(id);
    index.eachName(id, (n, c) => pairs.push(n, c));
    varStart[id + 1] = pairs.length;
    const p = packIds(index.postings(id).map((f) => position.get(f)!));
    postings.push(p);
    postStart[id + 1] = postStart[id] + p.length;
  }
  const packedStart = new Uint32Array(files.length + 1);
  files.forEach((f, i) => { packedStart[i + 1] = packedStart[i] + f.packed.length; });
  // Paths in UTF-8 with their starts: a reload decodes only the paths its first answers show.
  const paths = files.map((f) => Buffer.from(f.path, 'utf8'));
  const pathStart = new Uint32Array(files.length + 1);
  paths.forEach((p, i) => { pathStart[i + 1] = pathStart[i] + p.length; });
  const meta: Meta = { hash: [], title: [], review: [] };
  for (const f of files) {
    const r = f.review;
    meta.hash.push(f.hash); meta.title.push(f.title); meta.review.push(r.reviewed || r.accepted || r.rejected || r.manual ? [r.reviewed ? 1 : 0, r.accepted, r.rejected, r.manual] : 0);
  }
  const head: Head = { folders, model, names: index.names.length, entities: E, files: files.length };
  const parts: Record<(typeof SECTIONS)[number], Uint8Array> = {
    head: Buffer.from(JSON.stringify(head)), names: joined(index.names), folded: joined(index.folded), keys: joined(keys),
    labels, articles: bytesOf(articles), mentions: bytesOf(mentions), varStart: bytesOf(varStart), varPairs: bytesOf(Uint32Array.from(pairs)),
    postStart: bytesOf(postStart), postings: Buffer.concat(postings), paths: Buffer.concat(paths), pathStart: bytesOf(pathStart),
    mtime: bytesOf(Float64Array.from(files, (f) => f.mtime)), size: bytesOf(Float64Array.from(files, (f) => f.size)), smtime: bytesOf(Float64Array.from(files, (f) => f.sidecarMtime)),
    packedStart: bytesOf(packedStart), packed: Buffer.concat(files.map((f) => f.packed)), meta: zlib.gzipSync(JSON.stringify(meta), { level: 6 }),
  };
  let at = DATA_AT;
  const offsets = SECTIONS.map((s) => { const o = at; at = align(at + parts[s].length); return o; });
  const out = Buffer.alloc(at);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(INDEX_VERSION, 4);
  out.writeUInt32LE(SECTIONS.length, TABLE_AT);
  SECTIONS.forEach((s, i) => { out.writeUInt32LE(offsets[i], TABLE_AT + 4 + 8 * i); out.writeUInt32LE(parts[s].length, TABLE_AT + 8 + 8 * i); out.set(parts[s], offsets[i]); });
  const { kind, sum } = digest(out.subarray(TABLE_AT));
  out.writeUInt32LE(kind, 8);
  sum.copy(out, DIGEST_AT);
  return out;
}

/** Writes atomically (temporary file, then rename); returns the bytes written. */
export function save(file: string, index: EntityIndex, folders: string[], model = ''): number {
  const bytes = serialize(index, folders, model);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try { fs.writeSync(fd, bytes); fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  fs.renameSync(tmp, file);
  return bytes.length;
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const arrayOf = <T>(x: unknown, ok: (v: unknown) => v is T, n?: number): x is T[] => Array.isArray(x) && (n === undefined || x.length === n) && x.every(ok);

/** Starts that rise from 0 to `end`. */
function starts(a: Uint32Array, n: number, end: number): Uint32Array {
  if (a.length !== n + 1 || a[0] !== 0 || a[n] !== end) throw new Error('index table malformed');
  for (let i = 0; i < n; i++) if (a[i] > a[i + 1]) throw new Error('index table malformed');
  return a;
}

/**
 * Reads an index; throws with the reason when it is missing, of another version, for other folders or damaged.
 * `model`: the model its articles were analysed with (the caller re-analyses them when it is not the current one).
 */
export function load(file: string, folders: string[]): { index: EntityIndex; model: string } {
  if (os.endianness() !== 'LE') throw new Error('index files are read in place on little-endian machines only');
  let bytes = fs.readFileSync(file);
  if (bytes.length < DATA_AT || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not an index file');
  const version = bytes.readUInt32LE(4);
  if (version !== INDEX_VERSION) throw new Error(`index version ${version}, this build reads ${INDEX_VERSION}`);
  if (bytes.readUInt32LE(TABLE_AT) !== SECTIONS.length) throw new Error('index section table malformed');
  if (!digest(bytes.subarray(TABLE_AT), bytes.readUInt32LE(8)).sum.equals(bytes.subarray(DIGEST_AT, TABLE_AT))) throw new Error('index checksum does not match');
  // Typed arrays need aligned views: a small file read into Node's shared pool is copied out first.
  if (bytes.byteOffset % 8) bytes = Buffer.from(Uint8Array.prototype.slice.call(bytes));
  const section = (name: (typeof SECTIONS)[number], unit = 1): Uint8Array => {
    const i = SECTIONS.indexOf(name);
    const o = bytes.readUInt32LE(TABLE_AT + 4 + 8 * i);
    const n = bytes.readUInt32LE(TABLE_AT + 8 + 8 * i);
    if (o % 8 || o < DATA_AT || o + n > bytes.length || n % unit) throw new Error('index section malformed');
    return bytes.subarray(o, o + n);
  };
  const u32 = (s: (typeof SECTIONS)[number]) => { const b = section(s, 4); return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4); };
  const f64 = (s: (typeof SECTIONS)[number]) => { const b = section(s, 8); return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8); };
  const h = JSON.parse(Buffer.from(section('head')).toString('utf8')) as Head;
  if (!arrayOf(h.folders, isStr) || JSON.stringify([...h.folders].sort()) !== JSON.stringify([...folders].sort())) throw new Error('index is for other folders');
  if (!isStr(h.model) || !isNum(h.names) || !isNum(h.entities) || !isNum(h.files)) throw new Error('index head malformed');
  const names = split(section('names'), h.names);
  const folded = split(section('folded'), h.names);
  const E = h.entities;
  const F = h.files;
  const labels = section('labels');
  const articlesBytes = section('articles', 4);
  const mentionsBytes = section('mentions', 4);
  const varPairs = u32('varPairs');
  const postings = section('postings');
  const packed = section('packed');
  const pb = section('paths');
  const pathBytes = Buffer.from(pb.buffer, pb.byteOffset, pb.byteLength);
  const pathStart = starts(u32('pathStart'), F, pathBytes.length);
  const cols: Columns = {
    keys: split(section('keys'), E), labels, articles: new Int32Array(articlesBytes.buffer, articlesBytes.byteOffset, articlesBytes.byteLength / 4),
    mentions: new Int32Array(mentionsBytes.buffer, mentionsBytes.byteOffset, mentionsBytes.byteLength / 4),
    varStart: starts(u32('varStart'), E, varPairs.length), varPairs, postStart: starts(u32('postStart'), E, postings.length), postings,
    files: F, path: (i) => pathBytes.toString('utf8', pathStart[i], pathStart[i + 1]), mtime: f64('mtime'), size: f64('size'), smtime: f64('smtime'), packedStart: starts(u32('packedStart'), F, packed.length), packed,
  };
  if (names.length !== h.names || folded.length !== h.names || cols.keys.length !== E || labels.length !== E || cols.articles.length !== E || cols.mentions.length !== E ||
    cols.mtime.length !== F || cols.size.length !== F || cols.smtime.length !== F || varPairs.length % 2) throw new Error('index tables malformed');
  for (let i = 0; i < E; i++) if (labels[i] >= LABELS.length) throw new Error('index entity malformed');
  for (let i = 1; i < varPairs.length; i += 2) if (varPairs[i - 1] >= h.names) throw new Error('index variant malformed');
  const index = new EntityIndex(names, folded, cols);
  const metaBytes = section('meta');
  index.deferred = () => {
    const m = JSON.parse(zlib.gunzipSync(metaBytes).toString('utf8')) as Meta;
    const isReview = (x: unknown): x is 0 | number[] => x === 0 || arrayOf(x, isNum, 4);
    if (!arrayOf(m.hash, isStr, F) || !arrayOf(m.title, isStr, F) || !arrayOf(m.review, isReview, F)) throw new Error('index meta malformed');
    for (let i = 0; i < F; i++) {
      const r = index.fileById(i);
      if (!r) continue;
      r.hash = m.hash[i]; r.title = m.title[i];
      const v = m.review[i];
      if (v) r.review = { reviewed: v[0] === 1, accepted: v[1], rejected: v[2], manual: v[3] };
    }
  };
  return { index, model: h.model };
}
