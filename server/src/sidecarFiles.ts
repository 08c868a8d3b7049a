// The sidecar side of the store: each open article's entry loaded from its file, written back at most SAVE_DELAY_MS after a change, read again when another writer changes it.
import * as fs from 'fs';
import * as path from 'path';
import { MergeConflict } from './engine/mergeDecisions';
import { parseSidecar } from './engine/sidecarSchema';
import { Decision } from './engine/decisions';
import { reanchor } from './engine/reanchor';
import { localPath } from './io/fileUri';
import { disk, MTIME_TRUST_MS, writeAtomic, writeNew } from './io/sidecarFile';
import { loadFromDisk, marksOf, serializeEntry, SETTLE_TRIES, StillChanging, StoreEntry as Entry } from './sidecarMerge';
import { straySidecars } from './straySidecars';
import { acceptDeletion, disabled, mergeOtherWriter, rereadEntry, sidecarProblem, watchedEntries } from './sidecarReread';

/** The first unsaved change is written this long after it, however many follow (the timer is never pushed back). */
export const SAVE_DELAY_MS = 500;
/**
 * When a sidecar caught mid-write is looked at again. A little past MTIME_TRUST_MS: the clock reads whole milliseconds
 * and an mtime carries fractions, so a look at exactly MTIME_TRUST_MS can find the change still "under" it and wait once more.
 */
export const RECHECK_MS = MTIME_TRUST_MS + 100;

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
  /** Decisions the sidecar could not take when the server last stopped are in `copy` (a sidecar), beside it. */
  rescued(uri: string, copy: string): void;
  /** Opened with no sidecar: `stray`, beside it and belonging to no article, holds decisions on its text (straySidecars). */
  stray(uri: string, stray: string, file: string): void;
}

/** Beside the sidecar: the decisions it could not take at shutdown, so exiting never drops them unsaid. */
export const RESCUE_SUFFIX = '.unsaved';
/**
 * The rescue copies' names, first `.unsaved`: an earlier copy that cannot be read (the user was editing it, as the warning
 * asks) is never replaced, the next name is taken instead; bounded, so a folder of broken copies costs a few looks.
 */
export const rescueCopies = (file: string): string[] => Array.from({ length: 9 }, (_, n) => file + RESCUE_SUFFIX + (n ? `-${n + 1}` : ''));

export class SidecarFiles {
  protected readonly entries = new Map<string, Entry>();
  /** Whether an article's writes follow a rename not yet seen done or failed (answered by sidecarRename's RenameChecks). */
  renaming: (uri: string) => boolean = () => false;
  constructor(protected readonly events: SidecarEvents) {}

  /** Loads the sidecar of a newly opened article and re-anchors its decisions; never writes. */
  open(uri: string, text: string): void {
    // Opened again while open (a client that re-sends didOpen): saved first, so a decision made in the last
    // SAVE_DELAY_MS is not dropped with the entry; kept in memory as a closed one if it cannot be saved.
    if (this.entries.get(uri)?.open) this.close(uri);
    const where = localPath(uri);
    const file = 'path' in where ? `${where.path}.annotations.json` : undefined;
    const held = this.entries.get(uri) ?? this.renamedHere(uri, file);
    if (held && !held.open && held.dirty) {
      // Closed while its sidecar could not be written: the decisions were kept for this moment.
      const { kept, orphaned } = reanchor([...held.decisions, ...held.orphans], text);
      Object.assign(held, { decisions: kept, orphans: orphaned, text, open: true, history: [], future: [] });
      held.version++;
      return;
    }
    const entry: Entry = { decisions: [], orphans: [], document: { path: '' }, extra: {}, base: [], dirty: false, file, text, version: 0, history: [], future: [], open: true };
    this.entries.set(uri, entry);
    if (!file) {
      if (uri.startsWith('file:') && 'reason' in where) this.events.unsaveable(uri, `Annotations of ${uri} cannot be saved: ${where.reason}. They are kept while the document stays open.`);
      return;
    }
    for (const copy of rescueCopies(file)) if (fs.existsSync(copy)) this.events.rescued(uri, copy);
    try {
      const newly = loadFromDisk(entry, file, text);
      if (newly.length) this.events.orphaned(uri, newly, 'the article changed outside the editor and their text is no longer there (or not in one unique place)');
    } catch (e) { entry.error = sidecarProblem(file, e); this.events.error(uri, disabled(entry.error)); }
    if (!entry.fingerprint && !entry.error) for (const stray of straySidecars(file, text)) this.events.stray(uri, stray, file);
    this.lookAgain(uri, entry);
  }

