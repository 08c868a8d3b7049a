// Range and delta answers on an article pasted as one line: a range answers the tokens of its characters, not the
// line's tens of thousands; a keystroke's delta sends the tokens it moved; a provisional range tags a window of the
// line, not the megabyte. Normal articles' whole-line ranges answer what they did.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { MAX_RANGE_CHARS, provisionalRange } from '../../../server/src/features/provisionalTokens';
import { BlockResults, rangeTokens, tokenBlocks } from '../../../server/src/features/tokenBlocks';
import { rangeAnswer, tokenRange } from '../../../server/src/features/tokenRange';

const model = loadDefaultModel();
const article = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8');
/** The fixture's paragraphs joined on one line until it is `size` characters long. */
function oneLine(size: number): string {
  let s = '';
  while (s.length < size) s += article.replace(/\n+/g, ' ') + ' ';
  return s;
}

/** Absolute tokens [line, character, length, type, modifiers] of encoded data. */
function absolute(data: readonly number[]): number[][] {
  const out: number[][] = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] ? data[i + 1] : char + data[i + 1];
    out.push([line, char, data[i + 2], data[i + 3], data[i + 4]]);
  }
  return out;
}

const blocksOf = (text: string, seen = new Analyzer(model)) => tokenBlocks(seen.spanSnapshot(text, { document: 'x' }), [], text);

test('a range on one long line answers the tokens of its characters only, each whole, as the whole answer has them', () => {
  const text = oneLine(40_000);
  const blocks = blocksOf(text);
  const all = absolute(new BlockResults().full('x', blocks).data);
  assert.ok(all.length > 1000, 'the line has many tokens');
  const range = { start: { line: 0, character: 20_000 }, end: { line: 0, character: 23_000 } };
  const got = absolute(rangeAnswer(blocks, tokenRange(range)).data);
  const expected = all.filter(([, c, len]) => c + len > 20_000 && c < 23_000);
  assert.ok(expected.length > 0 && expected.length < 200);
  assert.deepEqual(got, expected);
});

test('whole-line ranges of a normal article answer what the blocks of their lines hold (the line-granular answer)', () => {
  const text = article.repeat(3);
  const blocks = blocksOf(text);
  const lines = text.split('\n');
  for (const [first, last] of [[0, 5], [3, 9], [10, 30]]) {
    const whole = absolute(rangeTokens(blocks, first, last).data).filter(([line]) => line <= last);
    const toEnd = rangeAnswer(blocks, tokenRange({ start: { line: first, character: 0 }, end: { line: last, character: lines[last].length } }));
    const toNext = rangeAnswer(blocks, tokenRange({ start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }));
    assert.deepEqual(absolute(toEnd.data), whole, `${first}-${last}`);
    assert.deepEqual(absolute(toNext.data), whole, `${first}-${last + 1}:0`);
  }
  // An empty range takes its line, as before.
  assert.deepEqual(absolute(rangeAnswer(blocks, tokenRange({ start: { line: 4, character: 3 }, end: { line: 4, character: 3 } })).data), absolute(rangeTokens(blocks, 4, 4).data).filter(([line]) => line === 4));
});

test('a keystroke in the middle of one long line: the delta sends the tokens it moved, and applied it gives the whole answer', () => {
  const seen = new Analyzer(model);
  const text = oneLine(40_000);
  const snapshot = seen.spanSnapshot(text, { document: 'x' });
  const blocks = tokenBlocks(snapshot, [], text);
  const results = new BlockResults();
  const before = results.full('x', blocks) as SemanticTokens;
  const at = text.indexOf(' ', 20_000);
  const edited = text.slice(0, at) + ' وقال لافروف' + text.slice(at);
  const after = tokenBlocks(seen.spanSnapshot(edited, { document: 'x' }), [], edited, { blocks, snapshot });
  const delta = results.delta('x', after, before.resultId!) as SemanticTokensDelta;
  const sent = delta.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0);
  assert.ok(sent > 0 && sent < 200, `sent ${sent} integers of ${before.data.length}`);
  let data = [...before.data];
  for (const e of [...delta.edits].reverse()) data = [...data.slice(0, e.start), ...(e.data ?? []), ...data.slice(e.start + e.deleteCount)];
  assert.deepEqual(data, new BlockResults().full('y', after).data);
  for (const e of delta.edits) assert.equal(e.start % 5, 0, 'edits start at a token');
});

test('a provisional range on one line longer than a screen tags a window around the asked characters, placed on the line', () => {
  const text = oneLine(MAX_RANGE_CHARS + 50_000);
  const range = tokenRange({ start: { line: 0, character: 60_000 }, end: { line: 0, character: 63_000 } });
  let tagged = 0;
  const answer = provisionalRange(text, range, [], (part) => { tagged += part.length; return new Analyzer(model).spanSnapshot(part, { document: 'p' }); });
  assert.ok(answer, 'answered from the window');
  assert.ok(tagged > 3_000 && tagged < 12_000, `tagged ${tagged} characters`);
  const exact = absolute(rangeAnswer(blocksOf(text), range).data);
  assert.ok(exact.length > 20);
  // The window's sentences are tagged alone, as the visible lines of a normal article are: the same words, at the same
  // places; a label can differ where the whole document's votes decide it (the server checks and asks for a refresh).
  const got = absolute(answer!.data);
  assert.deepEqual(got.map(([l, c, n]) => [l, c, n]), exact.map(([l, c, n]) => [l, c, n]));
  assert.ok(got.filter((t, i) => t[3] !== exact[i][3]).length * 10 < got.length, 'labels mostly agree');
  // More than a screen of characters: the whole document answers.
  assert.equal(provisionalRange(text, tokenRange({ start: { line: 0, character: 0 }, end: { line: 0, character: MAX_RANGE_CHARS + 10 } }), [], (part) => new Analyzer(model).spanSnapshot(part, { document: 'p' })), undefined);
});
