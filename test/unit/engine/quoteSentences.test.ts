// An article written as one line: after an edit, quote pairs are classified again only around the edited sentences
// (quoteWindow.ts, quoteUnits.ts), not over the whole line, and every edit's spans equal a fresh analysis's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import type { SpanIndex } from '../../../server/src/engine/spanIndex';
import { assertEditsMatchFresh, asLine, noteChange, randomEdit } from './oneLineEdits';

const model = loadDefaultModel();
const spanOf = (a: Annotation) => `${a.kind}:${a.label}:${a.start}-${a.end}:${a.confidence}`;

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

const edit = (r: () => number, text: string) => randomEdit(r, text, SNIPPETS, /[«»“”"]/g, 400);

for (const [name, make, edits, seed] of [['one line', () => asLine(6), 80, 71], ['long paragraphs (LF)', () => [asLine(3), asLine(6).slice(0, 9000), asLine(2)].join('\n'), 40, 72]] as const) {
  test(`an open document (${name}) told each change: after each of ${edits} random edits its spans equal a fresh analysis's`, () => {
    assertEditsMatchFresh({
      analyzer: new Analyzer(model), fresh: () => new Analyzer(model), doc: `file:///quote-fuzz-${seed}.ar.txt`, start: make(), edits, seed, edit,
      read: (a, text, open) => a.spans(text, open ?? {}).map(spanOf),
    });
  });
}
