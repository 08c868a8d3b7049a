// A long paragraph's sentences kept between versions (sentenceReuse.ts): after any edit of a one-line article its tagging,
// and the open document's whole analysis, are exactly what a fresh tagging and analysis give.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { tagParagraph } from '../../../server/src/engine/entities';
import type { EntityMention } from '../../../server/src/engine/entities';
import type { WordForm } from '../../../server/src/engine/interner';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { LONG_PARAGRAPH_TOKENS, MAX_KEPT_SENTENCE, SentenceReuse } from '../../../server/src/engine/sentenceReuse';
import { splitSentences, tokenize } from '../../../server/src/engine/tokenize';
import { mulberry32 } from '../../../server/src/training/perceptron';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 16)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));
/** Articles as one line: what a pasted article without line ends gives. */
const asLine = (n: number) => articles.slice(0, n).join(' ').replace(/\s*[\r\n]+\s*/g, ' ');
const oneLine = asLine(6);

const SNIPPETS = ['ب', ' ', '.', '؟', '“', '”', '«', '»', ':', '،', 'وقال الوزير محمد العلي: ', ' في القاهرة يوم الأحد', 'د. ', 'ى', 'ة', 'ي'];

/** One random edit of a one-line text: a snippet typed, a few characters deleted, a stretch copied elsewhere. */
function edit(r: () => number, text: string): string {
  const at = Math.floor(r() * text.length), kind = r();
  if (kind < 0.5) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 120) + text.slice(at);
}

const tagged = (text: string, base: number, reuse?: SentenceReuse) => {
  const forms: WordForm[] = [];
  return tagParagraph(tokenize(text, base, forms), model, forms, reuse);
};

test('a paragraph tagged with its earlier versions\' sentences kept gives exactly the fresh tagging, after 80 random edits', () => {
  const r = mulberry32(60);
  // Every paragraph is "long" here, so each article's sentences are read back after each edit.
  const reuse = new SentenceReuse(1);
  let text = oneLine;
  tagged(text, 7, reuse);
  for (let k = 1; k <= 80; k++) {
    text = edit(r, text);
    // At another document offset too: kept mentions are moved to where the sentence is now.
    const base = Math.floor(r() * 50);
    assert.deepEqual(tagged(text, base, reuse), tagged(text, base), `edit ${k}`);
  }
  assert.ok(reuse.replayed > 0, 'sentences were read back');
});

test('a paragraph shorter than the bound keeps nothing: it is tagged whole, as before', () => {
  const reuse = new SentenceReuse();
  const text = articles[0].split('\n')[0];
  tagged(text, 0, reuse);
  tagged(text, 0, reuse);
  assert.equal(reuse.replayed, 0);
});

/** Everything a user sees of an analysis, in a comparable form (as incremental.test.ts compares). */
function view(a: Analysis): unknown {
  return {
    annotations: a.annotations, problems: a.problems, quotations: a.quotations, dates: a.dates, documentDate: a.documentDate,
    entities: a.entities.map((e) => ({ id: e.id, key: e.key, label: e.label, type: e.type, mentions: e.mentions })),
    tokens: a.tokens.map((t) => `${t.start}:${t.end}:${t.norm}`).join(' '),
  };
}

test('an open one-line article told each change: after each of 25 random edits its spans and full analysis equal a fresh one', () => {
  const r = mulberry32(61);
  let text = 'Date: 2025-03-04 ' + asLine(16);
  assert.ok(tokenize(text, 0).length >= LONG_PARAGRAPH_TOKENS, 'the line is long enough for its sentences to be kept');
  const doc = 'file:///one-line.ar.txt';
  let version = 1;
  const incremental = new Analyzer(model);
  incremental.analyze(text, { document: doc, version });
  for (let k = 1; k <= 25; k++) {
    const next = edit(r, text);
    // The change as the editor reports it: the stretch between the common start and end.
    let p = 0;
    while (p < text.length && p < next.length && text[p] === next[p]) p++;
    let s = 0;
    while (s < text.length - p && s < next.length - p && text[text.length - 1 - s] === next[next.length - 1 - s]) s++;
    incremental.noteEdit(doc, p, text.length - s, next.length - p - s, text.length, { before: version, after: version + 1 });
    text = next;
    version++;
    if (r() < 0.5) assert.deepEqual(incremental.spans(text, { document: doc, version }), new Analyzer(model).spans(text), `spans, edit ${k}`);
    assert.deepEqual(view(incremental.analyze(text, { document: doc, version })), view(new Analyzer(model).analyze(text)), `edit ${k}`);
  }
});

test('a sentence read by the paragraph\'s spelling is tagged again when another sentence changes that spelling', () => {
  // A paragraph that never spells a final ى may write على as علي; one that spells it (الى) writes علي for the name. A
  // sentence that adds a final ى changes how the first one is read, though its words and neighbours are the same.
  const reuse = new SentenceReuse(1);
  const first = 'وقال الوزير علي إن الاتفاق مهم. المدرسة جميلة.';
  const second = first + ' ذهب الى البيت.';
  assert.notDeepEqual(tagged(first, 0).mentions.slice(0, 1).map((m) => m.start), tagged(second, 0).mentions.slice(0, 1).map((m) => m.start));
  tagged(first, 0, reuse);
  assert.deepEqual(tagged(second, 0, reuse), tagged(second, 0));
});

test('a line with no sentence end keeps nothing: each keystroke would keep another copy of the whole line', () => {
  // One sentence of more than MAX_KEPT_SENTENCE tokens: a pasted feed line whose punctuation was lost.
  const line = `${asLine(16)} ${asLine(16)}`.split('').filter((c) => c.length === 1 && !/[\p{P}\p{S}]/u.test(c)).join('');
  const reuse = new SentenceReuse();
  for (const text of [line, line.replace(' ', ' و ')]) {
    const forms: WordForm[] = [];
    const tokens = tokenize(text, 0, forms);
    assert.ok(tokens.length >= LONG_PARAGRAPH_TOKENS);
    assert.equal(splitSentences(tokens).length, 1);
    tagParagraph(tokens, model, forms, reuse);
  }
  assert.ok(MAX_KEPT_SENTENCE < LONG_PARAGRAPH_TOKENS);
  assert.equal(reuse.size, 0);
});

test('two sentences whose keys hash alike are told apart by their tokens: the second is tagged, not given the first\'s tagging', () => {
  const reuse = new SentenceReuse(1);
  const spelling = { ya: () => false, ta: () => false, yi: () => false };
  const a = tokenize('قال محمد العلي إن الاتفاق مهم.', 0), b = tokenize('قال محمد الحسن إن الاتفاق مهم.', 0);
  // The same hash forced on both (a collision of the 32-bit hash): only the tokens compared can tell them apart.
  const ka = { ...reuse.key(a, 0, a.length, reuse.flags(a, spelling)!), hash: 7 };
  const kb = { ...reuse.key(b, 0, b.length, reuse.flags(b, spelling)!), hash: 7 };
  const tagsA = tagged('قال محمد العلي إن الاتفاق مهم.', 0);
  reuse.keep(ka, a, 0, tagsA.stems, tagsA.prefixes, tagsA.mentions, 0);
  assert.equal(reuse.size, 1);
  const stems: string[] = [], prefixes: string[] = [], mentions: EntityMention[] = [];
  assert.equal(reuse.replay(kb, b, 0, stems, prefixes, mentions), false);
  assert.equal(reuse.replay(ka, a, 0, stems, prefixes, mentions), true);
  assert.deepEqual(mentions, tagsA.mentions);
});
