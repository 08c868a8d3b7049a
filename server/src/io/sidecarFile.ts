// Sidecar file IO: atomic writes, and a content fingerprint (SHA-256) to notice another writer before overwriting.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { refuseReadOnly, writeTarget } from './replaceGuards';

/** What the file held when this process last read or wrote it. */
export interface Fingerprint { sha256: string }

const hash = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/** Reads the file with its fingerprint; undefined when it does not exist. */
export function readWithFingerprint(file: string): { raw: string; fingerprint: Fingerprint } | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return { raw: bytes.toString('utf8'), fingerprint: { sha256: hash(bytes) } };
}

/**
 * The file's content if it differs from `known`; 'same' when unchanged; 'missing' when it does not
 * exist. The content hash decides, not the mtime: coarse clocks (network shares, FAT) can give two
 * writes the same mtime, and a touch without a change is not a change. Sidecars are small.
 */
export function changedOnDisk(file: string, known: Fingerprint | undefined): { raw: string; fingerprint: Fingerprint } | 'same' | 'missing' {
  const now = readWithFingerprint(file);
  if (!now) return 'missing';
  return known && now.fingerprint.sha256 === known.sha256 ? 'same' : now;
}

/**
 * Writes via a temporary file in the same folder, flushed to disk, then renamed: a crash never leaves half a file. A
 * read-only sidecar is kept and one that is a symbolic link (into a shared folder) written through (replaceGuards).
 */
export function writeAtomic(link: string, data: string | Buffer): Fingerprint {
  refuseReadOnly(link);
  const file = writeTarget(link);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      if (typeof data === 'string') fs.writeSync(fd, data); else fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* the temporary file was never created */ }
    throw namedForSidecar(e, tmp, file);
  }
  return { sha256: hash(data) };
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
