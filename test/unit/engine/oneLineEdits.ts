// Shared by the one-line edit tests (attributionSentences, quoteSentences, countMemo): articles pasted as one line, an editor's
// change notice, random edits near quote marks, and the loop that compares an open document with a fresh analysis.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Analyzer } from '../../../server/src/engine/analysis';
import { mulberry32 } from '../../../server/src/training/perceptron';

const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
/** The first twelve dev-quotes articles, gold markers removed. */
export const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 12)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));
/** Articles as one line: what a pasted article without line ends gives. */
export const asLine = (n: number) => articles.slice(0, n).join(' ').replace(/\s*[\r\n]+\s*/g, ' ');

/** Tells the analyzer the change from `text` to `next` as an editor does (the stretch between the common start and end). */
export function noteChange(analyzer: Analyzer, doc: string, text: string, next: string, version: number): void {
  let p = 0;
  while (p < text.length && p < next.length && text[p] === next[p]) p++;
  let s = 0;
  while (s < text.length - p && s < next.length - p && text[text.length - 1 - s] === next[next.length - 1 - s]) s++;
  analyzer.noteEdit(doc, p, text.length - s, next.length - p - s, text.length, { before: version, after: version + 1 });
}

/**
 * One random edit, mostly near a quote mark (`marks`: up to 80 characters before one, or just after): one of `snippets`
 * typed, a few characters deleted, or a stretch of up to `paste` characters copied there.
 */
export function randomEdit(r: () => number, text: string, snippets: readonly string[], marks: RegExp, paste: number): string {
  const at0 = [...text.matchAll(marks)].map((m) => m.index!);
  const near = at0.length && r() < 0.75;
  const at = near ? Math.max(0, Math.min(text.length, at0[Math.floor(r() * at0.length)] - 80 + Math.floor(r() * 100))) : Math.floor(r() * text.length);
  const kind = r();
  if (kind < 0.55) return text.slice(0, at) + snippets[Math.floor(r() * snippets.length)] + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + paste) + text.slice(at);
}

/**
 * Opens `start` in `analyzer` as `doc`, then `edits` times: one edit (two, one time in five) told as the editor tells it, and
 * `read` of the open document must equal `read` of a fresh analysis (`fresh` makes one).
 */
export function assertEditsMatchFresh<T>(opts: {
  analyzer: Analyzer; fresh: () => Analyzer; doc: string; start: string; edits: number; seed: number;
  edit: (r: () => number, text: string) => string;
  read: (a: Analyzer, text: string, open?: { document: string; version: number }) => T;
}): void {
  const { analyzer, doc, edit, read } = opts;
  const r = mulberry32(opts.seed);
  let text = opts.start;
  let version = 1;
  read(analyzer, text, { document: doc, version });
  for (let k = 1; k <= opts.edits; k++) {
    let next = edit(r, text);
    if (r() < 0.2) next = edit(r, next);
    noteChange(analyzer, doc, text, next, version);
    text = next;
    version++;
    assert.deepEqual(read(analyzer, text, { document: doc, version }), read(opts.fresh(), text), `edit ${k}`);
  }
}
