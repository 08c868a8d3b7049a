// The store tests' article in a scratch folder, their event recorder, their decision maker and their usual start, shared by the store test files.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Decision } from '../../../server/src/engine/decisions';
import { SidecarEvents, SidecarStore } from '../../../server/src/sidecarStore';

export const TEXT = 'قال رئيس الوزراء الكندي مارك كارني في أوتاوا إن حكومته ستدعم صناعة الصلب، فيما انتقدت زعيمة المعارضة في مونتريال القرار.';

/** Every event as a line; `changed` only when asked (the reread tests count it, the others would read it as noise). */
export function events(logChanged = false): SidecarEvents & { log: string[] } {
  const log: string[] = [];
  const push = (kind: string) => (...a: unknown[]) => { log.push(`${kind}: ${a.slice(1).map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' | ')}`); };
  return { log, error: push('error'), unsaveable: push('unsaveable'), orphaned: push('orphaned'), changed: logChanged ? push('changed') : () => {}, writeFailed: push('writeFailed'), saved: push('saved'), merged: push('merged'), deleted: push('deleted'), rescued: push('rescued'), stray: push('stray') };
}

/** TEXT as `news.txt` in a folder of its own, with its sidecar's path and URIs. */
export function article(prefix = 'ana-store-'): { dir: string; file: string; uri: string; sidecar: string; sidecarUri: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'news.txt');
  writeFileSync(file, TEXT);
  return { dir, file, uri: pathToFileURL(file).toString(), sidecar: `${file}.annotations.json`, sidecarUri: pathToFileURL(`${file}.annotations.json`).toString() };
}

/** The user's decision on the first occurrence of `word` in TEXT. */
export function decide(store: SidecarStore, uri: string, word: string, status: 'accepted' | 'rejected' | 'manual' = 'accepted', label: string = 'PERSON'): void {
  const start = TEXT.indexOf(word);
  store.update(uri, (ds) => [...ds, store.make(uri, TEXT, { start, end: start + word.length, kind: 'entity', label: label as 'PERSON' }, status)]);
}

/** The decisions the sidecar on disk holds. */
export const saved = (sidecar: string): Decision[] => JSON.parse(readFileSync(sidecar, 'utf8')).decisions;

/** A store with TEXT open at `uri` and one decision (كارني, accepted) written to its sidecar: where most store tests start. */
export function storeWithOneSaved(uri: string, ev: SidecarEvents): SidecarStore {
  const store = new SidecarStore(ev);
  store.open(uri, TEXT);
  decide(store, uri, 'كارني');
  assert.ok(store.flush(uri));
  return store;
}

/** Another writer (a second window) opens the article, makes one decision and closes it: the sidecar now has it. */
export function theyDecide(uri: string, word: string, status: 'accepted' | 'rejected' | 'manual' = 'rejected'): void {
  const them = new SidecarStore(events());
  them.open(uri, TEXT);
  decide(them, uri, word, status);
  them.close(uri);
}

/** Decisions as `text:status`, sorted: what the user sees of them. */
export const statuses = (ds: Array<{ text: string; status: string }>): string[] => ds.map((d) => `${d.text}:${d.status}`).sort();

/** The file as if last changed an hour ago: no writer is still at it (the store trusts such a stamp, and tells such a broken file at once). */
export function changedLongAgo(file: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(file, hourAgo, hourAgo);
}
