// An open article's sidecar changed on disk (another window, Neovim, a synced teammate): read again and merged with the decisions here.
import * as path from 'path';
import { SidecarError } from './engine/sidecarSchema';
import { localPath } from './io/fileUri';
import { loadFromDisk, mergeFromDisk, StillChanging, StoreEntry } from './sidecarMerge';
import type { SidecarEvents } from './sidecarFiles';

/** Merges another writer's changes into `e` (see sidecarMerge) and tells the listeners; returns whether the file exists. */
export function mergeOtherWriter(uri: string, e: StoreEntry, file: string, events: SidecarEvents, beforeWrite = false): boolean {
  const { exists, merged } = mergeFromDisk(e, file, beforeWrite);
  if (!merged) return exists;
  events.changed(uri);
  if (merged.fromThem || merged.conflicts.length) events.merged(uri, merged.fromThem, merged.conflicts);
  return exists;
}

/** Why a sidecar cannot be used, as the user reads it: the file, the line when known, the reason. */
export function sidecarProblem(file: string, err: unknown): string {
  const line = err instanceof SidecarError && err.line ? `:${err.line}` : '';
  return `${file}${line}: ${(err as Error).message}`;
}

const fold = (p: string) => (process.platform === 'win32' ? path.resolve(p).toLowerCase() : path.resolve(p));

/**
 * The open entries whose sidecar a watcher's URIs name, or a folder holding it (a folder's deletion is one event for the
 * folder). Each sidecar is filed under its path and its folders', so a checkout of many files costs one look-up per path,
 * not one comparison per path and open article. Other schemes have no sidecar here.
 */
export function watchedEntries<E extends { file?: string; open: boolean }>(entries: Map<string, E>, uris: string[]): Array<[string, E]> {
  const index = new Map<string, Array<[string, E]>>();
  for (const [uri, e] of entries) {
    if (!e.open || !e.file) continue;
    for (let p = fold(e.file), up = path.dirname(p); ; p = up, up = path.dirname(p)) {
      const here = index.get(p);
      if (here) here.push([uri, e]);
      else index.set(p, [[uri, e]]);
      if (up === p) break;
    }
  }
  const found = new Map<string, E>();
  for (const u of uris) {
    const where = localPath(u);
    if ('path' in where) for (const [uri, e] of index.get(fold(where.path)) ?? []) found.set(uri, e);
  }
  return [...found];
}

/**
 * Reads the sidecar of open entry `e` again after another writer changed or deleted it. Their decisions are merged with
 * these by id, as before a write: nothing of either side is lost, unsaved decisions here stay unsaved (the store's timer
 * writes them), a span both changed is told. A file that cannot be read is told as a failed write is, and not overwritten;
 * a deleted one does not count as "no decisions" while decisions are held here: they are kept and the user is asked.
 */
export function rereadEntry(uri: string, e: StoreEntry, events: SidecarEvents): void {
  const file = e.file;
  if (!file) return;
  if (e.error) { repair(uri, e, file, events); return; }
  let exists: boolean;
  try {
    exists = mergeOtherWriter(uri, e, file, events);
  } catch (err) {
    // Caught mid-write by a tool that writes in place: its next change event reads the whole file.
    if (err instanceof StillChanging) return;
    // The write path's report (Retry merges again), first time only; the decisions stay here.
    const prompt = !e.failing;
    e.failing = (err as Error).message;
    events.writeFailed(uri, file, e.failing, prompt);
    return;
  }
  if (exists) {
    // Back after a deletion: the merge (against no base) kept what is held here beside theirs, which the file lacks: owed
    // to it at the next save or close, or the article closed now would drop what the user sees.
    if (e.gone) e.dirty = true;
    e.gone = false;
    // The unreadable file was fixed and nothing here waits to be written: nothing is unsaved any more.
    if (e.failing && !e.dirty) e.failing = undefined;
    return;
  }
  const held = e.decisions.length + e.orphans.length;
  // A file never read nor written here (nothing saved yet) was not deleted; one already told of has no fingerprint either.
  const known = e.fingerprint !== undefined;
  // Their deletion is no decision about these: when a file comes back, everything held here is new to it (kept by the merge).
  e.base = [];
  e.synced = undefined;
  e.fingerprint = undefined;
  if (!known || (!held && e.document.date === undefined && e.extra.reviewed === undefined)) return;
  e.gone = true;
  events.deleted(uri, file, held);
}

/** The user's consent to the deletion: the decisions held for a deleted sidecar are dropped; false if it is back meanwhile. */
export function acceptDeletion(e: StoreEntry): boolean {
  if (!e.gone) return false;
  clearTimeout(e.timer);
  Object.assign(e, { decisions: [], orphans: [], document: { path: '' }, extra: {}, history: [], future: [], dirty: false, timer: undefined, failing: undefined, gone: false });
  e.version++;
  return true;
}

/** A sidecar that disabled annotation, changed on disk: read as at open; annotation works again once it is valid (or gone). */
function repair(uri: string, e: StoreEntry, file: string, events: SidecarEvents): void {
  let newly;
  try {
    newly = loadFromDisk(e, file, e.text.toString());
  } catch (err) {
    if (err instanceof StillChanging) return;
    const problem = sidecarProblem(file, err);
    if (problem !== e.error) { e.error = problem; events.error(uri, disabled(problem)); }
    return;
  }
  e.error = undefined;
  e.version++;
  events.changed(uri);
  if (newly.length) events.orphaned(uri, newly, 'their text is not in the article (or not in one unique place)');
}

/** The message of a sidecar that disables annotation. */
export const disabled = (problem: string) => `Annotations disabled for this article until its sidecar is fixed (the file is left untouched): ${problem}`;