  /**
   * A sidecar caught mid-write is read again when its writer's next change comes; a writer that paused or died sends none,
   * so it is also read again once its change is MTIME_TRUST_MS old (RECHECK_MS): then it is merged, or told as broken (never neither).
   */
  private lookAgain(uri: string, e: Entry): void {
    if (!e.unsettled || e.recheck) return;
    e.recheck = setTimeout(() => {
      e.recheck = undefined;
      if (this.entries.get(uri) === e && e.open) this.rereadOne(uri, e);
    }, RECHECK_MS);
    e.recheck.unref?.();
  }

  private rereadOne(uri: string, e: Entry): void {
    rereadEntry(uri, e, this.events);
    this.lookAgain(uri, e);
  }

  /** Saves and forgets the article; if the save fails its decisions are kept for when it is reopened. */
  close(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    e.open = false;
    // A look again at a sidecar caught mid-write is for an open article: a closed one's write reads the file itself.
    clearTimeout(e.recheck);
    e.recheck = undefined;
    if (this.flush(uri)) { this.entries.delete(uri); return; }
    // Renamed while its sidecar could not be written, the new name already open (the editor opens it before closing the
    // old): what is owed goes to it, else it would wait under a name no one opens again, unseen until exit.
    const heir = [...this.entries].find(([other, t]) => other !== uri && t.open && !t.error && t.file === e.file);
    if (!heir) return;
    const [to, t] = heir;
    clearTimeout(e.timer);
    const { kept, orphaned } = reanchor([...e.decisions, ...e.orphans], t.text.toString());
    Object.assign(t, { decisions: kept, orphans: orphaned });
    t.version++;
    this.entries.delete(uri);
    this.markDirty(to, t);
    this.events.changed(to);
  }

  /** A closed entry owing its decisions to `file` under another name (renamed in the editor while its writes failed): now this one's. */
  private renamedHere(uri: string, file: string | undefined): Entry | undefined {
    const found = file === undefined ? undefined : [...this.entries].find(([, e]) => !e.open && e.dirty && e.file === file);
    if (!found) return undefined;
    this.entries.delete(found[0]);
    this.entries.set(uri, found[1]);
    return found[1];
  }

  error(uri: string): string | undefined {
    return this.entries.get(uri)?.error;
  }

  /** The last write error while the sidecar cannot be written. */
  writeError(uri: string): string | undefined {
    return this.entries.get(uri)?.failing;
  }

  /** Starts the save timer on the first unsaved change only, so a stream of changes cannot postpone the write. */
  protected markDirty(uri: string, e: Entry): void {
    e.dirty = true;
    // A closed article's entry stays only while its decisions are owed to the file: gone once written.
    if (!e.timer && e.file && !e.error) e.timer = setTimeout(() => { e.timer = undefined; if (this.flush(uri) && !e.open && this.entries.get(uri) === e) this.entries.delete(uri); }, SAVE_DELAY_MS);
  }

  /** Writes the sidecar if something changed, merging another writer's changes first; false (and an event) when it could not. */
  flush(uri: string, userRetry = false): boolean {
    const e = this.entries.get(uri);
    // Decisions held for a sidecar deleted on disk are owed to it at the next save, close or shutdown (as the warning
    // says), not only after another change: closing before answering must not drop them (no timer: the user is asked).
    if (e?.gone) e.dirty = true;
    if (!e || !e.dirty || e.error || !e.file) return true;
    // Its folder's rename is approved but not done yet (or failed: its close, open or the shutdown decides): no failure to tell.
    if (this.renaming(uri) && !fs.existsSync(path.dirname(e.file))) { clearTimeout(e.timer); e.timer = undefined; this.markDirty(uri, e); return false; }
    clearTimeout(e.timer);
    e.timer = undefined;
    try {
      const exists = mergeOtherWriter(uri, e, e.file, this.events, true);
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
      // Another tool is still writing the file in place: nothing written, tried again after SAVE_DELAY_MS (a bounded number of times).
      if (err instanceof StillChanging) { this.markDirty(uri, e); return false; }
      const prompt = !e.failing || userRetry;
      e.failing = (err as Error).message;
      this.events.writeFailed(uri, e.file, e.failing, prompt);
      return false;
    }
  }

