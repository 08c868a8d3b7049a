// Semantic tokens by blocks of lines: a line's tokens are encoded once and kept while its spans are the same object,
// so after an edit only the touched lines are encoded again and a delta answer carries only that stretch.
import type { TextLike } from '../engine/pieceText';
import { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { spansInOrder } from '../engine/annotations';
import { applyDecisions, Decision } from '../engine/decisions';
import { LineSpans, SpanSnapshot } from '../engine/spanIndex';
import { flatten, pieceOf } from './semanticTokens';
import { BlockSource, unchangedEnds } from './blockReuse';
import { narrowEdit } from './deltaEdit';

/**
 * Encoded tokens (LSP relative format) of lines [firstLine, firstLine + lines), as if the previous token were at the
 * start of firstLine: the same array serves wherever the block moves. A block is one line, or the lines a quotation or
 * a decision spans.
 */
export interface TokenBlock {
  firstLine: number;
  lines: number;
  data: readonly number[];
  /** The line of its last token, relative to firstLine; -1 when it has none. */
  lastLine: number;
}

type Lines = SpanSnapshot['lines'];
const ZERO = Int32Array.of(0);
type Encoded = { data: number[]; lastLine: number };

/** Pieces (sorted) cut at line ends into tokens, relative to line `first`. */
function encode(pieces: ReadonlyArray<{ start: number; end: number; type: number; modifiers: number }>, lines: Pick<Lines, 'starts' | 'lengths'>, first: number, last: number): Encoded {
  const data: number[] = [];
  const { starts, lengths } = lines;
  let prevLine = first, prevChar = 0;
  let li = first;
  for (const p of pieces) {
    // Pieces come by start; nested quotations overlap, so the line is searched from the block's start when a piece starts earlier.
    if (p.start < starts[li]) li = first;
    while (li < last && starts[li + 1] <= p.start) li++;
    let s = p.start;
    for (let l = li; l <= last; l++) {
      if (l > li) s = starts[l];
      const e = Math.min(p.end, starts[l] + lengths[l]);
      if (e > s) {
        const char = s - starts[l];
        data.push(l - prevLine, l === prevLine ? char - prevChar : char, e - s, p.type, p.modifiers);
        prevLine = l;
        prevChar = char;
      }
      if (e >= p.end) break;
    }
  }
  return { data, lastLine: data.length ? prevLine - first : -1 };
}

/** A line with no quotation or decision on it: its suggestions, the first of overlapping ones kept. */
const plain = new WeakMap<LineSpans, Encoded>();
function plainLine(line: LineSpans, length: number): Encoded {
  let known = plain.get(line);
  if (known) return known;
  const pieces: Array<{ start: number; end: number; type: number; modifiers: number }> = [];
  let lastEnd = 0;
  for (const x of line.spans) {
    if (x.start < lastEnd) continue;
    pieces.push(pieceOf(x.label, x.start, x.end, 'suggested'));
    lastEnd = x.end;
  }
  known = encode(pieces, { starts: ZERO, lengths: Int32Array.of(length) }, 0, 0);
  plain.set(line, known);
  return known;
}

/**
 * Blocks with quotations or decisions, by their first line's spans: kept while the signature is the same — the lines'
 * spans objects and lengths, the quotations' offsets and the decisions relative to the block (compared in place: no
 * array or string is built per block and edit, a 5 M-character article has thousands of such blocks).
 */
const mixed = new WeakMap<LineSpans, { lines: readonly number[]; quotes: readonly number[]; decisions: string; encoded: Encoded }>();

type Quote = { start: number; end: number };

/**
 * The decisions and length each version's blocks were built from (its lines come with its snapshot, which the caller
 * keeps anyway: held here, every version's lines would outlive it until a full collection).
 */
const sources = new WeakMap<readonly TokenBlock[], Pick<BlockSource, 'live' | 'textLength'> & Kept>();

/**
 * Which blocks a version took from the last one's: its first `head` are the last version's first, its last `tail` the
 * last version's last (moved when lines were added or removed). `from` numbers the last version's blocks (a number, not
 * the array: each version would keep every earlier one alive).
 */
interface Kept { serial: number; from: number; head: number; tail: number }
let serials = 0;

/**
 * The tokens of a snapshot with the annotator's decisions applied, by block (equal to provideSemanticTokens on the
 * decided spans). `previous`: the blocks of the document's last version and its snapshot; the blocks before and after the lines an edit
 * changed are taken from it (the same objects, or moved copies when lines were added or removed), and only the lines
 * between are walked, so an edit costs the same however long the document is.
 */
export function tokenBlocks(snapshot: SpanSnapshot, decisions: readonly Decision[], text: TextLike, previous?: { blocks: readonly TokenBlock[]; snapshot: SpanSnapshot }): TokenBlock[] {
  const { lines, quotes } = snapshot;
  const n = lines.count;
  const { starts } = lines;
  const lineOf = (offset: number) => { let lo = 0, hi = n; while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= offset) lo = mid + 1; else hi = mid; } return Math.max(0, lo - 1); };
  const lastOf = (x: Quote) => lineOf(Math.max(x.start, x.end - 1));
  // Decisions by first line, in their own order on one line (as applyDecisions meets them); quotations come in document order.
  const live = decisions.filter((d) => d.status !== 'orphaned').map((x) => ({ x, line: lineOf(x.start) })).sort((a, b) => a.line - b.line).map((y) => y.x);
  const prev = previous?.blocks ?? [];
  const source = previous && sources.get(previous.blocks);
  const same = source ? unchangedEnds({ lines: previous.snapshot.lines, quotes: previous.snapshot.quotes, ...source }, snapshot, live, text.length) : undefined;
  // The last version's blocks that end before the first changed line, as they are (found by bisection, copied at once).
  let blocks: TokenBlock[] = same ? prev.slice(0, blocksEndingBy(prev, same.head)) : [];
  const kept: Kept = { serial: ++serials, from: source ? source.serial : 0, head: blocks.length, tail: 0 };
  let i = 0, q = 0, d = 0;
  if (same) {
    i = blocks.length ? blocks[blocks.length - 1].firstLine + blocks[blocks.length - 1].lines : 0;
    // Quotations and decisions starting on those lines are in those blocks.
    if (i < n) {
      const at = starts[i];
      let lo = 0, hi = quotes.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid].start < at) lo = mid + 1; else hi = mid; }
      q = lo;
      while (d < live.length && lineOf(live[d].start) < i) d++;
    }
  }
  const put = (firstLine: number, count: number, e: Encoded) => {
    const b = prev[blocks.length];
    blocks.push(b && b.data === e.data && b.lines === count && b.firstLine === firstLine ? b : { firstLine, lines: count, data: e.data, lastLine: e.lastLine });
  };
  const nextFirst = () => Math.min(q < quotes.length ? lineOf(quotes[q].start) : Infinity, d < live.length ? lineOf(live[d].start) : Infinity);
  let upcoming = nextFirst();
  while (i < n) {
    // Past the changed lines, at a line where a block of the last version starts: the rest is its blocks, moved.
    if (same && i >= same.tail) {
      const k = blockStarting(prev, i - same.shift);
      if (k >= 0) {
        kept.tail = prev.length - k;
        if (same.shift === 0) blocks = blocks.concat(prev.slice(k));
        else for (let j = k; j < prev.length; j++) { const b = prev[j]; blocks.push({ firstLine: b.firstLine + same.shift, lines: b.lines, data: b.data, lastLine: b.lastLine }); }
        break;
      }
    }
    if (upcoming > i) {
      put(i, 1, plainLine(lines.spans[i], lines.lengths[i]));
      i++;
      continue;
    }
    let last = i;
    const mineQuotes: Quote[] = [];
    const mineDecisions: Decision[] = [];
    // Every quotation and decision starting on the block's lines widens it to their last line.
    for (;;) {
      if (q < quotes.length && lineOf(quotes[q].start) <= last) { last = Math.max(last, lastOf(quotes[q])); mineQuotes.push(quotes[q++]); continue; }
      if (d < live.length && lineOf(live[d].start) <= last) { last = Math.max(last, lastOf(live[d])); mineDecisions.push(live[d++]); continue; }
      break;
    }
    put(i, last - i + 1, mixedBlock(lines, i, last, mineQuotes, mineDecisions, text));
    i = last + 1;
    upcoming = nextFirst();
  }
  sources.set(blocks, { live, textLength: text.length, ...kept });
  return blocks;
}

