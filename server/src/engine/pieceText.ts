// A document's text kept in pieces: an edit makes a new version sharing every piece it did not touch, read without joining them.
/**
 * What the incremental passes read of a version's text: a string, or a PieceText. A version's text as one string costs
 * a copy of the whole on every edit (V8 joins `before + typed + after` on the first read: 10 MB into freshly mapped
 * memory at 5 M characters, 40–140 ms on a small VM); the passes after an edit read only around it.
 */
export interface TextLike {
  readonly length: number;
  slice(start?: number, end?: number): string;
  /** Integer offsets only (as the passes give them). */
  charCodeAt(index: number): number;
  startsWith(search: string, position?: number): boolean;
  endsWith(search: string, endPosition?: number): boolean;
  toString(): string;
}

/** Pieces of about this many characters: a new piece per edit is a small allocation, and a version's list of pieces is short (300 at 5 M). */
const PIECE = 16_384;

/** `text` in pieces of `piece` characters (the last may be shorter; an empty text is one empty piece). */
function cut(text: string, piece: number): string[] {
  if (text.length <= 2 * piece) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += piece) out.push(text.slice(i, Math.min(text.length, i + piece)));
  return out;
}

/** One version's text. Never changed: edit() returns the next version. */
export class PieceText implements TextLike {
  /** The whole text as one string, once asked for (or given). */
  private whole: string | undefined;
  /** The piece the last charCodeAt read: the passes read characters close together. */
  private near = 0;

  private constructor(private readonly pieces: string[], private readonly starts: number[], readonly length: number, private readonly piece: number, whole?: string) {
    this.whole = whole;
  }

  /** `piece`: the pieces' size (tests make it small, so that edits and reads cross pieces). */
  static of(text: string, piece = PIECE): PieceText {
    const pieces = cut(text, piece);
    const starts: number[] = [];
    let at = 0;
    for (const p of pieces) { starts.push(at); at += p.length; }
    return new PieceText(pieces, starts, text.length, piece, text);
  }

  /** The piece holding `offset` (the last one for the end of the text). */
  private pieceAt(offset: number): number {
    let lo = 0, hi = this.pieces.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  }

  /** This text with [from, to) replaced by `inserted` (offsets within the text, from ≤ to). */
  edit(from: number, to: number, inserted: string): PieceText {
    const a = this.pieceAt(from);
    // The piece holding the last replaced character, or the first one when nothing is replaced.
    const b = to > from ? this.pieceAt(to - 1) : a;
    const joined = this.pieces[a].slice(0, from - this.starts[a]) + inserted + this.pieces[b].slice(to - this.starts[b]);
    // Joined now (a few pieces long): typed keys without a read between would chain one cons string on another.
    joined.charCodeAt(0);
    // An empty piece is dropped, unless it is all the text.
    const made = joined.length > 2 * this.piece ? cut(joined, this.piece) : (joined.length || this.pieces.length === b - a + 1) ? [joined] : [];
    const pieces = this.pieces.slice(0, a).concat(made, this.pieces.slice(b + 1));
    const starts = this.starts.slice(0, a);
    let at = this.starts[a];
    for (const p of made) { starts.push(at); at += p.length; }
    const delta = inserted.length - (to - from);
    for (let k = b + 1; k < this.pieces.length; k++) starts.push(this.starts[k] + delta);
    return new PieceText(pieces, starts, this.length + delta, this.piece);
  }

  slice(start = 0, end = this.length): string {
    const n = this.length;
    const s = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
    const e = end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
    if (s >= e) return '';
    if (this.whole !== undefined) return this.whole.slice(s, e);
    const a = this.pieceAt(s);
    if (e <= this.starts[a] + this.pieces[a].length) return this.pieces[a].slice(s - this.starts[a], e - this.starts[a]);
    if (s === 0 && e === n) return this.toString();
    const parts = [this.pieces[a].slice(s - this.starts[a])];
    let k = a + 1;
    for (; this.starts[k] + this.pieces[k].length < e; k++) parts.push(this.pieces[k]);
    parts.push(this.pieces[k].slice(0, e - this.starts[k]));
    return parts.join('');
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    if (this.whole !== undefined) return this.whole.charCodeAt(index);
    let k = this.near;
    if (index < this.starts[k] || index >= this.starts[k] + this.pieces[k].length) this.near = k = this.pieceAt(index);
    return this.pieces[k].charCodeAt(index - this.starts[k]);
  }

  /** Compared in place within a piece (a check of every kept paragraph copies nothing); a search across pieces is compared part by part. */
  startsWith(search: string, position = 0): boolean {
    const at = Math.min(Math.max(position, 0), this.length);
    if (at + search.length > this.length) return false;
    if (this.whole !== undefined) return this.whole.startsWith(search, at);
    let k = this.pieceAt(at), from = at - this.starts[k];
    for (let i = 0; i < search.length; k++, from = 0) {
      const piece = this.pieces[k];
      const n = Math.min(search.length - i, piece.length - from);
      if (n === search.length) return piece.startsWith(search, from);
      if (piece.slice(from, from + n) !== search.slice(i, i + n)) return false;
      i += n;
    }
    return true;
  }

  endsWith(search: string, endPosition = this.length): boolean {
    const end = Math.min(Math.max(endPosition, 0), this.length);
    return end - search.length >= 0 && this.startsWith(search, end - search.length);
  }

  /** The whole text as one string: joined once per version, when something needs all of it (the full analysis, a save). */
  toString(): string {
    if (this.whole !== undefined) return this.whole;
    const whole = this.pieces.join('');
    // The pieces become views into it: the strings of older versions they were cut from can go.
    for (let k = 0; k < this.pieces.length; k++) this.pieces[k] = whole.slice(this.starts[k], this.starts[k] + this.pieces[k].length);
    this.whole = whole;
    return whole;
  }
}
