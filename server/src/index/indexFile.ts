// The index on disk: one versioned, checksummed file per set of workspace folders; anything unexpected means rebuild.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { EntityIndex } from './entityIndex';
import { EntityLabel } from '../engine/tagger';

/**
 * Layout: "ANIX" · u32 version · u32 header length · u32 blob length · 20-byte SHA-1 of header+blob ·
 * gzip(JSON header: folders, names, entity rows with counts and variants, file records) · the files'
 * packed mentions back to back (varints, see packedMentions.ts). The header alone answers a search,
 * so a reload reads one file and parses one JSON.
 */
export const INDEX_VERSION = 1;
const MAGIC = 'ANIX';
const PREFIX = 4 + 4 + 4 + 4 + 20;
const LABELS = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC']);

interface Header {
  folders: string[];
  names: string[];
  entities: Array<[string, string, number, number, number[]]>;
  files: Array<[string, number, number, string, string, number]>;
}

/** Where the index of these folders lives: the client's storage folder if it passed one, else the temp folder. */
export function indexFilePath(folders: string[], storageDir?: string): string {
  const id = crypto.createHash('sha1').update(JSON.stringify([...folders].sort())).digest('hex').slice(0, 16);
  return path.join(storageDir || path.join(os.tmpdir(), 'arabic-news-index'), `index-${id}.anidx`);
}

export function serialize(index: EntityIndex, folders: string[]): Buffer {
  const blobs: Uint8Array[] = [];
  const header: Header = { folders, names: index.names, entities: [], files: [] };
  for (const e of index.entities) header.entities.push([e.key, e.label, e.articles, e.mentions, [...e.names].flat()]);
  for (const f of index.files.values()) { header.files.push([f.path, f.mtime, f.size, f.hash, f.title, f.packed.length]); blobs.push(f.packed); }
  const head = zlib.gzipSync(JSON.stringify(header), { level: 6 });
  const blob = Buffer.concat(blobs);
  const sum = crypto.createHash('sha1').update(head).update(blob).digest();
  const pre = Buffer.alloc(PREFIX);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(INDEX_VERSION, 4);
  pre.writeUInt32LE(head.length, 8);
  pre.writeUInt32LE(blob.length, 12);
  sum.copy(pre, 16);
  return Buffer.concat([pre, head, blob]);
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

/** Reads an index; throws with the reason when it is missing, of another version, for other folders or damaged. */
export function load(file: string, folders: string[]): EntityIndex {
  const bytes = fs.readFileSync(file);
  if (bytes.length < PREFIX || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not an index file');
  const version = bytes.readUInt32LE(4);
  if (version !== INDEX_VERSION) throw new Error(`index version ${version}, this build reads ${INDEX_VERSION}`);
  const headLen = bytes.readUInt32LE(8);
  const blobLen = bytes.readUInt32LE(12);
  if (PREFIX + headLen + blobLen !== bytes.length) throw new Error('index file truncated or padded');
  const head = bytes.subarray(PREFIX, PREFIX + headLen);
  const blob = bytes.subarray(PREFIX + headLen);
  const sum = crypto.createHash('sha1').update(head).update(blob).digest();
  if (!sum.equals(bytes.subarray(16, 36))) throw new Error('index checksum does not match');
  const h = JSON.parse(zlib.gunzipSync(head).toString('utf8')) as Header;
  if (!Array.isArray(h.folders) || JSON.stringify([...h.folders].sort()) !== JSON.stringify([...folders].sort())) throw new Error('index is for other folders');
  if (!Array.isArray(h.names) || !Array.isArray(h.entities) || !Array.isArray(h.files)) throw new Error('index header malformed');
  const index = new EntityIndex();
  for (const n of h.names) { if (!isStr(n)) throw new Error('index name malformed'); index.restoreName(n); }
  for (const e of h.entities) {
    if (!Array.isArray(e) || !isStr(e[0]) || !LABELS.has(e[1]) || !isNum(e[2]) || !isNum(e[3]) || !Array.isArray(e[4]) || e[4].length % 2) throw new Error('index entity malformed');
    const names = new Map<number, number>();
    for (let i = 0; i < e[4].length; i += 2) {
      if (!isNum(e[4][i]) || e[4][i] >= h.names.length || !isNum(e[4][i + 1])) throw new Error('index variant malformed');
      names.set(e[4][i], e[4][i + 1]);
    }
    index.restoreEntity({ key: e[0], label: e[1] as EntityLabel, articles: e[2], mentions: e[3], names });
  }
  let at = 0;
  for (const f of h.files) {
    if (!Array.isArray(f) || !isStr(f[0]) || !isNum(f[1]) || !isNum(f[2]) || !isStr(f[3]) || !isStr(f[4]) || !isNum(f[5]) || at + f[5] > blob.length) throw new Error('index file record malformed');
    // A copy, so the records do not pin the whole file buffer.
    index.restore({ path: f[0], mtime: f[1], size: f[2], hash: f[3], title: f[4], packed: Uint8Array.prototype.slice.call(blob, at, at + f[5]) });
    at += f[5];
  }
  if (at !== blob.length) throw new Error('index blob length does not match its records');
  return index;
}
