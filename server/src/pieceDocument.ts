// The server's open documents: vscode-languageserver-textdocument's behaviour, with the text kept in pieces (engine/pieceText.ts).
import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceText, TextLike } from './engine/pieceText';

const CR = 13, LF = 10;
const isEol = (c: number) => c === CR || c === LF;

/** Offsets after each line end of `text` (a CRLF is one), moved by `at`; with `at` first when `lineStart`. */
function lineEnds(text: { length: number; charCodeAt(i: number): number }, lineStart: boolean, at = 0): number[] {
  const out = lineStart ? [at] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isEol(c)) continue;
    if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
    out.push(at + i + 1);
  }
  return out;
}

/**
 * A TextDocument whose version text is not one string: `TextDocument.update` builds `before + typed + after` and its
 * first read copies the whole (2 MB at 1 M characters, into freshly mapped memory), every edit. Positions, offsets and
 * line handling are the library's, read through the pieces; getText() joins them once per version.
 */
export class PieceDocument implements TextDocument {
  private starts: number[] | undefined;

  private constructor(readonly uri: string, readonly languageId: string, private current: number, private text: PieceText, private readonly piece?: number) {}

  /** `piece`: the text's pieces' size (PieceText.of). */
  static create(uri: string, languageId: string, version: number, content: string, piece?: number): PieceDocument {
    return new PieceDocument(uri, languageId, version, PieceText.of(content, piece), piece);
  }

  get version(): number {
    return this.current;
  }

  /** This version's text as the incremental passes read it (the same object until the next change). */
  content(): PieceText {
    return this.text;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  private lineStarts(): number[] {
    this.starts ??= lineEnds(this.text, true);
    return this.starts;
  }

  /** An offset moved back over the line end before it (a position never points between CR and LF, or past the line's end). */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.lineStarts();
    let lo = 0, hi = starts.length;
    if (hi === 0) return { line: 0, character: offset };
    while (lo < hi) { const mid = Math.floor((lo + hi) / 2); if (starts[mid] > offset) hi = mid; else lo = mid + 1; }
    const line = lo - 1;
    return { line, character: this.beforeEol(offset, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const starts = this.lineStarts();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, starts[line]) - starts[line] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lineStarts();
    if (line >= starts.length || line < 0) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return this.text.slice(this.beforeEol(next, starts[line]), next);
  }

  /** The editor's changes, in order (as TextDocument.update applies them). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.text = PieceText.of(change.text, this.piece);
        this.starts = undefined;
        continue;
      }
      const { start, end } = wellFormed(change.range);
      const from = this.offsetAt(start), to = this.offsetAt(end);
      this.text = this.text.edit(from, to, change.text);
      const after = from + change.text.length;
      // A CRLF made across the change's ends is not one of the inserted text's line ends: counted again when next asked.
      const crlfAt = (i: number) => this.text.charCodeAt(i - 1) === CR && this.text.charCodeAt(i) === LF;
      if (crlfAt(from) || crlfAt(after)) { this.starts = undefined; continue; }
      const starts = this.lineStarts();
      const first = Math.max(start.line, 0), last = Math.max(end.line, 0);
      const added = lineEnds(change.text, false, from);
      if (last - first === added.length) for (let i = 0; i < added.length; i++) starts[i + first + 1] = added[i];
      else this.starts = starts.slice(0, first + 1).concat(added, starts.slice(last + 1));
      const delta = change.text.length - (to - from);
      const moved = this.starts!;
      if (delta !== 0) for (let i = first + 1 + added.length; i < moved.length; i++) moved[i] += delta;
    }
    this.current = version;
  }
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** What the passes read of a document's version: an open document's pieces (the same object for the version), else its string. */
export const textOf = (doc: TextDocument): TextLike => (doc instanceof PieceDocument ? doc.content() : doc.getText());
