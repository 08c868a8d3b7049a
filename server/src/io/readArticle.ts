// Reads an article from disk, refusing binary, non-UTF-8 and oversized input with a clear reason.
import * as crypto from 'crypto';
import * as fs from 'fs';

/** Above this an article is refused: analysis would stall an editor and no news article is this long. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export interface Article { text: string; sha256: string }

export class ArticleError extends Error {}

/** Validates raw bytes as an article; throws ArticleError naming what is wrong. */
export function decodeArticle(bytes: Buffer): Article {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleError(`file is too large (${(bytes.length / 1e6).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1e6} MB)`);
  if (bytes.subarray(0, 8192).includes(0)) throw new ArticleError('file looks binary (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError('file is not valid UTF-8');
  }
  // Offsets refer to the file exactly as stored, so BOM and CRLF are kept.
  return { text, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
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

/** Writes via a temporary file and rename, so a crash never leaves a half-written file. */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}
