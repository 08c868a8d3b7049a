// An analyzer that has seen earlier versions of a document (paragraph cache, shifted results) gives
// exactly what a fresh analyzer gives, after random edits of every kind, with LF and CRLF line ends.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { mulberry32 } from '../../../server/src/training/perceptron';
import { EditMix, randomEdit } from './randomEdits';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 6)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));

/** Everything a user sees of an analysis, in a comparable form. */
function view(a: Analysis): unknown {
  return {
    annotations: a.annotations, problems: a.problems, quotations: a.quotations, dates: a.dates, documentDate: a.documentDate,
    entities: a.entities.map((e) => ({ id: e.id, key: e.key, label: e.label, type: e.type, mentions: e.mentions })),
    tokens: a.tokens.map((t) => `${t.start}:${t.end}:${t.norm}`).join(' '),
  };
}

const SNIPPETS = ['ب', ' ', '\n', '“', '”', '«', '»', 'وقال الوزير محمد العلي: ', ' في القاهرة يوم الأحد', '، الأسبوع الماضي،'];

function randomEdits(eol: string, seed: number): void {
  const r = mulberry32(seed);
  let text = 'Date: 2025-03-04\n' + articles.join('\n').replace(/\n/g, eol);
  const incremental = new Analyzer(model);
  incremental.analyze(text);
  for (let k = 1; k <= 60; k++) {
    const at = Math.floor(r() * text.length);
    const kind = r();
    if (kind < 0.35) text = text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)].replace(/\n/g, eol) + text.slice(at);
    else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    else if (kind < 0.85) { const nl = text.indexOf('\n', at); if (nl >= 0) text = text.slice(0, nl - (eol.length - 1)) + ' ' + text.slice(nl + 1); }
    else { const from = Math.floor(r() * text.length); text = text.slice(0, at) + text.slice(from, from + 80) + text.slice(at); }
    const seen = incremental.analyze(text);
    if (k % 4 === 0) assert.deepEqual(view(seen), view(new Analyzer(model).analyze(text)), `edit ${k} (seed ${seed}, ${eol === '\n' ? 'LF' : 'CRLF'})`);
  }
}

test('after 60 random edits of an LF article, every re-analysis equals a fresh analysis', () => randomEdits('\n', 11));
test('after 60 random edits of a CRLF article, every re-analysis equals a fresh analysis', () => randomEdits('\r\n', 12));

/**
 * An open document (its spans kept, each change told as the editor tells it): the full analysis is placed from the kept
 * paragraphs (tokens of unmoved ones reused, moved ones copied at their offsets) and its quote pairs and the marks'
 * problems are those kept, paired again only around the change. After each edit it must equal a fresh analysis.
 */
/** One edit of an open document through `change`, chosen by `r` from the text and its last analysis; returns what it did. */
type DocumentEdit = (r: () => number, text: string, eol: string, last: Analysis, change: (from: number, to: number, insert: string) => void) => string;

const markEdit: DocumentEdit = (r, text, eol, last, change) => randomEdit(r, text, eol, last.annotations.filter((a) => a.kind === 'entity'), change, MARK_EDITS);

function documentEdits(eol: string, seed: number, edit: DocumentEdit = markEdit, edits = 50): void {
  const r = mulberry32(seed);
  // Each article followed by its lines without quotation marks: stretches no re-pairing or re-classifying reaches,
  // whose paragraphs move with every edit before them (their tokens must follow).
  const plain = (a: string) => a.split('\n').filter((l) => l.trim()).map((l) => l.replace(/[«»“”"]/g, '')).join('\n');
  let text = ('Date: 2025-03-04\n' + articles.map((a) => `${a}\n${plain(a)}`).join('\n')).replace(/\n/g, eol);
  const doc = 'file:///open.ar.txt';
  let version = 1;
  const incremental = new Analyzer(model);
  incremental.analyze(text, { document: doc, version });
  const change = (from: number, to: number, insert: string) => {
    incremental.noteEdit(doc, from, to, insert.length, text.length, { before: version, after: version + 1 });
    text = text.slice(0, from) + insert + text.slice(to);
    version++;
  };
  for (let k = 1; k <= edits; k++) {
    const done = edit(r, text, eol, incremental.analyze(text, { document: doc, version }), change);
    // Half the time the spans first (the editor's token request), as the server asks them before the full analysis.
    if (r() < 0.5) incremental.spanSnapshot(text, { document: doc, version });
    const seen = incremental.analyze(text, { document: doc, version });
    assert.deepEqual(view(seen), view(new Analyzer(model).analyze(text)), `edit ${k}: ${done} (seed ${seed}, ${eol === '\n' ? 'LF' : 'CRLF'})`);
  }
}

/** Quote marks often (unclosed and stray ones make the problems the diagnostics show), lines split and joined, far and near. */
const MARK_EDITS: EditMix = {
  nearStart: 0.25, nearEnd: 0.5, copy: 0.1, cut: 0.2, split: 0.3, join: 0.4, mark: 0.75, quote: 0.85, letter: 0.93,
  quoteLine: 'وقالت الوزيرة هدى السالم: «سنفتح المعبر غدا»، مشيرة إلى أن «الوضع صعب.',
};

test('an open document told each change: after each of 50 random edits (LF) its full analysis equals a fresh one, tokens and quote problems included', () => documentEdits('\n', 31));
test('an open document told each change: after each of 50 random edits (CRLF) its full analysis equals a fresh one, tokens and quote problems included', () => documentEdits('\r\n', 32));

/**
 * Edits where a kept paragraph's tagging is read at another offset than its own: a whole paragraph deleted (all after it
 * move), a paragraph join typed at, cut, doubled or split between its CR and LF, and a date or quotation edited inside.
 */
const structureEdit: DocumentEdit = (r, text, eol, last, change) => {
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const op = r(), cr = eol.length - 1;
  if (op < 0.2 && ends.length > 2) { const j = Math.floor(r() * (ends.length - 1)); change(ends[j] + 1, ends[j + 1] + 1, ''); return `paragraph ${j + 1} deleted`; }
  if (op < 0.45) {
    const n = pick(ends), how = r();
    if (how < 0.25) { change(n - cr, n - cr, 'ب'); return `letter before the line end at ${n}`; }
    if (how < 0.45) { change(n + 1, n + 1, 'و'); return `letter after the line end at ${n}`; }
    if (how < 0.65) { change(n - cr, n + 1, ''); return `line end at ${n} cut`; }
    if (how < 0.8) { change(n + 1, n + 1, eol); return `blank line after ${n}`; }
    change(n, n, cr ? 'ب' : '\r'); return `between CR and LF at ${n}`;
  }
  const spans: ReadonlyArray<{ start: number; end: number }> = op < 0.7 ? last.dates : last.quotations;
  const s = pick(spans);
  if (!s) return 'nothing';
  const at = s.start + Math.floor(r() * (s.end - s.start)), how = r();
  if (how < 0.3) change(at, at, op < 0.7 ? '1' : eol); else if (how < 0.7) change(at, at + 1, ''); else change(s.start, s.end, '');
  return `${op < 0.7 ? 'date' : 'quotation'} ${s.start}-${s.end} edited at ${at}`;
};

test('an open document: after each of 40 edits of whole paragraphs, line ends, dates and quotations (LF) its full analysis equals a fresh one', () => documentEdits('\n', 41, structureEdit, 40));
test('an open document: after each of 40 edits of whole paragraphs, line ends, dates and quotations (CRLF) its full analysis equals a fresh one', () => documentEdits('\r\n', 42, structureEdit, 40));
