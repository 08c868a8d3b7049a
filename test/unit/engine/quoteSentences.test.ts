// An article written as one line: after an edit, quote pairs are classified again only around the edited sentences
// (quoteWindow.ts, quoteUnits.ts), not over the whole line, and every edit's spans equal a fresh analysis's.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import type { SpanIndex } from '../../../server/src/engine/spanIndex';
import { mulberry32 } from '../../../server/src/training/perceptron';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 12)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));
/** Articles as one line: what a pasted article without line ends gives. */
const asLine = (n: number) => articles.slice(0, n).join(' ').replace(/\s*[\r\n]+\s*/g, ' ');
const spanOf = (a: Annotation) => `${a.kind}:${a.label}:${a.start}-${a.end}:${a.confidence}`;

/** Tells the analyzer the change from `text` to `next` as an editor does (the stretch between the common start and end). */
function noteChange(analyzer: Analyzer, doc: string, text: string, next: string, version: number): void {
  let p = 0;
  while (p < text.length && p < next.length && text[p] === next[p]) p++;
  let s = 0;
  while (s < text.length - p && s < next.length - p && text[text.length - 1 - s] === next[next.length - 1 - s]) s++;
  analyzer.noteEdit(doc, p, text.length - s, next.length - p - s, text.length, { before: version, after: version + 1 });
}

/** The quotations the analyzer keeps for a document's last spans() (the objects, to tell kept from classified again). */
const keptQuotes = (analyzer: Analyzer, doc: string) => (analyzer as unknown as { spanIndexes: Map<string, SpanIndex> }).spanIndexes.get(doc)!.lastVersion()!.quotes;

test('a one-letter edit near the end of a one-line article keeps the reading of the quote pairs sentences before it', () => {
  const doc = 'file:///one-line-quotes.ar.txt';
  const analyzer = new Analyzer(model);
  let text = asLine(12);
  analyzer.spans(text, { document: doc, version: 1 });
  const before = keptQuotes(analyzer, doc);
  const at = text.indexOf(' ', Math.floor(text.length * 0.9));
  const next = text.slice(0, at) + 'ب' + text.slice(at);
  noteChange(analyzer, doc, text, next, 1);
  text = next;
  assert.deepEqual(analyzer.spans(text, { document: doc, version: 2 }).map(spanOf), new Analyzer(model).spans(text, {}).map(spanOf));
  // Quotations well before the edit (more than 2,000 characters back): the last version's, not classified again.
  const far = keptQuotes(analyzer, doc).filter((q) => q.end < at - 2000);
  assert.ok(far.length >= 40, `the line has quotations before the edit (${far.length})`);
  const kept = far.filter((q) => before.includes(q)).length;
  assert.ok(kept * 10 >= far.length * 9, `${kept} of ${far.length} quotations before the edit were kept`);
});

/** Typed text that changes what is speech: quote marks (nested ones too), sentence ends, a line break, cues, names. */
const SNIPPETS = ['ب', ' ', '.', '. ', '؟', '\n', '«', '»', '“', '”', '"', ':', '،', 'وقال الوزير محمد العلي: «', '» قال المتحدث.', 'وأضاف: «', ' «غسل الأموال» و«', 'هكذا علق', 'وتشمل القائمة «', '- «', 'ت', ' وأكد', ' منظمة «'];

/** One random edit, mostly near a quote mark: a snippet typed, a few characters deleted, a stretch copied there. */
function edit(r: () => number, text: string): string {
  const marks = [...text.matchAll(/[«»“”"]/g)].map((m) => m.index!);
  const near = marks.length && r() < 0.75;
  const at = near ? Math.max(0, Math.min(text.length, marks[Math.floor(r() * marks.length)] - 80 + Math.floor(r() * 100))) : Math.floor(r() * text.length);
  const kind = r();
  if (kind < 0.55) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 400) + text.slice(at);
}

for (const [name, make, edits, seed] of [['one line', () => asLine(6), 80, 71], ['long paragraphs (LF)', () => [asLine(3), asLine(6).slice(0, 9000), asLine(2)].join('\n'), 40, 72]] as const) {
  test(`an open document (${name}) told each change: after each of ${edits} random edits its spans equal a fresh analysis's`, () => {
    const r = mulberry32(seed);
    const doc = `file:///quote-fuzz-${seed}.ar.txt`;
    const analyzer = new Analyzer(model);
    let text = make();
    let version = 1;
    analyzer.spans(text, { document: doc, version });
    for (let k = 1; k <= edits; k++) {
      // Several edits between analyses now and then.
      let next = edit(r, text);
      if (r() < 0.2) next = edit(r, next);
      noteChange(analyzer, doc, text, next, version);
      text = next;
      version++;
      assert.deepEqual(analyzer.spans(text, { document: doc, version }).map(spanOf), new Analyzer(model).spans(text, {}).map(spanOf), `edit ${k}`);
    }
  });
}
