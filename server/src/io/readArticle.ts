// Reads an article from disk (UTF-8, or UTF-16 with a BOM), refusing binary and oversized input with a clear reason.
import * as crypto from 'crypto';
import * as fs from 'fs';
import { refuseReadOnly, writeTarget } from './replaceGuards';

/** Above this an article is refused: analysis would stall an editor and no news article is this long. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export interface Article { text: string; sha256: string }

export class ArticleError extends Error {}

/**
 * NUL bytes only at odd (UTF-16LE) or only at even (UTF-16BE) positions: text in UTF-16 without a BOM. Not when the
 * bytes are UTF-8 with letters beyond ASCII (Arabic's D8/D9 lead bytes): UTF-16 text is almost never that, and a stray
 * NUL in a UTF-8 article (a scraper's) was reported as UTF-16BE, with an iconv line that garbles the file.
 */
function looksUtf16(head: Buffer): 'le' | 'be' | undefined {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) { if (i % 2) odd++; else even++; }
  if (odd && even) return undefined;
  if (head.some((b) => b >= 0x80) && validUtf8(head)) return undefined;
  return odd ? 'le' : even ? 'be' : undefined;
}

/** `head` decodes as UTF-8, a character cut by its end allowed. */
function validUtf8(head: Buffer): boolean {
  // A cut character ends in at most 3 bytes of an unfinished sequence: drop them when they are one.
  let end = head.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = head[end - k];
    if (b < 0x80) break;
    if (b >= 0xC0) { end -= k; break; }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

const CONVERT = 'convert it to UTF-8 first, e.g. `iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt`';

/**
 * Validates raw bytes as an article; throws ArticleError naming what is wrong. UTF-8 (with or
 * without BOM) and UTF-16 with a BOM are read; the BOM is not part of the text, so offsets count
 * from the first character after it (Python: `encoding='utf-8-sig'` or `'utf-16'`). Line ends are
 * kept as stored.
 */
export function decodeArticle(bytes: Buffer): Article {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleError(`file is too large (${(bytes.length / 1e6).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1e6} MB)`);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const utf16 = bytes[0] === 0xFF && bytes[1] === 0xFE ? 'le' : bytes[0] === 0xFE && bytes[1] === 0xFF ? 'be' : undefined;
  if (utf16) {
    try {
      return { text: new TextDecoder(`utf-16${utf16}`, { fatal: true }).decode(bytes), sha256 };
    } catch {
      throw new ArticleError(`file starts with a UTF-16${utf16.toUpperCase()} byte-order mark but is not valid UTF-16; ${CONVERT}`);
    }
  }
  // The whole file is searched (memchr-fast): a NUL past the first 8 KB was let through into the analysis and the exports.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const head = bytes.subarray(0, 8192);
    const guess = nul < head.length ? looksUtf16(head) : undefined;
    if (guess) throw new ArticleError(`file looks like UTF-16${guess.toUpperCase()} without a byte-order mark; ${CONVERT.replace('UTF-16', `UTF-16${guess.toUpperCase()}`)}`);
    throw new ArticleError(`file looks binary (contains NUL bytes, the first at byte ${nul})`);
  }
  try {
    // TextDecoder drops a leading BOM (ignoreBOM: false), as the editor does.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), sha256 };
  } catch {
    throw new ArticleError('file is not valid UTF-8');
  }
}

export function readArticle(file: string): Article {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ArticleError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(e as Error).message}`);
  }
  return decodeArticle(bytes);
}

/**
 * Writes via a temporary file and rename, so a crash never leaves a half-written file; a read-only output is kept and a
 * symbolic link written through (replaceGuards).
 */
export function writeFileAtomic(link: string, data: string | Iterable<string>): void {
  refuseReadOnly(link, 'the file');
  const file = writeTarget(link);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  if (typeof data === 'string') fs.writeFileSync(tmp, data);
  else {
    // In parts: a large export is never one string nor one buffer (the parts may be made as they are written).
    const fd = fs.openSync(tmp, 'w');
    try {
      for (const part of data) {
        const bytes = Buffer.from(part, 'utf8');
        for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at);
      }
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
