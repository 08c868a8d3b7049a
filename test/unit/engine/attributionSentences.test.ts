// An article written as one line: after an edit, quotations are attributed again only around the edited sentences
// (attributionMemo.ts, editRegion.ts), not over the whole line, and every edit's quotations equal a fresh analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { assertEditsMatchFresh, articles, asLine, noteChange, randomEdit } from './oneLineEdits';

const model = loadDefaultModel();

/** The quotations as a user sees them (hover, export), and the rest of the analysis they are drawn with. */
function view(a: Analysis): unknown {
  return { quotations: a.quotations, annotations: a.annotations, entities: a.entities.map((e) => ({ id: e.id, label: e.label, mentions: e.mentions })) };
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

const edit = (r: () => number, text: string) => randomEdit(r, text, SNIPPETS, /[«»“”]/g, 160);

for (const [name, lines, edits, seed] of [['one line', false, 45, 63], ['lines (LF)', true, 15, 64]] as const) {
  test(`an open document (${name}) told each change: after each of ${edits} random edits its quotations equal a fresh analysis's`, () => {
    // Several edits between analyses now and then: the region is the union of what they changed.
    assertEditsMatchFresh({
      analyzer: new Analyzer(model), fresh: () => new Analyzer(model), doc: `file:///fuzz-${seed}.ar.txt`,
      start: lines ? articles.slice(0, 6).join('\n') : asLine(6), edits, seed, edit,
      read: (a, text, open) => view(open ? a.analyze(text, open) : a.analyze(text)),
    });
  });
}
