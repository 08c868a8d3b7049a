// The visible lines of a large document before the whole of it is tagged: their tokens from those lines alone
// (tagged now, linked and quotation marks paired among themselves). Provisional: names linked across the document and
// quotations that run past the lines can differ, so the server checks them against the whole document's tokens later.
import { SemanticTokens } from 'vscode-languageserver';
import { Decision } from '../engine/decisions';
import { SENTENCE_END } from '../engine/tokenize';
import { SpanSnapshot } from '../engine/spanIndex';
import { rangeTokens, tokenBlocks } from './tokenBlocks';
import { clipTokens, placeTokens, TokenRange } from './tokenRange';

/** Offsets of lines [first, last] of `text` with the line end after them ([from, to)); lines split as paragraphs are (LF, CRLF, bare CR). */
export function linesSpan(text: string, first: number, last: number): { from: number; to: number } | undefined {
  const breaks = /\r(?!\n)|\n/g;
  let from = first === 0 ? 0 : -1;
  for (let line = 0; line <= last;) {
    const m = breaks.exec(text);
    if (!m) break;
    line++;
    if (line === first) from = m.index + 1;
    if (line === last + 1) return { from, to: m.index + 1 };
  }
  return from < 0 ? undefined : { from, to: text.length };
}

/** Lines over more characters than this are not tagged whole for a provisional answer (a range is a screen or two). */
export const MAX_RANGE_CHARS = 100_000;
/** How far before and after the asked characters of a long line a sentence end is looked for (the window's edges). */
const MARGIN = 4_000;
// The tokenizer's sentence ends, so a window's edge falls where the whole tagging's sentences end (it had its own list, without
// ؛ and …, and a window cut inside a sentence differs from the whole answer: a refresh follows).
const SENTENCE_BREAK = new RegExp(`[${[...SENTENCE_END].join('')}]\\s|[\\r\\n]`, 'g');

/** The start (after a sentence end, or the margin's first space) of a window of a long line ending before `at`. */
function windowStart(text: string, floor: number, at: number): number {
  const from = Math.max(floor, at - MARGIN);
  let best = -1;
  SENTENCE_BREAK.lastIndex = from;
  for (let m = SENTENCE_BREAK.exec(text); m && m.index < at; m = SENTENCE_BREAK.exec(text)) best = m.index + m[0].length;
  if (best >= 0) return best;
  const space = text.indexOf(' ', from);
  return from === floor || space < 0 || space >= at ? from : space + 1;
}

/** The end (after a sentence end, or the margin's last space) of a window of a long line starting before `at`. */
function windowEnd(text: string, at: number, ceiling: number): number {
  const to = Math.min(ceiling, at + MARGIN);
  SENTENCE_BREAK.lastIndex = at;
  const m = SENTENCE_BREAK.exec(text);
  if (m && m.index < to) return m.index + 1;
  const space = text.lastIndexOf(' ', to);
  return to === ceiling || space <= at ? to : space;
}

/**
 * Tokens of the range from `spansOf` run on its lines alone (with the decisions inside them), placed at their lines in
 * the document: the same encoding as the whole document's range answer. Lines longer than MAX_RANGE_CHARS (a pasted
 * article on one line) give a window around the asked characters instead, cut at sentence ends; undefined when even
 * that is more than MAX_RANGE_CHARS.
 */
export function provisionalRange(text: string, r: TokenRange, decisions: readonly Decision[], spansOf: (lines: string) => SpanSnapshot): SemanticTokens | undefined {
  const span = linesSpan(text, r.first, r.last);
  if (!span) return { data: [] };
  let { from, to } = span;
  if (to - from > MAX_RANGE_CHARS) {
    const lineEnd = (at: number) => { const m = /\r|\n/g; m.lastIndex = at; const x = m.exec(text); return x ? x.index : text.length; };
    const a = Math.min(from + Math.max(0, r.startChar), lineEnd(from));
    const lastFrom = r.last === r.first ? from : linesSpan(text, r.last, r.last)?.from ?? from;
    const b = Math.max(a, Math.min(lastFrom + Math.min(r.endChar, MAX_RANGE_CHARS + 1), lineEnd(lastFrom)));
    if (b - a > MAX_RANGE_CHARS) return undefined;
    [from, to] = [windowStart(text, from, a), windowEnd(text, b, to)];
  }
  const part = text.slice(from, to);
  const inside = decisions.filter((d) => d.status !== 'orphaned' && d.start >= from && d.end <= to).map((d) => ({ ...d, start: d.start - from, end: d.end - from }));
  // The window starts on line `first`, `from - span.from` characters in.
  const data = placeTokens([...rangeTokens(tokenBlocks(spansOf(part), inside, part), 0, Infinity).data], r.first, from - span.from);
  return clipTokens(data, r);
}
