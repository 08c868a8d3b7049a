// Spans kept between versions (re-linking and re-classifying only around an edit) equal a fresh analysis's after
// every one of many random edits: LF and CRLF, at the start, middle and end, paragraphs split and joined, names
// copied and cut (votes, aliases), quotation marks added and removed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { mulberry32 } from '../../../server/src/training/perceptron';
import { EditMix, randomEdit } from './randomEdits';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 10)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));

const spanOf = (a: Annotation) => `${a.kind}:${a.label}:${a.start}-${a.end}`;
const SPAN_EDITS: EditMix = {
  nearStart: 0.33, nearEnd: 0.66, copy: 0.25, cut: 0.4, split: 0.5, join: 0.6, mark: 0.75, quote: 0.85, letter: 0.85,
  quoteLine: 'وقال الوزير سامي الحداد: «لن نتراجع عن القرار»، مضيفا أن الحداد سيزور بغداد.',
};

/**
 * Random edits; with `hints` the analyzer is told each change as an editor reports it (so it compares no text), with
 * `versions` also the document versions each change leads from and to (so it does not even check the kept paragraphs).
 */
function run(seed: number, eol: '\n' | '\r\n', edits: number, hints: boolean, versions = false): void {
  const r = mulberry32(seed);
  let text = ('Date: 2025-03-04\n' + articles.join('\n')).replace(/\r?\n/g, eol);
  const seen = new Analyzer(model);
  let fresh = new Analyzer(model).analyze(text);
  let version = 1;
  const opts = () => (versions ? { document: 'a', version } : { document: 'a' });
  assert.deepEqual(seen.spans(text, opts()).map(spanOf), fresh.annotations.map(spanOf), 'open');
  // `sameBatch`: one more change of the editor's last didChange (the same versions).
  const replace = (from: number, to: number, insert: string, sameBatch = false) => {
    if (!sameBatch) version++;
    if (hints) seen.noteEdit('a', from, to, insert.length, text.length, versions ? { before: version - 1, after: version } : undefined);
    text = text.slice(0, from) + insert + text.slice(to);
  };
  for (let k = 1; k <= edits; k++) {
    // A third of the edits near the start, a third near the end, a third anywhere.
    const done = randomEdit(r, text, eol, fresh.annotations.filter((x) => x.kind === 'entity'), replace, SPAN_EDITS);
    // Now and then two edits before the spans are asked for (typing faster than the editor asks).
    if (r() < 0.2) { const p = Math.floor(r() * text.length); replace(p, p, 'و', r() < 0.5); }
    const spans = seen.spans(text, opts());
    fresh = new Analyzer(model).analyze(text);
    assert.deepEqual(spans.map(spanOf), fresh.annotations.map(spanOf), `edit ${k} (${done})`);
    // The full analysis of an open document takes its entities from the kept links: the same as linking afresh.
    if (k % 8 === 0) assert.deepEqual(seen.analyze(text, opts()).entities, fresh.entities, `entities, edit ${k}`);
  }
}

test('LF: after each of 120 random edits the kept spans equal a fresh analysis', () => run(5, '\n', 120, false));
test('LF, the editor telling each change: after each of 80 random edits the kept spans equal a fresh analysis', () => run(7, '\n', 80, true));
test('CRLF, the editor telling each change: after each of 80 random edits the kept spans equal a fresh analysis', () => run(9, '\r\n', 80, true));
test('LF, the editor telling each change and its versions: after each of 80 random edits the kept spans equal a fresh analysis', () => run(11, '\n', 80, true, true));
test('CRLF, the editor telling each change and its versions: after each of 80 random edits the kept spans equal a fresh analysis', () => run(13, '\r\n', 80, true, true));

