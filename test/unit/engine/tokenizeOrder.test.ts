// tokenize() gives tokens in text order, none overlapping: linking's paragraph spans (stormRepeats.ts) read a paragraph's first and last token for its extent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { paragraphs } from '../../../server/src/engine/analysis';
import type { LinkedMention } from '../../../server/src/engine/linking';
import { tokensOfParagraphs } from '../../../server/src/engine/stormRepeats';
import { Token, tokenize } from '../../../server/src/engine/tokenize';

const root = path.join(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(root, 'seeds', 'lavrov-wonsan.ar.txt'), 'utf8');
/** Every class the tokenizer tells apart, side by side: words with marks and joiners, numbers with joiners, Latin, punctuation runs, astral symbols, odd spaces. */
const MIXED = 'قالَ الـرئيس\u200Cالأمريكي 3.5 و١٢٬٣٠٠ دولار (رويترز)-- "José" e\u0301 😀😀 ؟! \t\u00A0abc123 ٤٥٫٦% ...\u2028نهاية';

/** Each token starts before it ends and ends at or before the next one starts. */
function assertOrdered(tokens: readonly Token[], what: string): void {
  for (let i = 0; i < tokens.length; i++) {
    assert.ok(tokens[i].start < tokens[i].end, `${what}: token ${i} is empty`);
    if (i > 0) assert.ok(tokens[i - 1].end <= tokens[i].start, `${what}: token ${i} starts before token ${i - 1} ends`);
  }
}

test('tokenize gives tokens in text order, each ending at or before the next starts (first start least, last end greatest)', () => {
  assertOrdered(tokenize(MIXED), 'mixed');
  assertOrdered(tokenize(MIXED, 1000), 'mixed at 1000');
  for (const p of paragraphs(SEED)) {
    const tokens = tokenize(p.text, p.base);
    assertOrdered(tokens, p.text.slice(0, 20));
    if (!tokens.length) continue;
    assert.equal(tokens[0].start, Math.min(...tokens.map((t) => t.start)));
    assert.equal(tokens[tokens.length - 1].end, Math.max(...tokens.map((t) => t.end)));
  }
});

test('tokensOfParagraphs finds, for every token of an article, the paragraph a walk over the paragraphs finds', () => {
  const paras = paragraphs(SEED + '\n\n' + MIXED).map((p) => ({ tokens: tokenize(p.text, p.base) }));
  const tokensOf = tokensOfParagraphs(paras);
  let asked = 0;
  for (const p of paras) {
    p.tokens.forEach((t, k) => {
      const m = { start: t.start, end: t.end, firstToken: k, lastToken: k + 1 } as LinkedMention;
      const walk = paras.find((x) => x.tokens.length > k && x.tokens[k].start <= m.start && m.start < x.tokens[k].end)?.tokens;
      assert.equal(tokensOf(m), walk);
      asked++;
    });
  }
  assert.ok(asked > 200, `${asked} tokens asked about`);
  // An offset between tokens (a space) and a token index past its paragraph find none, as the walk finds none.
  assert.equal(tokensOf({ start: paras[0].tokens[0].end, end: paras[0].tokens[0].end + 1, firstToken: 0, lastToken: 1 } as LinkedMention), undefined);
  assert.equal(tokensOf({ start: paras[0].tokens[0].start, end: paras[0].tokens[0].end, firstToken: 1, lastToken: 2 } as LinkedMention), undefined);
});

test('tokensOfParagraphs reads a paragraph\'s tokens once while it is asked about, not four times a mention', () => {
  // A compact analysis's paragraph builds its token list on each read of `tokens`: per mention that made one long line quadratic.
  const built = paragraphs(SEED + '\n\n' + MIXED).map((p) => tokenize(p.text, p.base));
  let reads = 0;
  const paras = built.map((tokens) => ({ get tokens() { reads++; return tokens.map((t) => ({ ...t })); } }));
  const tokensOf = tokensOfParagraphs(paras);
  let asked = 0;
  built.forEach((tokens) => tokens.forEach((t, k) => {
    const found = tokensOf({ start: t.start, end: t.end, firstToken: k, lastToken: k + 1 } as LinkedMention);
    assert.deepEqual(found?.[k], t);
    asked++;
  }));
  // paragraphSpans reads each paragraph once, then each paragraph is read once more when its mentions start.
  assert.ok(reads <= 2 * built.length, `${reads} reads of tokens for ${asked} mentions in ${built.length} paragraphs`);
});
