// The index on disk: one versioned, checksummed file per set of workspace folders; anything unexpected means rebuild.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { EntityIndex, IndexedFile, NO_REVIEW } from './entityIndex';
import { packIds } from './packedMentions';
import { EntityLabel } from '../engine/tagger';

/**
 * Layout: "ANIX" · u32 version · u32 lengths of head, meta, postings, mentions · 20-byte SHA-1 of the rest ·
 * head (JSON: folders, names, entity rows with counts and variants, file paths, mtimes, sizes, sidecar mtimes) · meta
 * (gzip JSON: content hashes, preview lines and review counts, read when first needed) · postings (per entity, the positions of
 * its articles as varint deltas, decoded when the entity is first asked for) · the files' packed mentions back
 * to back (varints, see packedMentions.ts). A reload parses one small plain JSON and answers.
 */
/** 2: sidecar mtimes and per-article review counts. */
export const INDEX_VERSION = 2;
const MAGIC = 'ANIX';
const PREFIX = 4 + 4 + 4 * 4 + 20;
const SUM_AT = PREFIX - 20;
const LABELS = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC']);

interface Head {
  folders: string[];
  names: string[];
  /** key, label, articles, mentions, [nameId, count]…, byte length of its postings. */
  entities: Array<[string, string, number, number, number[], number]>;
  dirs: string[];
  dir: number[]; base: string[]; mtime: number[]; size: number[]; len: number[]; smtime: number[];
}
/** `review`: 0 for an article without decisions or mark, else [reviewed 0/1, accepted, rejected, manual]. */
interface Meta { hash: string[]; title: string[]; review: Array<0 | number[]> }

/** Where the index of these folders lives: the client's storage folder if it passed one, else the temp folder. */
export function indexFilePath(folders: string[], storageDir?: string): string {
  const id = crypto.createHash('sha1').update(JSON.stringify([...folders].sort())).digest('hex').slice(0, 16);
  return path.join(storageDir || path.join(os.tmpdir(), 'arabic-news-index'), `index-${id}.anidx`);
}

export function serialize(index: EntityIndex, folders: string[]): Buffer {
  index.settle();
  const head: Head = { folders, names: index.names, entities: [], dirs: [], dir: [], base: [], mtime: [], size: [], len: [], smtime: [] };
  const meta: Meta = { hash: [], title: [], review: [] };
  const dirIds = new Map<string, number>();
  const position = new Map<number, number>();
  const blobs: Uint8Array[] = [];
  for (const f of index.files.values()) {
    position.set(f.id!, blobs.length);
    const dir = path.dirname(f.path);
    let d = dirIds.get(dir);
    if (d === undefined) { d = head.dirs.length; head.dirs.push(dir); dirIds.set(dir, d); }
    head.dir.push(d); head.base.push(path.basename(f.path)); head.mtime.push(f.mtime); head.size.push(f.size); head.len.push(f.packed.length); head.smtime.push(f.sidecarMtime);
    const r = f.review;
    meta.hash.push(f.hash); meta.title.push(f.title); meta.review.push(r.reviewed || r.accepted || r.rejected || r.manual ? [r.reviewed ? 1 : 0, r.accepted, r.rejected, r.manual] : 0);
    blobs.push(f.packed);
  }
  const postings = index.entities.map((_e, id) => packIds(index.postings(id).map((f) => position.get(f)!)));
  index.entities.forEach((e, id) => head.entities.push([e.key, e.label, e.articles, e.mentions, [...e.names].flat(), postings[id].length]));
  const parts = [Buffer.from(JSON.stringify(head)), zlib.gzipSync(JSON.stringify(meta), { level: 6 }), Buffer.concat(postings), Buffer.concat(blobs)];
  const sum = crypto.createHash('sha1');
  parts.forEach((x) => sum.update(x));
  const pre = Buffer.alloc(PREFIX);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(INDEX_VERSION, 4);
  parts.forEach((x, i) => pre.writeUInt32LE(x.length, 8 + 4 * i));
  sum.digest().copy(pre, SUM_AT);
  return Buffer.concat([pre, ...parts]);
}