  /** Each article (open, or closed with decisions still owed) and its sidecar's path: what a rename in the editor may move. */
  sidecarPaths(): Array<{ uri: string; file: string }> {
    return [...this.entries].flatMap(([uri, e]) => (e.file ? [{ uri, file: e.file }] : []));
  }

  /**
   * The article's sidecar is now at `file` (the editor renamed it with the article, or its folder): later writes go there,
   * never back to the old path. A closed article's held decisions follow it to `nextUri`, where reopening it finds them.
   */
  moved(uri: string, file: string, nextUri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    e.file = file;
    if (!e.open && nextUri !== uri && !this.entries.has(nextUri)) {
      this.entries.delete(uri);
      this.entries.set(nextUri, e);
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

  /**
   * Writes every owed sidecar (shutdown, exit). No timer fires after this, so a sidecar another tool is still writing in
   * place is read again at once, SETTLE_TRIES times at most, then told as unreadable: never left unwritten and unsaid.
   */
  flushAll(): void {
    for (const [uri, e] of this.entries) {
      let written = this.flush(uri);
      for (let tries = 0; !written && this.entries.get(uri)?.unsettled && tries <= SETTLE_TRIES; tries++) written = this.flush(uri);
      if (!written) this.rescue(uri);
      // Whatever was owed is written or rescued by now: a save timer a last "still being written" armed, or a look again
      // at a sidecar caught mid-write, would read and tell after the editor has gone (or write twice with the exit's flush).
      clearTimeout(e.timer);
      clearTimeout(e.recheck);
      e.timer = e.recheck = undefined;
    }
  }

  /**
   * The decisions a failing sidecar (unreadable, read-only, disk full) owes, written beside it at shutdown: told when the
   * article is next opened. Never replaces a copy (two windows exiting at once would rename theirs over each other): the
   * decisions of the earlier copies that can be read are carried into a new one under a free name, then those copies
   * removed if still as read; one that cannot be read (the user was editing it) is left as it is.
   */
  private rescue(uri: string): void {
    const e = this.entries.get(uri);
    if (!e?.file || !e.dirty) return;
    let all = [...e.decisions, ...e.orphans];
    const ids = new Set(all.map((d) => d.id));
    const carried: Array<{ copy: string; raw: string }> = [];
    for (const copy of rescueCopies(e.file)) {
      try {
        const raw = disk.readFileSync(copy).toString('utf8');
        const theirs = parseSidecar(raw).decisions.filter((d) => !ids.has(d.id));
        for (const d of theirs) ids.add(d.id);
        all = [...all, ...theirs];
        carried.push({ copy, raw });
      } catch { /* none under this name, or one being edited: left as it is */ }
    }
    try {
      if (!writeNew(rescueCopies(e.file), serializeEntry(e, e.file, all))) return;
    } catch { return; /* nowhere left to write: the log has the sidecar's write error */ }
    for (const { copy, raw } of carried) {
      try { if (disk.readFileSync(copy).toString('utf8') === raw) fs.unlinkSync(copy); } catch { /* gone already: another window carried it too */ }
    }
  }

  /** Files changed, made or deleted on disk (a watcher's URIs): each open article whose sidecar is one of them, or in one, is read again. */
  filesChanged(uris: string[]): void {
    for (const [uri, e] of watchedEntries(this.entries, uris)) this.rereadOne(uri, e);
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
    for (const [u, e] of this.entries) if (e.open && (uri === undefined || u === uri)) this.rereadOne(u, e);
  }

  /** Drops the decisions kept for a sidecar deleted on disk (the user agreed); false if the file is back or was written since. */
  acceptDeletion(uri: string): boolean {
    const e = this.entries.get(uri);
    if (!e || !acceptDeletion(e)) return false;
    this.events.changed(uri);
    return true;
  }
}
