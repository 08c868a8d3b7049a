// An article written as one line: after an edit, quotations are attributed again only around the edited sentences
// (attributionMemo.ts, editRegion.ts), not over the whole line, and every edit's quotations equal a fresh analysis.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { mulberry32 } from '../../../server/src/training/perceptron';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 12)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));
/** Articles as one line: what a pasted article without line ends gives. */
const asLine = (n: number) => articles.slice(0, n).join(' ').replace(/\s*[\r\n]+\s*/g, ' ');

/** The quotations as a user sees them (hover, export), and the rest of the analysis they are drawn with. */
function view(a: Analysis): unknown {
  return { quotations: a.quotations, annotations: a.annotations, entities: a.entities.map((e) => ({ id: e.id, label: e.label, mentions: e.mentions })) };
}

/** Tells the analyzer the change from `text` to `next` as an editor does (the stretch between the common start and end). */
function noteChange(analyzer: Analyzer, doc: string, text: string, next: string, version: number): void {
  let p = 0;
  while (p < text.length && p < next.length && text[p] === next[p]) p++;
  let s = 0;
  while (s < text.length - p && s < next.length - p && text[text.length - 1 - s] === next[next.length - 1 - s]) s++;
  analyzer.noteEdit(doc, p, text.length - s, next.length - p - s, text.length, { before: version, after: version + 1 });
}

test('a one-letter edit near the end of a one-line article keeps the attribution of the quotations sentences before it', () => {
  const doc = 'file:///one-line.ar.txt';
  const analyzer = new Analyzer(model);
  let text = asLine(12);
  const before = analyzer.analyze(text, { document: doc, version: 1 });
  // A letter typed into a word of the last sentences, after every quotation but a few.
  const at = text.indexOf(' ', Math.floor(text.length * 0.9));
  const next = text.slice(0, at) + 'ب' + text.slice(at);
  noteChange(analyzer, doc, text, next, 1);
  text = next;
  const seen = analyzer.analyze(text, { document: doc, version: 2 });
  assert.deepEqual(view(seen), view(new Analyzer(model).analyze(text)));
  // Quotations well before the edit (more than 2,000 characters back): their attribution is the last version's, kept.
  const far = seen.quotations.filter((q) => q.end < at - 2000);
  assert.ok(far.length >= 40, `the line has quotations before the edit (${far.length})`);
  const kept = far.filter((q) => before.quotations.includes(q)).length;
  assert.ok(kept * 10 >= far.length * 9, `${kept} of ${far.length} quotations before the edit were kept`);
});

/** Typed text that changes who speaks: quote marks, sentence ends, a line break, cue words, a name, a title. */
const SNIPPETS = ['ب', ' ', '.', '. ', '؟', '\n', '«', '»', '“', '”', ':', '،', 'وقال الوزير محمد العلي: «', '» قال المتحدث.', 'وأضاف: «', 'وقالت سلمى الحسن إن ', 'ت', 'ة', 'ي', ' وأكد', ' الرئيس', ' خالد العمر'];

/**
 * One random edit, mostly where speakers are found (up to 80 characters before a quote mark, or just after one): a
 * snippet typed, a few characters deleted, a stretch copied there.
 */
function edit(r: () => number, text: string): string {
  const marks = [...text.matchAll(/[«»“”]/g)].map((m) => m.index!);
  const near = marks.length && r() < 0.75;
  const at = near ? Math.max(0, Math.min(text.length, marks[Math.floor(r() * marks.length)] - 80 + Math.floor(r() * 100))) : Math.floor(r() * text.length);
  const kind = r();
  if (kind < 0.55) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 160) + text.slice(at);
}

for (const [name, lines, edits, seed] of [['one line', false, 45, 63], ['lines (LF)', true, 15, 64]] as const) {
  test(`an open document (${name}) told each change: after each of ${edits} random edits its quotations equal a fresh analysis's`, () => {
    const r = mulberry32(seed);
    const doc = `file:///fuzz-${seed}.ar.txt`;
    const analyzer = new Analyzer(model);
    let text = lines ? articles.slice(0, 6).join('\n') : asLine(6);
    let version = 1;
    analyzer.analyze(text, { document: doc, version });
    for (let k = 1; k <= edits; k++) {
      // Several edits between analyses now and then: the region is the union of what they changed.
      let next = edit(r, text);
      if (r() < 0.2) next = edit(r, next);
      noteChange(analyzer, doc, text, next, version);
      text = next;
      version++;
      assert.deepEqual(view(analyzer.analyze(text, { document: doc, version })), view(new Analyzer(model).analyze(text)), `edit ${k}`);
    }
  });
}
