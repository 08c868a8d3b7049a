// A one-line article's edit asks the lexicon the training-text counts of the words it touched, not of every word on the
// line again (countMemo.ts), and its spans still equal a fresh analysis's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { countMemo } from '../../../server/src/engine/countMemo';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { assertEditsMatchFresh, asLine, noteChange, randomEdit } from './oneLineEdits';

const model = loadDefaultModel();
const spanOf = (a: Annotation) => `${a.kind}:${a.label}:${a.start}-${a.end}:${a.confidence}`;

/** The shipped model with a lexicon that counts the words it is asked. */
function countingModel(): { model: typeof model; asked: () => number } {
  let asked = 0;
  return { model: { ...model, lexicon: { freq: (w: string) => { asked++; return model.lexicon.freq(w); } } }, asked: () => asked };
}

test('a one-letter edit to a one-line article asks the lexicon for a few words, not for every word of the line', () => {
  const { model: counting, asked } = countingModel();
  const doc = 'file:///one-line-counts.ar.txt';
  const analyzer = new Analyzer(counting);
  // Twice the twelve articles: the tagging of the edited sentence asks a few hundred counts, linking the whole line one a word.
  let text = `${asLine(12)} ${asLine(12)}`;
  analyzer.spans(text, { document: doc, version: 1 });
  const words = text.split(/\s+/).length;
  const at = text.indexOf(' ', Math.floor(text.length / 2));
  const next = text.slice(0, at) + 'ب' + text.slice(at);
  noteChange(analyzer, doc, text, next, 1);
  text = next;
  const before = asked();
  assert.deepEqual(analyzer.spans(text, { document: doc, version: 2 }).map(spanOf), new Analyzer(model).spans(text, {}).map(spanOf));
  const edit = asked() - before;
  assert.ok(edit * 4 < words, `the edit asked ${edit} counts of a line of ${words} words`);
});

test('a kept count is the lexicon\'s, for short and long words, asked once or again', () => {
  const { model: counting, asked } = countingModel();
  const count = countMemo(counting.lexicon);
  const words = asLine(3).split(/\s+/).map((w) => w.replace(/[^\u0621-\u064a]/g, '')).filter((w) => w);
  words.push('ال'.repeat(20), 'غير_موجود_في_المعجم');
  for (const w of words) assert.equal(count(w), model.lexicon.freq(w), w);
  const first = asked();
  for (const w of words) assert.equal(count(w), model.lexicon.freq(w), w);
  assert.equal(asked(), first, 'a word asked again is answered from the memo');
});

test('an open one-line article told each change: after each of 40 random edits its spans equal a fresh analysis\'s', () => {
  // Names and clitics typed near names (the counts gate repeats of a name: repeatSlots, phraseRepeats).
  const snippets = ['ب', ' ', 'و', 'ال', 'بالشرق الأوسط', ' نادي الاتحاد', ' الاتحاد', ' وقال محمد العلي', 'لل', '. '];
  assertEditsMatchFresh({
    analyzer: new Analyzer(model), fresh: () => new Analyzer(model), doc: 'file:///count-fuzz.ar.txt', start: asLine(6), edits: 40, seed: 65,
    edit: (r, text) => randomEdit(r, text, snippets, /[\u0600-\u06ff]{5,}/g, 300),
    read: (a, text, open) => a.spans(text, open ?? {}).map(spanOf),
  });
});
