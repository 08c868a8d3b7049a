// A store entry against its sidecar on disk: the state read at open (the merge base), another writer's changes folded in before a write, and what is written.
import type { TextLike } from './engine/pieceText';
import * as path from 'path';
import { Decision } from './engine/decisions';
import { reanchor } from './engine/reanchor';
import { mergeDecisions, MergeConflict } from './engine/mergeDecisions';
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
  /** Decisions before each annotation command, for undo; cleared by text edits (offsets would be stale). */
  history: Decision[][];
  /** Decisions taken back by undo, for redo; cleared by any new command or edit. */
  future: Decision[][];
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
  /** The last write error, while writes keep failing. */
  failing?: string;
  open: boolean;
  /** The sidecar was deleted on disk while decisions were held here: told once, until it is written or back. */
  gone?: boolean;
}

/**
 * Reads the sidecar into `e` and re-anchors its decisions in `text`; returns the decisions orphaned by this
 * reading (not those the file already kept as orphans). Throws on a malformed file; nothing is written.
 */
export function loadFromDisk(e: MergeState, file: string, text: string): Decision[] {
  const read = readWithFingerprint(file);
  if (!read) return [];
  const sidecar = parseSidecar(read.raw);
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

/**
 * If another writer changed the file since it was last read or written here, merges its decisions into `e`
 * (bumping its version); `merged` is set when that happened, so the store can tell its listeners.
 * Throws, leaving the file alone, when the other writer's file cannot be read.
 */
export function mergeFromDisk(e: MergeState, file: string): { exists: boolean; merged?: { fromThem: number; conflicts: MergeConflict[] } } {
  const now = changedOnDisk(file, e.fingerprint);
  if (now === 'same') return { exists: true };
  if (now === 'missing') return { exists: false };
  let theirs: Sidecar;
  try {
    theirs = parseSidecar(now.raw);
  } catch (err) {
    throw new Error(`${file} was changed on disk and cannot be read (${(err as Error).message}); it is not overwritten. Fix it, then Retry`);
  }
  const disk = theirs.decisions;
  const merged = mergeDecisions(e.base, [...e.decisions, ...e.orphans], disk, e.text.toString());
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
    base: disk, synced: { date: theirDate, reviewed: theirReviewed }, fingerprint: now.fingerprint, history: [], future: [],
  });
  e.version++;
  return { exists: true, merged: { fromThem: merged.fromThem, conflicts: merged.conflicts } };
}
