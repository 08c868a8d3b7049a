// An article opened with no sidecar: a sidecar in its folder whose own article is missing and whose decisions are this article's text (left by a rename that failed, then a kill) is found to be offered; adopted only when the user asks.
import * as fs from 'fs';
import * as path from 'path';
import { parseSidecar } from './engine/sidecarSchema';

const SUFFIX = '.annotations.json';
/** A larger file is not read to guess whose it is: an open costs one listing and a few small reads, whatever the folder holds. */
export const STRAY_MAX_BYTES = 2 * 1024 * 1024;
/** Candidates read at most per open: a folder of many sidecars beside no article still costs a bounded number of reads. */
export const STRAY_MAX_READS = 20;

/** The article a sidecar belongs to, by its name. */
const articleOf = (sidecar: string) => sidecar.slice(0, -SUFFIX.length);

/**
 * The sidecars beside `file` (the article's own sidecar path, which does not exist) that belong to no article and whose
 * placed decisions' texts are all in `text`: one directory listing, candidates under STRAY_MAX_BYTES, never outside the folder.
 */
export function straySidecars(file: string, text: string): string[] {
  const dir = path.dirname(file);
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return []; }
  // Whose article is missing is read off the same listing: a folder of thousands of sidecars costs no look per file.
  const listed = new Set(names);
  const found: string[] = [];
  let reads = 0;
  for (const name of names.filter((n) => n.endsWith(SUFFIX) && n !== path.basename(file) && !listed.has(articleOf(n))).sort()) {
    if (reads >= STRAY_MAX_READS) break;
    const candidate = path.join(dir, name);
    try {
      const st = fs.statSync(candidate);
      if (!st.isFile() || st.size > STRAY_MAX_BYTES) continue;
      reads++;
      // Orphans are text the article no longer has by definition: only placed decisions say whose the file is.
      const placed = parseSidecar(fs.readFileSync(candidate, 'utf8')).decisions.filter((d) => d.status !== 'orphaned');
      if (placed.length && placed.every((d) => text.includes(d.text))) found.push(candidate);
    } catch { /* unreadable or not a sidecar: not offered */ }
  }
  return found;
}

/**
 * Renames `stray` to `file` (the article's sidecar path, in the same folder): never over a file (a hard link fails if the
 * name is taken, atomically; where links are refused, an exclusive copy), and only while the stray still belongs to no article.
 */
export function adoptStray(stray: string, file: string): void {
  if (path.dirname(stray) !== path.dirname(file) || !stray.endsWith(SUFFIX)) throw new Error(`${stray} is not beside the article`);
  if (fs.existsSync(articleOf(stray))) throw new Error(`${path.basename(articleOf(stray))} exists again, so ${stray} is its sidecar`);
  try {
    fs.linkSync(stray, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`${file} exists now; compare the two and keep what you need`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
    fs.copyFileSync(stray, file, fs.constants.COPYFILE_EXCL);
  }
  fs.unlinkSync(stray);
}
