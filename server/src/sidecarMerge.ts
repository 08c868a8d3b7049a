// A store entry against its sidecar on disk: the state read at open (the merge base), another writer's changes folded in before a write, and what is written.
import type { TextLike } from './engine/pieceText';
import * as path from 'path';
import { Decision } from './engine/decisions';
import { reanchor } from './engine/reanchor';
import { mergeDecisions, MergeConflict, rebaseSnapshots } from './engine/mergeDecisions';
import { parseSidecar, serializeSidecar, Sidecar, SIDECAR_SCHEMA } from './engine/sidecarSchema';
import { changedOnDisk, Fingerprint, readWithFingerprint } from './io/sidecarFile';

/** The part of a store entry a merge reads and replaces. */
export interface MergeState {
  /** Decisions placed in the text (accepted, rejected, manual). */
  decisions: Decision[];
  /** Decisions whose text is gone: kept, written back, revived when their text returns. */
  orphans: Decision[];
  document: Sidecar['document'];
  extra: Record<string, unknown>;
  /** The decisions as last read from or written to disk: the common ancestor for merging. */
  base: Decision[];
  fingerprint?: Fingerprint;
  /** The open version's text: an edit's is its pieces, joined only when a merge reads it. */
  text: TextLike;
  version: number;
  /** Decisions before each annotation command, for undo; cleared by text edits (offsets would be stale), rebased on another writer's change. */
  history: Decision[][];
  /** Decisions taken back by undo, for redo; cleared by any new command or edit. */
  future: Decision[][];
  /** Reads in a row that found the file half-written by another tool (see StillChanging). */
  unsettled?: number;
  /** The article's date and review mark as last read from or written to disk (none before): which side changed them. */
  synced?: Marks;
}

/** The article's own date and its review mark: set by the annotator, merged as decisions are (the side that changed them). */
export interface Marks { date?: unknown; reviewed?: unknown }
export const marksOf = (e: { document: Sidecar['document']; extra: Record<string, unknown> }): Marks => ({ date: e.document.date, reviewed: e.extra.reviewed });

/** A store entry: the merge's state plus what only the store tracks. */
export interface StoreEntry extends MergeState {
  /** Set when the sidecar is malformed: annotation is disabled for the article and the file is never written. */
  error?: string;
  dirty: boolean;
  file?: string;
  timer?: NodeJS.Timeout;
  /** The look at a sidecar caught mid-write once its writer has had time to finish (see SidecarFiles.lookAgain). */
  recheck?: NodeJS.Timeout;
  /** The last write error, while writes keep failing. */
  failing?: string;
  open: boolean;
  /** The sidecar was deleted on disk while decisions were held here: told once, until it is written or back. */
  gone?: boolean;
}

/**
 * Reads the sidecar into `e` and re-anchors its decisions in `text`; returns the decisions orphaned by this
 * reading (not those the file already kept as orphans). Throws on a malformed file (StillChanging while it is being
 * written); nothing is written.
 */
export function loadFromDisk(e: MergeState, file: string, text: string): Decision[] {
  const read = readWithFingerprint(file);
  if (!read) return [];
  let sidecar: Sidecar;
  try {
    sidecar = parseSidecar(read.raw);
  } catch (err) {
    if (midWrite(e, file, read)) throw new StillChanging();
    throw err;
  }
  e.unsettled = undefined;
  const ds = sidecar.decisions;
  Object.assign(e, { document: sidecar.document, extra: sidecar.extra ?? {}, base: ds, fingerprint: read.fingerprint });
  e.synced = marksOf(e);
  const { kept, orphaned } = reanchor(ds, text);
  e.decisions = kept;
  e.orphans = orphaned;
  const already = new Set(ds.filter((d) => d.status === 'orphaned').map((d) => d.id));
  return orphaned.filter((d) => !already.has(d.id));
}

/** The file records the article by its base name, so the pair can move together to another folder. */
export function serializeEntry(e: { document: Sidecar['document']; extra: Record<string, unknown> }, file: string, decisions: Decision[]): string {
  const article = path.basename(file.replace(/\.annotations\.json$/, ''));
  return serializeSidecar({ schema: SIDECAR_SCHEMA, document: { ...e.document, path: article }, decisions, extra: e.extra });
}