/** Writes atomically: a reader (or a crash) sees the old file or the new one, never half of one. */
export function save(file: string, index: EntityIndex, folders: string[]): number {
  const bytes = serialize(index, folders);
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

/** Reads an index; throws with the reason when it is missing, of another version, for other folders or damaged. */
export function load(file: string, folders: string[]): EntityIndex {
  const bytes = fs.readFileSync(file);
  if (bytes.length < PREFIX || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not an index file');
  const version = bytes.readUInt32LE(4);
  if (version !== INDEX_VERSION) throw new Error(`index version ${version}, this build reads ${INDEX_VERSION}`);
  const [headLen, metaLen, postLen, blobLen] = [8, 12, 16, 20].map((o) => bytes.readUInt32LE(o));
  if (PREFIX + headLen + metaLen + postLen + blobLen !== bytes.length) throw new Error('index file truncated or padded');
  if (!crypto.createHash('sha1').update(bytes.subarray(PREFIX)).digest().equals(bytes.subarray(SUM_AT, PREFIX))) throw new Error('index checksum does not match');
  const h = JSON.parse(bytes.toString('utf8', PREFIX, PREFIX + headLen)) as Head;
  if (!arrayOf(h.folders, isStr) || JSON.stringify([...h.folders].sort()) !== JSON.stringify([...folders].sort())) throw new Error('index is for other folders');
  const n = Array.isArray(h.base) ? h.base.length : -1;
  if (!arrayOf(h.names, isStr) || !Array.isArray(h.entities) || !arrayOf(h.dirs, isStr) || !arrayOf(h.dir, isNum, n) || !arrayOf(h.base, isStr, n) ||
    !arrayOf(h.mtime, isNum, n) || !arrayOf(h.size, isNum, n) || !arrayOf(h.len, isNum, n) || !arrayOf(h.smtime, isNum, n)) throw new Error('index head malformed');
  const index = new EntityIndex();
  for (const name of h.names) index.restoreName(name);
  // One copy of postings and mentions, viewed per entity and file, so nothing pins the whole file buffer.
  const rest = Uint8Array.prototype.slice.call(bytes, PREFIX + headLen + metaLen);
  let p = 0;
  for (const e of h.entities) {
    if (!Array.isArray(e) || !isStr(e[0]) || !LABELS.has(e[1]) || !isNum(e[2]) || !isNum(e[3]) || !arrayOf(e[4], isNum) || e[4].length % 2 || !isNum(e[5]) || p + e[5] > postLen) throw new Error('index entity malformed');
    const names = new Map<number, number>();
    for (let i = 0; i < e[4].length; i += 2) { if (e[4][i] >= h.names.length) throw new Error('index variant malformed'); names.set(e[4][i], e[4][i + 1]); }
    index.restoreEntity({ key: e[0], label: e[1] as EntityLabel, articles: e[2], mentions: e[3], names, files: [], packedFiles: rest.subarray(p, p + e[5]) });
    p += e[5];
  }
  if (p !== postLen) throw new Error('index postings length does not match');
  const blob = rest.subarray(postLen);
  const prefix = h.dirs.map((d) => (d.endsWith(path.sep) ? d : d + path.sep));
  const records: IndexedFile[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (h.dir[i] >= h.dirs.length || at + h.len[i] > blob.length) throw new Error('index file record malformed');
    const rec: IndexedFile = { path: prefix[h.dir[i]] + h.base[i], mtime: h.mtime[i], size: h.size[i], hash: '', title: '', packed: blob.subarray(at, at + h.len[i]), sidecarMtime: h.smtime[i], review: NO_REVIEW };
    index.restore(rec);
    records.push(rec);
    at += h.len[i];
  }
  if (at !== blob.length) throw new Error('index blob length does not match its records');
  const metaBytes = Buffer.from(bytes.subarray(PREFIX + headLen, PREFIX + headLen + metaLen));
  index.deferred = () => {
    const m = JSON.parse(zlib.gunzipSync(metaBytes).toString('utf8')) as Meta;
    const isReview = (x: unknown): x is 0 | number[] => x === 0 || arrayOf(x, isNum, 4);
    if (!arrayOf(m.hash, isStr, n) || !arrayOf(m.title, isStr, n) || !arrayOf(m.review, isReview, n)) throw new Error('index meta malformed');
    records.forEach((r, i) => {
      r.hash = m.hash[i]; r.title = m.title[i];
      const v = m.review[i];
      if (v) r.review = { reviewed: v[0] === 1, accepted: v[1], rejected: v[2], manual: v[3] };
    });
  };
  return index;
}
