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
