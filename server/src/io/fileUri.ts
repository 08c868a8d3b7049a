// Maps a document URI to a local file path without throwing: remote hosts and encoded slashes have none.
import { fileURLToPath } from 'url';

/** The local path of a `file:` URI, or why there is none (`file://host/…`, `%2F` in a path, another scheme). */
export function localPath(uri: string): { path: string } | { reason: string } {
  if (!uri.startsWith('file:')) return { reason: `not a file on disk (${uri.split(':')[0]}:)` };
  try {
    return { path: fileURLToPath(uri) };
  } catch (e) {
    return { reason: `its address cannot be mapped to a local file (${(e as Error).message})` };
  }
}

/**
 * The path an export of `uri` names its files after (and records as the article's path): the local path of a
 * `file:` URI, else the last segment of its path (`untitled:Untitled-1` → `Untitled-1`), never a string with a
 * scheme's colon in it (on Windows `untitled:Untitled-1.json` writes an alternate data stream of a file `untitled`).
 */
export function exportPath(uri: string): string {
  const local = localPath(uri);
  if ('path' in local) return local.path;
  let segment: string;
  try {
    segment = decodeURIComponent(new URL(uri).pathname.split('/').filter(Boolean).at(-1) ?? '');
  } catch {
    segment = uri.slice(uri.indexOf(':') + 1).split('/').filter(Boolean).at(-1) ?? '';
  }
  const name = Array.from(segment, (c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').replace(/^\.+$/, '');
  return name || 'untitled';
}