/** How many blocks at the start of `blocks` end at or before line `line` (blocks follow each other, so their ends rise). */
function blocksEndingBy(blocks: readonly TokenBlock[], line: number): number {
  let lo = 0, hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].firstLine + blocks[mid].lines <= line) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Index of the block of `blocks` that starts at `line`, or -1. */
function blockStarting(blocks: readonly TokenBlock[], line: number): number {
  let lo = 0, hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].firstLine < line) lo = mid + 1; else hi = mid; }
  return lo < blocks.length && blocks[lo].firstLine === line ? lo : -1;
}

function mixedBlock(lines: Lines, first: number, last: number, quotes: Quote[], decisions: Decision[], text: TextLike): Encoded {
  const at = lines.starts[first];
  const decided = decisions.length ? decisions.map((d) => `${d.status}:${d.kind}:${d.label}:${d.start - at}-${d.end - at}`).join(' ') : '';
  const known = mixed.get(lines.spans[first]);
  if (known && known.decisions === decided && known.lines.length === 2 * (last - first + 1) && known.quotes.length === 2 * quotes.length) {
    let same = true;
    for (let l = first, k = 0; same && l <= last; l++, k += 2) same = known.lines[k] === lines.spans[l].id && known.lines[k + 1] === lines.lengths[l];
    for (let j = 0; same && j < quotes.length; j++) same = known.quotes[2 * j] === quotes[j].start - at && known.quotes[2 * j + 1] === quotes[j].end - at;
    if (same) return known.encoded;
  }
  const ids: number[] = [];
  for (let l = first; l <= last; l++) ids.push(lines.spans[l].id, lines.lengths[l]);
  const offsets: number[] = [];
  for (const x of quotes) offsets.push(x.start - at, x.end - at);
  const entities: Array<{ label: LineSpans['spans'][number]['label']; start: number; end: number }> = [];
  const dates: Array<{ type: never; start: number; end: number }> = [];
  for (let l = first; l <= last; l++) {
    const base = lines.starts[l];
    for (const x of lines.spans[l].spans) {
      if (x.kind === 'entity') entities.push({ label: x.label, start: base + x.start, end: base + x.end });
      else dates.push({ type: x.label as never, start: base + x.start, end: base + x.end });
    }
  }
  const encoded = encode(flatten(applyDecisions(spansInOrder(entities, quotes, dates), decisions, text, true)), lines, first, last);
  mixed.set(lines.spans[first], { lines: ids, quotes: offsets, decisions: decided, encoded });
  return encoded;
}

