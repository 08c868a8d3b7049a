// Semantic tokens: entities and dates on top of quotation spans, split so no two tokens overlap or cross lines.
import { Range, SemanticTokens } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Annotation } from '../engine/analysis';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './legend';

const TYPE_INDEX: Record<string, number> = {
  PERSON: 0, LOCATION: 1, ORGANIZATION: 2, MISC: 3, DATE: 4, TIME: 4, DURATION: 4, SET: 4, QUOTE: 5,
};

interface Piece { start: number; end: number; type: number; modifiers: number }

const STATUS_BIT: Record<string, number> = { suggested: 1, accepted: 2, manual: 4 };

/** What a token is drawn from: an annotation's kind, label, offsets and review state. */
export type Spanned = Pick<Annotation, 'kind' | 'label' | 'start' | 'end' | 'status'>;

/** The piece a span draws: its type from the label, its modifier from the review state. */
export function pieceOf(label: string, start: number, end: number, status: string | undefined): Piece {
  return { start, end, type: TYPE_INDEX[label], modifiers: STATUS_BIT[status ?? ''] ?? 0 };
}

/** Index of the first piece whose end is after `offset` (the pieces must be disjoint and sorted, so ends are sorted too). */
function firstEndingAfter(pieces: Piece[], offset: number): number {
  let lo = 0, hi = pieces.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (pieces[mid].end <= offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Flattens annotations into non-overlapping pieces; inner spans (entities, dates) win over quotations. */
export function flatten(annotations: readonly Spanned[]): Piece[] {
  const inner = annotations.filter((a) => a.kind !== 'quotation').sort((a, b) => a.start - b.start);
  const innerPieces: Piece[] = [];
  let lastEnd = 0;
  for (const a of inner) {
    if (a.start < lastEnd) continue;
    innerPieces.push(pieceOf(a.label, a.start, a.end, a.status));
    lastEnd = a.end;
  }
  const pieces = [...innerPieces];
  for (const q of annotations) {
    if (q.kind !== 'quotation') continue;
    const modifiers = STATUS_BIT[q.status ?? ''] ?? 0;
    let cur = q.start;
    // Only the inner pieces inside the quotation: found by binary search, not by a scan per quotation.
    for (let k = firstEndingAfter(innerPieces, q.start); k < innerPieces.length && innerPieces[k].start < q.end; k++) {
      const p = innerPieces[k];
      if (p.start > cur) pieces.push({ start: cur, end: p.start, type: TYPE_INDEX.QUOTE, modifiers });
      cur = Math.max(cur, p.end);
    }
    if (cur < q.end) pieces.push({ start: cur, end: q.end, type: TYPE_INDEX.QUOTE, modifiers });
  }
  return pieces.sort((a, b) => a.start - b.start);
}

/** Pieces of one version's spans, computed once: every request on that version (range, full, delta) shares them. */
const piecesOf = new WeakMap<readonly Spanned[], Piece[]>();
function cachedPieces(spans: readonly Spanned[]): Piece[] {
  let p = piecesOf.get(spans);
  if (!p) { p = flatten(spans); piecesOf.set(spans, p); }
  return p;
}

/** Encoded tokens (LSP relative format) of the pieces overlapping [from, to). */
function encode(doc: TextDocument, spans: readonly Spanned[], from: number, to: number): number[] {
  const data: number[] = [];
  const pieces = cachedPieces(spans);
  const text = doc.getText();
  let prevLine = 0, prevChar = 0;
  // Nested quotations overlap, so the pieces' ends are not sorted: a plain scan (the pieces are cached, no text is read).
  for (const p of pieces) {
    if (p.end <= from || p.start >= to) continue;
    let s = p.start;
    while (s < p.end) {
      const nl = text.indexOf('\n', s);
      const e = nl >= 0 && nl < p.end ? nl : p.end;
      if (e > s) {
        const pos = doc.positionAt(s);
        data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, e - s, p.type, p.modifiers);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      s = e + 1;
    }
  }
  return data;
}

/** Tokens of the document (or of `range`) from the spans of its current version. */
export function provideSemanticTokens(doc: TextDocument, spans: readonly Spanned[], range?: Range): SemanticTokens {
  return { data: range ? encode(doc, spans, doc.offsetAt(range.start), doc.offsetAt(range.end)) : encode(doc, spans, 0, Infinity) };
}

export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
