// Keeps each article's decisions in memory and in its sidecar file: saved at most SAVE_DELAY_MS after a change, merged with other writers, never lost.
import type { TextLike } from './engine/pieceText';
import { randomBytes } from 'crypto';
import { Decision, decisionProblem, makeDecision, orphan, refreshAnchors, shiftDecisions, shiftOrphans, LiveStatus } from './engine/decisions';
import { MergeConflict } from './engine/mergeDecisions';
import { reanchor } from './engine/reanchor';
import { localPath } from './io/fileUri';
import { writeAtomic } from './io/sidecarFile';
import { loadFromDisk, marksOf, serializeEntry, StoreEntry as Entry } from './sidecarMerge';
import { acceptDeletion, disabled, holds, mergeOtherWriter, pathsOf, rereadEntry, sidecarProblem } from './sidecarReread';

/** The first unsaved change is written this long after it, however many follow (the timer is never pushed back). */
export const SAVE_DELAY_MS = 500;

export interface SidecarEvents {
  /** The sidecar cannot be used (malformed, unknown version): annotation is disabled and the file left untouched. */
  error(uri: string, message: string): void;
  /** Annotation works but nothing can be saved beside this document (no local path). */
  unsaveable(uri: string, message: string): void;
  /** Decisions set aside as orphaned (kept in the file) because their text is gone. */
  orphaned(uri: string, decisions: Decision[], why: string): void;
  changed(uri: string): void;
  /** A write failed; decisions stay in memory and the write is retried on the next change. `prompt`: first failure of a run, or a retry the user asked for. */
  writeFailed(uri: string, file: string, message: string, prompt: boolean): void;
  /** A write succeeded after failures. */
  saved(uri: string, file: string): void;
  /** Another writer changed the file; its changes were merged into these. */
  merged(uri: string, fromThem: number, conflicts: MergeConflict[]): void;
  /** The sidecar was deleted on disk; the `held` decisions (with the article's date and review mark) are kept here. */
  deleted(uri: string, file: string, held: number): void;
}

