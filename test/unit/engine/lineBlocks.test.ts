// A long paragraph's edit reads the last tagging back in two blocks (lineBlocks.ts): the sentences the edit left alone are
// copied whole, not keyed one by one, and the tagging is exactly a fresh one's wherever the edit falls.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tagParagraph } from '../../../server/src/engine/entities';
import type { WordForm } from '../../../server/src/engine/interner';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { ParagraphCache } from '../../../server/src/engine/paragraphCache';
import { compactTokens } from '../../../server/src/engine/paragraphTokens';
import { SentenceReuse } from '../../../server/src/engine/sentenceReuse';
import { splitSentences, tokenize } from '../../../server/src/engine/tokenize';
import { mulberry32 } from '../../../server/src/training/perceptron';
import { randomEdit } from './oneLineEdits';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
/** 24 dev-quotes articles pasted as one line (some 3,000 tokens: a long paragraph, sentenceReuse.ts). */
const line = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 24)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, '')).join(' ').replace(/\s*[\r\n]+\s*/g, ' ');

/** The paragraph tagged at `base` with `reuse`, kept as the paragraph cache keeps it (the next version's blocks read it). */
function tagKept(text: string, base: number, reuse: SentenceReuse) {
  const forms: WordForm[] = [];
  const tokens = tokenize(text, base, forms);
  const tags = tagParagraph(tokens, model, forms, reuse);
  reuse.remember(tokens, compactTokens(tokens, tags.stems, tags.prefixes, base, forms), base, tags.mentions);
  return tags;
}

test('a letter typed mid-line: the sentences away from it are copied as blocks, none looked up by its key', () => {
  const reuse = new SentenceReuse();
  tagKept(line, 0, reuse);
  const at = line.indexOf(' ', line.length >> 1);
  const next = line.slice(0, at) + 'ب' + line.slice(at);
  const sentences = splitSentences(tokenize(next, 0)).length;
  assert.ok(sentences > 100, `${sentences} sentences`);
  const before = reuse.replayed;
  const forms: WordForm[] = [];
  assert.deepEqual(tagKept(next, 0, reuse), tagParagraph(tokenize(next, 0, forms), model, forms));
  // Without the blocks every sentence but the edited one is read back by its key.
  assert.ok(reuse.replayed - before <= 2, `${reuse.replayed - before} of ${sentences} sentences looked up by key`);
});

/** Typed text that moves sentence ends (`؟`, `!`, an initial's period) and tags, or flips a paragraph spelling (ى، ة، ي). */
const SNIPPETS = ['ب', 'و', 'ال', ' ', '. ', '.', '؟', '!', ' ج. ', ' أ. ب. ', '«', '»', ' محمد', ' وقال محمد العلي', ' نادي الاتحاد', ' في 12 مارس', 'ى', 'ة', 'ي', 'علي'];

/** A snippet typed within two characters of a sentence's end mark: where a block's edge (its context, its start's reach) lies. */
function atSentenceEnd(r: () => number, text: string): string {
  const ends = [...text.matchAll(/[.؟!]/g)].map((m) => m.index!);
  const at = Math.max(0, Math.min(text.length, ends[Math.floor(r() * ends.length)] - 2 + Math.floor(r() * 5)));
  return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
}

test('the paragraph cache\'s tagging of a long line after each of 150 random edits, at random offsets, is a fresh tagging', () => {
  const r = mulberry32(166);
  const cache = new ParagraphCache(model, false);
  let text = line;
  cache.at(text, 0);
  for (let k = 1; k <= 150; k++) {
    text = r() < 0.5 ? atSentenceEnd(r, text) : randomEdit(r, text, SNIPPETS, /[\u0621-\u064a]{5,}|[.؟!«»]/g, 200);
    // Now and then the line moves (a line above it edited): the blocks are moved with it.
    const base = r() < 0.3 ? Math.floor(r() * 40) : 0;
    const seen = cache.withTokens(text, base), fresh = new ParagraphCache(model, true).withTokens(text, base);
    assert.deepEqual({ tags: seen.tags, dates: seen.r.dates }, { tags: fresh.tags, dates: fresh.r.dates }, `edit ${k}`);
  }
});
