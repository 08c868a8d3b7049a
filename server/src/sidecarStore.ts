// Keeps each article's decisions in memory and in its sidecar file (sidecarFiles): the annotator's commands, undo and redo, edits moving them, never lost.
import type { TextLike } from './engine/pieceText';
import { randomBytes } from 'crypto';
import { Decision, decisionProblem, makeDecision, orphan, refreshAnchors, shiftDecisions, shiftOrphans, LiveStatus } from './engine/decisions';
import { reanchor } from './engine/reanchor';
import { SidecarFiles } from './sidecarFiles';
import { adoptStray } from './straySidecars';
import type { StoreEntry as Entry } from './sidecarMerge';

export { SAVE_DELAY_MS } from './sidecarFiles';
export type { SidecarEvents } from './sidecarFiles';

export class SidecarStore extends SidecarFiles {
  /** Decisions placed in the text (orphans excluded). */
  decisions(uri: string): Decision[] {
    return this.entries.get(uri)?.decisions ?? [];
  }

  /** The user chose to adopt `stray` (told at open) as the article's sidecar: renamed beside it, never over a file, then merged with what is here. */
  adopt(uri: string, stray: string): number {
    const e = this.entries.get(uri);
    if (!e?.open || !e.file) throw new Error('the article is not open');
    adoptStray(stray, e.file);
    this.reread(uri);
    return e.decisions.length;
  }

  /** Changes whenever the decisions of `uri` change, so analyses can be re-merged. */
  version(uri: string): number {
    return this.entries.get(uri)?.version ?? 0;
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
}