export class SidecarStore {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly events: SidecarEvents) {}

  /** Loads the sidecar of a newly opened article and re-anchors its decisions; never writes. */
  open(uri: string, text: string): void {
    // Opened again while open (a client that re-sends didOpen): saved first, so a decision made in the last
    // SAVE_DELAY_MS is not dropped with the entry; kept in memory as a closed one if it cannot be saved.
    if (this.entries.get(uri)?.open) this.close(uri);
    const held = this.entries.get(uri);
    if (held && !held.open && held.dirty) {
      // Closed while its sidecar could not be written: the decisions were kept for this moment.
      const { kept, orphaned } = reanchor([...held.decisions, ...held.orphans], text);
      Object.assign(held, { decisions: kept, orphans: orphaned, text, open: true, history: [], future: [] });
      held.version++;
      return;
    }
    const where = localPath(uri);
    const file = 'path' in where ? `${where.path}.annotations.json` : undefined;
    const entry: Entry = { decisions: [], orphans: [], document: { path: '' }, extra: {}, base: [], dirty: false, file, text, version: 0, history: [], future: [], open: true };
    this.entries.set(uri, entry);
    if (!file) {
      if (uri.startsWith('file:') && 'reason' in where) this.events.unsaveable(uri, `Annotations of ${uri} cannot be saved: ${where.reason}. They are kept while the document stays open.`);
      return;
    }
    try {
      const newly = loadFromDisk(entry, file, text);
      if (newly.length) this.events.orphaned(uri, newly, 'the article changed outside the editor and their text is no longer there (or not in one unique place)');
    } catch (e) { entry.error = sidecarProblem(file, e); this.events.error(uri, disabled(entry.error)); }
  }

  /** Saves and forgets the article; if the save fails its decisions are kept for when it is reopened. */
  close(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    e.open = false;
    if (this.flush(uri)) this.entries.delete(uri);
  }

  /** Decisions placed in the text (orphans excluded). */
  decisions(uri: string): Decision[] {
    return this.entries.get(uri)?.decisions ?? [];
  }

  /** Changes whenever the decisions of `uri` change, so analyses can be re-merged. */
  version(uri: string): number {
    return this.entries.get(uri)?.version ?? 0;
  }

  error(uri: string): string | undefined {
    return this.entries.get(uri)?.error;
  }

  /** The last write error while the sidecar cannot be written. */
  writeError(uri: string): string | undefined {
    return this.entries.get(uri)?.failing;
  }

  /** The article's own date (`document.date`), set by the annotator: relative dates resolve against it. */
  documentDate(uri: string): string | undefined {
    const date = (this.entries.get(uri)?.document as { date?: unknown } | undefined)?.date;
    return typeof date === 'string' ? date : undefined;
  }

  setDocumentDate(uri: string, date: string | undefined): void {
    const e = this.entries.get(uri);
    if (!e) throw new Error('the document is not open');
    if (e.error) throw new Error(e.error);
    const next = { ...e.document };
    if (date) next.date = date; else delete next.date;
    e.document = next;
    this.changed(uri, e);
  }

  /** Whether the annotator marked the whole article reviewed (top-level `reviewed`): its remaining suggestions count as accepted for learning. */
  reviewed(uri: string): boolean {
    return this.entries.get(uri)?.extra.reviewed === true;
  }

  setReviewed(uri: string, reviewed: boolean): void {
    const e = this.entries.get(uri);
    if (!e) throw new Error('the document is not open');
    if (e.error) throw new Error(e.error);
    const { reviewed: _was, ...rest } = e.extra;
    void _was;
    e.extra = reviewed ? { ...rest, reviewed: true } : rest;
    this.changed(uri, e);
  }

  /** Applies a change to the decisions; throws (changing nothing) when annotation is disabled or a new decision is invalid. */
  update(uri: string, change: (ds: Decision[]) => Decision[]): void {
    const e = this.entries.get(uri);
    if (!e) throw new Error('the document is not open');
    if (e.error) throw new Error(e.error);
    const next = change(e.decisions);
    const old = new Set(e.decisions);
    for (const d of next) {
      const problem = old.has(d) ? undefined : decisionProblem(d);
      if (problem) throw new Error(`Refused: the annotation ${problem}.`);
    }
    e.history.push(e.decisions);
    if (e.history.length > 100) e.history.shift();
    e.future = [];
    e.decisions = next;
    this.changed(uri, e);
  }

  /** Reverts the last annotation command; false when there is nothing to undo. */
  undo(uri: string): boolean {
    return this.step(uri, 'history', 'future');
  }

  /** Re-applies the last undone command; false when there is nothing to redo. */
  redo(uri: string): boolean {
    return this.step(uri, 'future', 'history');
  }

  private step(uri: string, from: 'history' | 'future', to: 'history' | 'future'): boolean {
    const e = this.entries.get(uri);
    const target = e?.[from].pop();
    if (!e || !target || e.error) return false;
    e[to].push(e.decisions);
    e.decisions = target;
    this.changed(uri, e);
    return true;
  }

  private changed(uri: string, e: Entry): void {
    e.version++;
    this.markDirty(uri, e);
    this.events.changed(uri);
  }

  /** Starts the save timer on the first unsaved change only, so a stream of changes cannot postpone the write. */
  private markDirty(uri: string, e: Entry): void {
    e.dirty = true;
    if (!e.timer && e.file && !e.error) e.timer = setTimeout(() => { e.timer = undefined; this.flush(uri); }, SAVE_DELAY_MS);
  }

  /** New decision id: time-ordered and random, so ids from two writers of one file never collide. */
  nextId(uri: string): string {
    if (!this.entries.has(uri)) throw new Error('the document is not open');
    return `a${Date.now().toString(36)}${randomBytes(5).toString('hex')}`;
  }

  make(uri: string, text: string, span: Parameters<typeof makeDecision>[1], status: LiveStatus): Decision {
    return makeDecision(text, span, status, this.nextId(uri));
  }

  /** Moves decisions through one edit of the open document; decisions whose text was deleted become orphans. */
  edit(uri: string, from: number, to: number, inserted: number): void {
    const e = this.entries.get(uri);
    if (!e || e.error) return;
    e.history = [];
    e.future = [];
    if (e.orphans.length) e.orphans = shiftOrphans(e.orphans, from, to, inserted);
    if (!e.decisions.length) return;
    const { kept, removed } = shiftDecisions(e.decisions, from, to, inserted);
    e.decisions = kept;
    e.version++;
    this.markDirty(uri, e);
    if (!removed.length) return;
    const set = removed.map((d) => orphan(d));
    e.orphans = [...e.orphans, ...set];
    this.events.orphaned(uri, set, 'their text was deleted');
  }

  /** After edits, decisions carry the new text and context so they can be re-anchored later. */
  refresh(uri: string, text: TextLike): void {
    const e = this.entries.get(uri);
    if (!e) return;
    // Kept with a broken sidecar too: mended on disk, it is read against the text as it is now.
    e.text = text;
    if (!e.error) e.decisions = refreshAnchors(e.decisions, text);
  }

  /**
   * Puts back orphans whose text is again in one unique place (an undone deletion, a restored file); returns how many.
   * `text` is joined only when there are orphans to look for (TextLike: an open version's pieces).
   */
  reviveOrphans(uri: string, text: TextLike): number {
    const e = this.entries.get(uri);
    if (!e || e.error || !e.orphans.length) return 0;
    const { kept, orphaned } = reanchor(e.orphans, text.toString(), e.decisions);
    if (!kept.length) return 0;
    e.decisions = [...e.decisions, ...kept];
    e.orphans = orphaned;
    e.version++;
    this.markDirty(uri, e);
    return kept.length;
  }

  /** Removes orphans (all, or those with the given ids): the user's consent to lose them. */
  removeOrphans(uri: string, ids?: string[]): number {
    const e = this.entries.get(uri);
    if (!e || e.error) return 0;
    const before = e.orphans.length;
    e.orphans = ids ? e.orphans.filter((d) => !ids.includes(d.id)) : [];
    if (e.orphans.length !== before) this.changed(uri, e);
    return before - e.orphans.length;
  }

  /** Writes the sidecar if something changed, merging another writer's changes first; false (and an event) when it could not. */
  flush(uri: string, userRetry = false): boolean {
    const e = this.entries.get(uri);
    // Decisions held for a sidecar deleted on disk are owed to it at the next save, close or shutdown (as the warning
    // says), not only after another change: closing before answering must not drop them (no timer: the user is asked).
    if (e?.gone) e.dirty = true;
    if (!e || !e.dirty || e.error || !e.file) return true;
    clearTimeout(e.timer);
    e.timer = undefined;
    try {
      const exists = mergeOtherWriter(uri, e, e.file, this.events);
      const all = [...e.decisions, ...e.orphans];
      if (!all.length && !exists && e.document.date === undefined && e.extra.reviewed === undefined) { e.dirty = false; return true; }
      e.fingerprint = writeAtomic(e.file, serializeEntry(e, e.file, all));
      e.base = all;
      e.synced = marksOf(e);
      e.dirty = false;
      e.gone = false;
      if (e.failing) { e.failing = undefined; this.events.saved(uri, e.file); }
      return true;
    } catch (err) {
      const prompt = !e.failing || userRetry;
      e.failing = (err as Error).message;
      this.events.writeFailed(uri, e.file, e.failing, prompt);
      return false;
    }
  }

  /** Tries the write again now (the user chose Retry). */
  retry(uri: string): boolean {
    const e = this.entries.get(uri);
    if (e) e.dirty = true;
    return this.flush(uri, true);
  }

  /** Writes a copy of the decisions to `target` (Save As…); the sidecar beside the article is still retried on the next change. */
  saveCopy(uri: string, target: string): number {
    const e = this.entries.get(uri);
    if (!e) throw new Error('the document is not open');
    const all = [...e.decisions, ...e.orphans];
    writeAtomic(target, serializeEntry(e, e.file!, all));
    return all.length;
  }

  flushAll(): void {
    for (const uri of this.entries.keys()) this.flush(uri);
  }

  /** Files changed, made or deleted on disk (a watcher's URIs): each open article whose sidecar is one of them, or in one, is read again. */
  filesChanged(uris: string[]): void {
    const paths = pathsOf(uris);
    for (const [uri, e] of this.entries) if (e.open && e.file && paths.some((p) => holds(p, e.file!))) rereadEntry(uri, e, this.events);
  }

  /**
   * The article was saved: its sidecar is written if something is owed to it (the write merges another writer's changes
   * first, reading the file once), else read again in case another writer changed it and no watcher told.
   */
  saved(uri: string): void {
    const e = this.entries.get(uri);
    if (e && !e.gone && (!e.dirty || e.error)) this.reread(uri);
    this.flush(uri);
  }

  /** Reads the sidecar of an open article (every one without `uri`) again in case another writer changed it, when no watcher tells. */
  reread(uri?: string): void {
    for (const [u, e] of this.entries) if (e.open && (uri === undefined || u === uri)) rereadEntry(u, e, this.events);
  }

  /** Drops the decisions kept for a sidecar deleted on disk (the user agreed); false if the file is back or was written since. */
  acceptDeletion(uri: string): boolean {
    const e = this.entries.get(uri);
    if (!e || !acceptDeletion(e)) return false;
    this.events.changed(uri);
    return true;
  }
}