test('a quotation opened in one paragraph and closed many paragraphs later is classified as in a fresh analysis while edits come and go', () => {
  const para = (i: number) => `وقال المتحدث باسم الوزارة أحمد يوسف إن الاجتماع رقم ${i} انتهى دون اتفاق.`;
  let text = Array.from({ length: 40 }, (_, i) => para(i)).join('\n');
  const seen = new Analyzer(model);
  seen.spans(text, { document: 'q' });
  const steps: Array<(t: string) => string> = [
    (t) => t.replace('الاجتماع رقم 3 ', 'الاجتماع رقم 3: «'),
    (t) => t.replace('رقم 30 انتهى', 'رقم 30» انتهى'),
    (t) => t.replace('رقم 20 ', 'رقم 20 وأضاف '),
    (t) => t.replace('رقم 3: «', 'رقم 3 '),
    (t) => t.replace('\n', '\n«').replace('رقم 1 انتهى دون اتفاق.', 'رقم 1 انتهى دون اتفاق».'),
  ];
  for (const [k, step] of steps.entries()) {
    text = step(text);
    assert.deepEqual(seen.spans(text, { document: 'q' }).map(spanOf), new Analyzer(model).analyze(text).annotations.map(spanOf), `step ${k}`);
  }
});

test('a quotation whose cue is on the line before or after it is classified again when only that line changes', () => {
  const filler = (i: number) => `وأوضح التقرير أن الأسعار ارتفعت في الشهر ${i} بنسبة كبيرة مقارنة بالعام الماضي.`;
  const body = [filler(1), 'وقال رئيس الوزراء في مؤتمر صحفي:', '«سنواصل العمل حتى تحقيق الأهداف كاملة»', filler(2), '«الحوار هو الطريق الوحيد للحل»', 'هكذا علق الوزير على الأحداث.', filler(3)];
  let text = body.join('\n');
  const seen = new Analyzer(model);
  const check = (label: string) => assert.deepEqual(seen.spans(text, { document: 'c' }).map(spanOf), new Analyzer(model).analyze(text).annotations.map(spanOf), label);
  check('open');
  const steps: Array<[string, (t: string) => string]> = [
    ['cue before removed', (t) => t.replace('وقال رئيس الوزراء في مؤتمر صحفي:', 'رئيس الوزراء في مؤتمر صحفي')],
    ['cue before back', (t) => t.replace('رئيس الوزراء في مؤتمر صحفي', 'وقال رئيس الوزراء في مؤتمر صحفي:')],
    ['cue after removed', (t) => t.replace('هكذا علق الوزير', 'وفي الأثناء ارتفع الدولار')],
    ['cue after back', (t) => t.replace('وفي الأثناء ارتفع الدولار', 'هكذا علق الوزير')],
  ];
  for (const [label, step] of steps) { text = step(text); check(label); }
});

test('a change report that adds up to the length of a different text does not make the old paragraphs stay', () => {
  const text = 'Date: 2025-03-04\n' + articles.slice(0, 3).join('\n');
  const seen = new Analyzer(model);
  seen.spans(text, { document: 'a' });
  // The editor reports one character typed at the end; the text asked about has the same length but another
  // article's first paragraph in place of the first one (as a stale or out-of-order report would leave it).
  seen.noteEdit('a', text.length, text.length, 1, text.length);
  const first = text.indexOf('\n', 17);
  const other = articles[5].slice(0, first - 17).padEnd(first - 17, ' ');
  const changed = text.slice(0, 17) + other + text.slice(first) + ' ';
  assert.equal(changed.length, text.length + 1);
  const fresh = new Analyzer(model).analyze(changed);
  assert.deepEqual(seen.spans(changed, { document: 'a' }).map(spanOf), fresh.annotations.map(spanOf));
});

test('change reports whose versions do not lead from the last version to the text asked about are checked against the text', () => {
  const text = 'Date: 2025-03-04\n' + articles.slice(0, 3).join('\n');
  const seen = new Analyzer(model);
  seen.spans(text, { document: 'a', version: 1 });
  // One character typed at the end, reported as leading from version 2 (a change to version 2 was never told).
  seen.noteEdit('a', text.length, text.length, 1, text.length, { before: 2, after: 3 });
  const first = text.indexOf('\n', 17);
  const other = articles[5].slice(0, first - 17).padEnd(first - 17, ' ');
  const changed = text.slice(0, 17) + other + text.slice(first) + ' ';
  const fresh = new Analyzer(model).analyze(changed);
  assert.deepEqual(seen.spans(changed, { document: 'a', version: 3 }).map(spanOf), fresh.annotations.map(spanOf));
});