/** Blocks [from, to) as one data array, the first token placed after a token on line `prevLine`. */
function join(blocks: readonly TokenBlock[], from: number, to: number, prevLine: number): number[] {
  const out: number[] = [];
  for (let b = from; b < to; b++) {
    const { data, firstLine, lastLine } = blocks[b];
    if (!data.length) continue;
    const start = out.length;
    for (let i = 0; i < data.length; i++) out.push(data[i]);
    // Relative to the block's first line; now relative to the previous token (always on an earlier line, or at line 0 before any).
    out[start] = firstLine + data[0] - prevLine;
    prevLine = firstLine + lastLine;
  }
  return out;
}

/** The line of the last token before block `b`, or 0. */
function lineBefore(blocks: readonly TokenBlock[], b: number): number {
  for (let k = b - 1; k >= 0; k--) if (blocks[k].data.length) return blocks[k].firstLine + blocks[k].lastLine;
  return 0;
}

const lengthOf = (blocks: readonly TokenBlock[], from: number, to: number) => { let s = 0; for (let b = from; b < to; b++) s += blocks[b].data.length; return s; };

/** Tokens of the blocks that overlap lines [startLine, endLine] (whole blocks: a broader range than asked is allowed). */
export function rangeTokens(blocks: readonly TokenBlock[], startLine: number, endLine: number): SemanticTokens {
  let lo = 0, hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].firstLine + blocks[mid].lines <= startLine) lo = mid + 1; else hi = mid; }
  let to = lo;
  while (to < blocks.length && blocks[to].firstLine <= endLine) to++;
  return { data: join(blocks, lo, to, 0) };
}

/**
 * Full and delta answers for each document: remembers the blocks of the last answer (by result id), so a delta is
 * the stretch between the blocks both answers share at either end, found without comparing the data.
 */
export class BlockResults {
  private last = new Map<string, { id: string; blocks: readonly TokenBlock[]; lines: number }>();
  private counter = 0;

  private remember(uri: string, blocks: readonly TokenBlock[]): string {
    const id = String(++this.counter);
    const lines = blocks.length ? blocks[blocks.length - 1].firstLine + blocks[blocks.length - 1].lines : 0;
    this.last.set(uri, { id, blocks, lines });
    return id;
  }

  full(uri: string, blocks: readonly TokenBlock[]): SemanticTokens {
    return { resultId: this.remember(uri, blocks), data: join(blocks, 0, blocks.length, 0) };
  }

  delta(uri: string, blocks: readonly TokenBlock[], previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(uri);
    if (!prev || prev.id !== previousResultId) return this.full(uri, blocks);
    const p = prev.blocks;
    const lines = blocks.length ? blocks[blocks.length - 1].firstLine + blocks[blocks.length - 1].lines : 0;
    // Blocks these took from the last answer's are equal there: compared from there on, not from either end.
    const now = sources.get(blocks), before = sources.get(p);
    const kept = now && before && now.from === before.serial ? now : undefined;
    let head = kept ? Math.min(kept.head, p.length, blocks.length) : 0;
    while (head < p.length && head < blocks.length && p[head].data === blocks[head].data && p[head].firstLine === blocks[head].firstLine) head++;
    let tail = kept ? Math.min(kept.tail, p.length - head, blocks.length - head) : 0;
    while (tail < p.length - head && tail < blocks.length - head) {
      const a = p[p.length - 1 - tail], b = blocks[blocks.length - 1 - tail];
      if (a.data !== b.data || prev.lines - a.firstLine !== lines - b.firstLine) break;
      tail++;
    }
    // The first token after the changed stretch is relative to the last one in it: it is sent again.
    while (tail > 0 && !blocks[blocks.length - tail].data.length) tail--;
    if (tail > 0) tail--;
    // Within the changed blocks (a block can be a megabyte-long line) only the tokens that differ are sent.
    const edit = narrowEdit(lengthOf(p, 0, head), join(p, head, p.length - tail, lineBefore(p, head)), join(blocks, head, blocks.length - tail, lineBefore(blocks, head)));
    const resultId = this.remember(uri, blocks);
    return { resultId, edits: edit.deleteCount || edit.data.length ? [edit] : [] };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