/** How many reads in a row may find the sidecar still being written before its parse error is told. */
export const SETTLE_TRIES = 3;

/**
 * The file failed to parse while another tool was still writing it in place (it moved during the read, or a second read
 * right after differs): not reported as malformed; it is read again on the next event, SETTLE_TRIES times at most.
 */
export class StillChanging extends Error {
  constructor() { super('another program is still writing it'); }
}

/**
 * Whether a read that failed to parse caught the file mid-write, counting the tries (a file that stays broken is told).
 * `paused`: a file read well before, now broken and changed under MTIME_TRUST_MS ago, counts as mid-write too: a writer
 * that stopped between two chunks leaves it still for a moment, and the store looks again once that time has passed.
 */
function midWrite(e: MergeState, file: string, read: { settled: boolean; fingerprint: Fingerprint }, paused = false): boolean {
  const moving = !read.settled || (paused && !read.fingerprint.stamp?.trusted) || readWithFingerprint(file)?.fingerprint.sha256 !== read.fingerprint.sha256;
  if (moving && (e.unsettled ?? 0) < SETTLE_TRIES) { e.unsettled = (e.unsettled ?? 0) + 1; return true; }
  e.unsettled = undefined;
  return false;
}

/**
 * If another writer changed the file since it was last read or written here, merges its decisions into `e`
 * (bumping its version); `merged` is set when that happened, so the store can tell its listeners.
 * Throws, leaving the file alone, when the other writer's file cannot be read (StillChanging while it is being written).
 */
export function mergeFromDisk(e: MergeState, file: string, beforeWrite = false): { exists: boolean; merged?: { fromThem: number; conflicts: MergeConflict[] } } {
  // Before a write the content decides, never the stamp: a sync client or `cp -p` can bring their same-size change with
  // an old mtime, and a write that trusted it would overwrite their decisions. One small read per save.
  const now = changedOnDisk(file, e.fingerprint, beforeWrite);
  if (now === 'missing') { e.unsettled = undefined; return { exists: false }; }
  if ('same' in now) { e.fingerprint = now.same; e.unsettled = undefined; return { exists: true }; }
  let theirs: Sidecar;
  try {
    theirs = parseSidecar(now.raw);
  } catch (err) {
    if (midWrite(e, file, now, true)) throw new StillChanging();
    throw new Error(`${file} was changed on disk and cannot be read (${(err as Error).message}); it is not overwritten. Fix it, then Retry`);
  }
  e.unsettled = undefined;
  const disk = theirs.decisions;
  const text = e.text.toString();
  const merged = mergeDecisions(e.base, [...e.decisions, ...e.orphans], disk, text);
  // The article's date and review mark: this side's when changed here since the file was last read or written (a mark
  // set a moment ago and not yet saved), else the other writer's (a date they corrected is not put back).
  const [was, mine] = [e.synced ?? {}, marksOf(e)];
  const { date: theirDate, ...document } = theirs.document;
  const { reviewed: theirReviewed, ...extra } = theirs.extra ?? {};
  const date = mine.date !== was.date ? mine.date : theirDate;
  const reviewed = mine.reviewed !== was.reviewed ? mine.reviewed : theirReviewed;
  Object.assign(e, {
    decisions: merged.decisions.filter((d) => d.status !== 'orphaned'), orphans: merged.decisions.filter((d) => d.status === 'orphaned'),
    document: date === undefined ? document : { ...document, date }, extra: reviewed === undefined ? extra : { ...extra, reviewed },
    base: disk, synced: { date: theirDate, reviewed: theirReviewed }, fingerprint: now.fingerprint,
    history: rebaseSnapshots(e.history, e.base, disk, text), future: rebaseSnapshots(e.future, e.base, disk, text),
  });
  e.version++;
  return { exists: true, merged: { fromThem: merged.fromThem, conflicts: merged.conflicts } };
}
