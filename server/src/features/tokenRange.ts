// The characters a semantic-tokens range asks for, and encoded tokens cut to them: a range on a megabyte pasted as one
// line answers the tokens on its screen, not the line's 30,000.
import { Range, SemanticTokens } from 'vscode-languageserver';
import { rangeTokens, TokenBlock } from './tokenBlocks';

/**
 * Lines [first, last], from character `startChar` of the first to `endChar` of the last (exclusive; Infinity: to the
 * line's end). A range ending at the start of a line does not take that line; an empty range takes its whole line.
 */
export interface TokenRange { first: number; startChar: number; last: number; endChar: number }

export function tokenRange(r: Range): TokenRange {
  const { start, end } = r;
  if (start.line === end.line && start.character === end.character) return { first: start.line, startChar: 0, last: start.line, endChar: Infinity };
  if (end.character === 0 && end.line > start.line) return { first: start.line, startChar: start.character, last: end.line - 1, endChar: Infinity };
  return { first: start.line, startChar: start.character, last: end.line, endChar: end.character };
}

/**
 * The tokens of `data` (encoded from line 0) that overlap the range, encoded from line 0: a token that crosses an edge
 * is kept whole, so the answer is a run of the whole document's tokens. Tokens are read in order and the walk stops
 * after the range's last line.
 */
export function clipTokens(data: readonly number[], r: TokenRange): SemanticTokens {
  const out: number[] = [];
  let line = 0, char = 0, prevLine = 0, prevChar = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] ? data[i + 1] : char + data[i + 1];
    if (line > r.last) break;
    if (line < r.first || (line === r.first && char + data[i + 2] <= r.startChar) || (line === r.last && char >= r.endChar)) continue;
    out.push(line - prevLine, line === prevLine ? char - prevChar : char, data[i + 2], data[i + 3], data[i + 4]);
    prevLine = line;
    prevChar = char;
  }
  return { data: out };
}

/** Tokens encoded from (0, 0) moved so that (0, 0) is (line, char): only the first token's numbers change. */
export function placeTokens(data: number[], line: number, char: number): number[] {
  if (!data.length) return data;
  if (data[0] === 0) data[1] += char;
  data[0] += line;
  return data;
}

/** The range answer from a version's blocks: the blocks on its lines, cut to its characters. */
export function rangeAnswer(blocks: readonly TokenBlock[], r: TokenRange): SemanticTokens {
  return clipTokens(rangeTokens(blocks, r.first, r.last).data, r);
}
