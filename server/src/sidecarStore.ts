// Keeps each article's decisions in memory and in its sidecar file (`article.txt.annotations.json`), written atomically.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  Decision, makeDecision, parseSidecar, reanchor, refreshAnchors, serializeSidecar, shiftDecisions, SidecarError, SIDECAR_SCHEMA,
} from './engine/decisions';
import { writeFileAtomic } from './io/readArticle';

export interface SidecarEvents {
  error(uri: string, message: string): void;
  lost(uri: string, decisions: Decision[], why: string): void;
  changed(uri: string): void;
}

interface Entry {
  decisions: Decision[];
  /** Set when the sidecar is malformed: annotation is disabled for the article and the file is never written. */
  error?: string;
  dirty: boolean;
  file?: string;
  version: number;
  /** Decisions before each annotation command, for undo; cleared by text edits (offsets would be stale). */
  history: Decision[][];
  /** Decisions taken back by undo, for redo; cleared by any new command or edit. */
  future: Decision[][];
  /** Last number used for an `a<N>` id, so ids stay unique within a batch and after removals. */
  lastId: number;
}

export function sidecarPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? `${fileURLToPath(uri)}.annotations.json` : undefined;
}

export class SidecarStore {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly events: SidecarEvents) {}

  /** Loads the sidecar of a newly opened article and re-anchors its decisions in the current text. */
  open(uri: string, text: string): void {
    const file = sidecarPath(uri);
    const entry: Entry = { decisions: [], dirty: false, file, version: 0, history: [], future: [], lastId: 0 };
    this.entries.set(uri, entry);
    if (!file || !fs.existsSync(file)) return;
    try {
      const sidecar = parseSidecar(fs.readFileSync(file, 'utf8'));
      const { kept, lost } = reanchor(sidecar.decisions, text);
      entry.decisions = kept;
      entry.lastId = Math.max(0, ...sidecar.decisions.map((d) => Number(/^a(\d+)$/.exec(d.id)?.[1] ?? 0)));
      if (lost.length) {
        this.events.lost(uri, lost, 'the article changed outside the editor and their text is no longer there');
        entry.dirty = true;
      } else if (kept.some((d, i) => d.start !== sidecar.decisions[i].start)) entry.dirty = true;
    } catch (e) {
      const line = e instanceof SidecarError && e.line ? `:${e.line}` : '';
      entry.error = `${file}${line}: ${(e as Error).message}`;
      this.events.error(uri, `Annotations disabled for this article until its sidecar is fixed (the file is left untouched): ${entry.error}`);
    }
  }

  close(uri: string): void {
    this.flush(uri);
    this.entries.delete(uri);
  }

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

  /** Applies a change to the decisions; throws when annotation is disabled for the article. */
  update(uri: string, change: (ds: Decision[]) => Decision[]): void {
    const e = this.entries.get(uri);
    if (!e) throw new Error('the document is not open');
    if (e.error) throw new Error(e.error);
    e.history.push(e.decisions);
    if (e.history.length > 100) e.history.shift();
    e.future = [];
    e.decisions = change(e.decisions);
    e.dirty = true;
    e.version++;
    this.events.changed(uri);
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
    e.dirty = true;
    e.version++;
    this.events.changed(uri);
    return true;
  }

  /** New decision id, unique within the article. */
  nextId(uri: string): string {
    const e = this.entries.get(uri);
    if (!e) throw new Error('the document is not open');
    return `a${++e.lastId}`;
  }

  make(uri: string, text: string, span: Parameters<typeof makeDecision>[1], status: Decision['status']): Decision {
    return makeDecision(text, span, status, this.nextId(uri));
  }

  /** Moves decisions through one edit of the open document; spans whose text was deleted are reported. */
  edit(uri: string, from: number, to: number, inserted: number): void {
    const e = this.entries.get(uri);
    if (!e || e.error) return;
    e.history = [];
    e.future = [];
    if (!e.decisions.length) return;
    const { kept, removed } = shiftDecisions(e.decisions, from, to, inserted);
    e.decisions = kept;
    e.dirty = true;
    e.version++;
    if (removed.length) this.events.lost(uri, removed, 'their text was deleted');
  }

  /** After edits, decisions carry the new text and context so they can be re-anchored later. */
  refresh(uri: string, text: string): void {
    const e = this.entries.get(uri);
    if (e && !e.error) e.decisions = refreshAnchors(e.decisions, text);
  }

  /** Writes the sidecar if something changed (temp file + rename); never over a malformed one. */
  flush(uri: string): void {
    const e = this.entries.get(uri);
    if (!e || !e.dirty || e.error || !e.file) return;
    if (!e.decisions.length && !fs.existsSync(e.file)) { e.dirty = false; return; }
    writeFileAtomic(e.file, serializeSidecar({ schema: SIDECAR_SCHEMA, document: { path: path.basename(e.file.replace(/\.annotations\.json$/, '')) }, decisions: e.decisions }));
    e.dirty = false;
  }

  flushAll(): void {
    for (const uri of this.entries.keys()) this.flush(uri);
  }
}
