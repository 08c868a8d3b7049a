// Sidecar file IO: atomic writes, and a content fingerprint (SHA-256) to notice another writer before overwriting.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { refuseReadOnly, writeTarget } from './replaceGuards';

/**
 * The file system calls behind reads, stamps and writes, one object so tests can put a writer between two of them (a tool
 * that rewrites the file in place while it is read), move the clock or fill the disk; the server never replaces them.
 */
export const disk = {
  readFileSync: (file: string): Buffer => fs.readFileSync(file),
  writeSync: (fd: number, data: Buffer, offset: number, length: number): number => fs.writeSync(fd, data, offset, length),
  statSync: (file: string): fs.Stats => fs.statSync(file),
  now: (): number => Date.now(),
};

/**
 * The size and modification time seen when the content was hashed. `trusted` when the mtime was already at least
 * MTIME_TRUST_MS old then: a later write within the same tick of a coarse clock (FAT: two seconds, some shares: one)
 * could keep both size and mtime, so a stamp taken that early is checked by its hash once more, then trusted.
 */
export interface Stamp { size: number; mtimeMs: number; trusted: boolean }
export const MTIME_TRUST_MS = 2000;

/** What the file held when this process last read or wrote it. */
export interface Fingerprint { sha256: string; stamp?: Stamp }

const hash = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

const missing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';
function statOf(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    const st = disk.statSync(file);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch (e) {
    if (missing(e)) return undefined;
    throw e;
  }
}
const stampOf = (st: { size: number; mtimeMs: number }): Stamp => ({ ...st, trusted: disk.now() - st.mtimeMs >= MTIME_TRUST_MS });

/**
 * Reads the file with its fingerprint; undefined when it does not exist. `settled` is false when the file moved while
 * it was read (size or mtime changed between the stats around the read, or fewer or more bytes than its size came):
 * another tool is still writing it in place, so what was read may be half of it.
 */
export function readWithFingerprint(file: string): { raw: string; fingerprint: Fingerprint; settled: boolean } | undefined {
  const before = statOf(file);
  if (!before) return undefined;
  let bytes: Buffer;
  try {
    bytes = disk.readFileSync(file);
  } catch (e) {
    if (missing(e)) return undefined;
    throw e;
  }
  const after = statOf(file);
  const settled = !!after && after.size === before.size && after.mtimeMs === before.mtimeMs && bytes.length === before.size;
  const stamp = settled ? stampOf(before) : { ...before, trusted: false };
  return { raw: bytes.toString('utf8'), fingerprint: { sha256: hash(bytes), stamp }, settled };
}

/**
 * The file's content if it differs from `known`; `same` (with a fresher stamp) when unchanged; 'missing' when it does
 * not exist. A trusted stamp whose size and mtime still match answers without reading (a focus change checks every open
 * sidecar) unless `hash`; otherwise the content hash decides, not the mtime: coarse clocks (network shares, FAT) can give
 * two writes the same mtime, and a touch without a change is not a change.
 */
export function changedOnDisk(file: string, known: Fingerprint | undefined, hash = false):
  { raw: string; fingerprint: Fingerprint; settled: boolean } | { same: Fingerprint } | 'missing' {
  if (known?.stamp?.trusted && !hash) {
    const st = statOf(file);
    if (!st) return 'missing';
    if (st.size === known.stamp.size && st.mtimeMs === known.stamp.mtimeMs) return { same: known };
  }
  const now = readWithFingerprint(file);
  if (!now) return 'missing';
  return known && now.fingerprint.sha256 === known.sha256 ? { same: now.fingerprint } : now;
}

/**
 * Writes via a temporary file in the same folder, flushed to disk, then renamed: a crash never leaves half a file. A
 * read-only sidecar is kept and one that is a symbolic link (into a shared folder) written through (replaceGuards).
 */
export function writeAtomic(link: string, data: string | Buffer): Fingerprint {
  refuseReadOnly(link);
  const file = writeTarget(link);
  const tmp = tempBeside(file);
  try {
    writeWhole(tmp, file, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* the temporary file was never created */ }
    throw namedForSidecar(e, tmp, file);
  }
  // Just written, so never trusted yet: the next check hashes once and takes a stamp it can trust.
  const st = statOf(file);
  return { sha256: hash(data), stamp: st && { ...st, trusted: false } };
}

const tempBeside = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);

/** All of `data` in `tmp`, flushed to disk; `file` names the failure. */
function writeWhole(tmp: string, file: string, data: string | Buffer): void {
  const fd = fs.openSync(tmp, 'w');
  try {
    // One write() may take part of the bytes (a disk filling up): the rest is written until all is, or it fails; a
    // short file renamed over the sidecar would replace every decision in it with a broken half.
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0, n = 1; at < bytes.length; at += n) {
      n = disk.writeSync(fd, bytes, at, bytes.length - at);
      if (n <= 0) throw Object.assign(new Error(`no space left to write ${file}`), { code: 'ENOSPC' });
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes `data` whole under the first of `names` that does not exist, never replacing one (two windows exiting at once
 * must not rename their copies over each other); the name taken, undefined when all are. A hard link of the complete
 * temporary file makes the name appear whole and fails if it exists; where links are refused (FAT, some shares) an
 * exclusive copy does the same but for atomicity.
 */
export function writeNew(names: string[], data: string | Buffer): string | undefined {
  if (!names.length) return undefined;
  const tmp = tempBeside(names[0]);
  try {
    writeWhole(tmp, names[0], data);
    for (const name of names) {
      try {
        try {
          fs.linkSync(tmp, name);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e;
          fs.copyFileSync(tmp, name, fs.constants.COPYFILE_EXCL);
        }
        return name;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw namedForSidecar(e, tmp, name);
      }
    }
    return undefined;
  } finally {
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
  }
}

/** The error of a failed write told in the sidecar's name, not the temporary file's the user never sees. */
function namedForSidecar(e: unknown, tmp: string, file: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.message !== 'string') return e;
  const folder = path.dirname(file);
  if (err.code === 'ENOENT' && !fs.existsSync(folder)) err.message = `the folder ${folder} does not exist, so ${path.basename(file)} cannot be written there`;
  else err.message = err.message.split(tmp).join(file);
  if (err.path === tmp) err.path = file;
  return err;
}
