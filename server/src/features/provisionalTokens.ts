// The visible lines of a large document before the whole of it is tagged: their tokens from those lines alone
// (tagged now, linked and quotation marks paired among themselves). Provisional: names linked across the document and
// quotations that run past the lines can differ, so the server checks them against the whole document's tokens later.
import { SemanticTokens } from 'vscode-languageserver';
import { Decision } from '../engine/decisions';
import { SpanSnapshot } from '../engine/spanIndex';
import { rangeTokens, tokenBlocks } from './tokenBlocks';

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

/**
 * Tokens of lines [first, last] from `spansOf` run on those lines alone (with the decisions inside them), placed at
 * their lines in the document: the same encoding as the whole document's range answer.
 */
export function provisionalRange(text: string, first: number, last: number, decisions: readonly Decision[], spansOf: (lines: string) => SpanSnapshot): SemanticTokens {
  const span = linesSpan(text, first, last);
  if (!span) return { data: [] };
  const part = text.slice(span.from, span.to);
  const inside = decisions.filter((d) => d.status !== 'orphaned' && d.start >= span.from && d.end <= span.to).map((d) => ({ ...d, start: d.start - span.from, end: d.end - span.from }));
  const blocks = tokenBlocks(spansOf(part), inside, part).map((b) => ({ ...b, firstLine: b.firstLine + first }));
  return rangeTokens(blocks, first, last);
}
