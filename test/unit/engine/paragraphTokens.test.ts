import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer, paragraphs } from '../../../server/src/engine/analysis';
import { DocumentTokens } from '../../../server/src/engine/documentTokens';
import { tagParagraph } from '../../../server/src/engine/entities';
import type { WordForm } from '../../../server/src/engine/interner';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { compactTokens, paragraphTags, tokenCount, tokensOf } from '../../../server/src/engine/paragraphTokens';
import { Token, tokenize } from '../../../server/src/engine/tokenize';
import { tokenView } from '../../../server/src/engine/tokenView';

const model = loadDefaultModel();
const root = path.join(__dirname, '..', '..', '..');
const TEXT = fs.readFileSync(path.join(root, 'seeds', 'lavrov-wonsan.ar.txt'), 'utf8');

/** Each paragraph tagged as the analyzer tags it, with its compact tokens. */
function tagged(text: string) {
  return paragraphs(text).map((p) => {
    const forms: WordForm[] = [];
    const tokens = tokenize(p.text, p.base, forms);
    const tags = tagParagraph(tokens, model, forms);
    return { base: p.base, text: p.text, tokens, tags, words: compactTokens(tokens, tags.stems, tags.prefixes, p.base, forms) };
  });
}

test('a paragraph\'s compact tokens give back its tokens, stems and prefixes as tagging made them', () => {
  const paras = tagged(TEXT);
  assert.ok(paras.length > 5 && paras.some((p) => p.tags.mentions.length), 'an article with names');
  for (const p of paras) {
    assert.equal(tokenCount(p.words), p.tokens.length);
    assert.deepEqual(paragraphTags(p.words, p.base, p.tags.mentions), p.tags);
  }
});

test('a paragraph that moved reads its tokens at its new place from the same compact tokens', () => {
  for (const p of tagged(TEXT)) assert.deepEqual(tokensOf(p.words, p.base + 1234), tokenize(p.text, p.base + 1234));
});

test('a paragraph longer than 65,536 characters gives back its tokens past that point (its offsets do not wrap)', () => {
  const line = TEXT.split('\n').filter((l) => l.trim()).join(' ');
  let text = line;
  while (text.length <= 70_000) text += ` ${line}`;
  const [p] = tagged(text);
  assert.equal(tagged(text).length, 1);
  assert.ok(p.tokens[p.tokens.length - 1].end > 65_536);
  assert.deepEqual(tokensOf(p.words, 0), p.tokens);
  assert.deepEqual(tokensOf(p.words, 1234), tokenize(text, 1234));
});

test('tokens spelled and tagged alike share one form (what the kept paragraphs hold per token)', () => {
  const forms = new Map<string, unknown>();
  let shared = 0, tokens = 0;
  // The article twice: a paragraph tagged again holds the forms the first one made.
  for (const p of tagged(`${TEXT}\n${TEXT}`)) {
    tokens += tokenCount(p.words);
    p.words.forms.forEach((f) => {
      const key = `${f.text}|${f.stem}|${f.prefix}`;
      if (forms.has(key)) { assert.equal(forms.get(key), f, key); shared++; } else forms.set(key, f);
    });
  }
  assert.ok(shared > tokens / 2, `${shared} of ${tokens} tokens repeat a form`);
});

test('a document\'s token columns read as its token list does (by index, outside it, from an offset, as a view)', () => {
  const paras = tagged(TEXT);
  const all: Token[] = paras.flatMap((p) => p.tokens);
  const cols = new DocumentTokens(paras);
  assert.equal(cols.length, all.length);
  for (let k = 0; k < all.length; k++) assert.deepEqual(cols.tok(k), all[k]);
  assert.equal(cols.tok(-1), undefined);
  assert.equal(cols.tok(all.length), undefined);
  for (let offset = 0; offset <= TEXT.length; offset += 7) {
    let k = 0;
    while (k < all.length && all[k].start < offset) k++;
    assert.equal(cols.at(offset), k, `offset ${offset}`);
  }
  const view = tokenView(cols);
  assert.equal(view.length, all.length);
  assert.deepEqual([...view], all);
  assert.deepEqual(view.slice(3, 9), all.slice(3, 9));
  assert.equal(view[all.length], undefined);
});

test('a document\'s tokens read in any order, over empty paragraphs, are its tokens (the columns keep no copy)', () => {
  const paras = tagged(`\n${TEXT}\n\n\n${TEXT.slice(0, 3000)}\n`);
  const all: Token[] = paras.flatMap((p) => p.tokens);
  const cols = new DocumentTokens(paras);
  assert.ok(paras.some((p) => !p.tokens.length), 'empty paragraphs among them');
  // Backwards, by jumps, and each paragraph's first and last tokens after a far one.
  for (let k = all.length - 1; k >= 0; k -= 3) assert.deepEqual(cols.tok(k), all[k], `token ${k}`);
  for (let k = 0, step = 1; k < all.length; k += step, step = (step * 7) % 101 + 1) assert.deepEqual(cols.tok(all.length - 1 - k), all[all.length - 1 - k]);
  for (const p of paras) if (p.tokens.length) {
    const k = all.indexOf(p.tokens[0]);
    assert.deepEqual(cols.tok(all.length - 1), all[all.length - 1]);
    assert.deepEqual(cols.tok(k), all[k]);
    assert.deepEqual(cols.tok(k + p.tokens.length - 1), all[k + p.tokens.length - 1]);
  }
  assert.equal(cols.at(Number.MAX_SAFE_INTEGER), all.length);
  assert.equal(cols.at(0), 0);
});

test('an open document\'s analysis (tokens from columns) equals an analysis of the text alone', () => {
  const text = `${TEXT}\n${TEXT.slice(0, 2000)}`;
  const open = new Analyzer(model).analyze(text, { document: 'file:///a.txt', version: 1 });
  const alone = new Analyzer(model, true).analyze(text);
  assert.deepEqual([...open.tokens], alone.tokens);
  assert.deepEqual(open.entities, alone.entities);
  assert.deepEqual(open.quotations, alone.quotations);
  assert.deepEqual(open.annotations, alone.annotations);
});
