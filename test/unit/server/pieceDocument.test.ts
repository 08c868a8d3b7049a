// The server's documents (text in pieces) answer as vscode-languageserver-textdocument's do: text, positions, offsets,
// lines and line ends after random edits (LF, CRLF, a CR or LF typed beside the other, several changes in one event).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../../server/src/pieceDocument';
import { PieceText } from '../../../server/src/engine/pieceText';
import { mulberry32 } from '../../../server/src/training/perceptron';

const LINE = 'قال الوزير سامي الحداد إن الحكومة ستقرر يوم الخميس';
const BITS = ['ب', ' ', '\n', '\r', '\r\n', '«', 'محمد علي', '', LINE + '\n' + LINE];

/** Read first through the pieces; the whole text joined last (once joined, a version reads from it). */
function same(piece: PieceDocument, flat: TextDocument, r: () => number, label: string): void {
  const text = flat.getText();
  assert.equal(piece.lineCount, flat.lineCount, label);
  for (let k = 0; k < 20; k++) {
    const at = Math.floor(r() * (text.length + 2)) - 1;
    assert.deepEqual(piece.positionAt(at), flat.positionAt(at), `${label}: position of ${at}`);
    const line = Math.floor(r() * (flat.lineCount + 1)), character = Math.floor(r() * 80);
    assert.equal(piece.offsetAt({ line, character }), flat.offsetAt({ line, character }), `${label}: offset of ${line}:${character}`);
    assert.deepEqual(piece.getLineRange(line), flat.getLineRange(line), `${label}: range of line ${line}`);
    assert.equal(piece.getEOLCharacters(line), flat.getEOLCharacters(line), `${label}: line end of ${line}`);
    const a = Math.floor(r() * text.length), b = a + Math.floor(r() * 1500) - 200;
    const c = piece.content();
    assert.equal(c.slice(a, b), text.slice(a, b), `${label}: slice ${a}, ${b}`);
    assert.equal(c.charCodeAt(a), text.charCodeAt(a), `${label}: char at ${a}`);
    const probe = text.slice(a, a + 7);
    assert.equal(c.startsWith(probe, a), true, label);
    assert.equal(c.startsWith(probe + 'x', a), text.startsWith(probe + 'x', a), label);
    assert.equal(c.endsWith(probe, a + probe.length), true, label);
    // Longer than a piece: compared across pieces, a difference in the last one found.
    const long = text.slice(a, a + 450);
    assert.equal(c.startsWith(long, a), true, label);
    assert.equal(c.startsWith(long.slice(0, -1) + 'x', a), text.startsWith(long.slice(0, -1) + 'x', a), label);
    assert.equal(c.endsWith(long, a + long.length), true, label);
  }
  assert.equal(piece.getText(), text, label);
}

function run(seed: number, eol: string): void {
  const r = mulberry32(seed);
  const text = Array.from({ length: 60 }, (_, i) => `${i} ${LINE}`).join(eol);
  // Pieces of 200 characters: edits and reads cross them.
  const piece = PieceDocument.create('a', 'arabic-news', 1, text, 200);
  let flat = TextDocument.create('a', 'arabic-news', 1, text);
  same(piece, flat, r, 'open');
  for (let v = 2; v < 300; v++) {
    const changes = Array.from({ length: r() < 0.2 ? 3 : 1 }, () => {
      // Offsets into the text as each change finds it (they are applied in order).
      const n = flat.getText().length;
      const a = Math.floor(r() * (n + 1)), b = Math.min(n, a + (r() < 0.5 ? 0 : Math.floor(r() * (r() < 0.1 ? 900 : 12))));
      const change = { range: r() < 0.1 ? { start: flat.positionAt(b), end: flat.positionAt(a) } : { start: flat.positionAt(a), end: flat.positionAt(b) }, text: BITS[Math.floor(r() * BITS.length)] };
      flat = TextDocument.update(flat, [change], v);
      return change;
    });
    piece.update(changes, v);
    assert.equal(piece.version, v);
    same(piece, flat, r, `version ${v}`);
  }
  piece.update([{ text: 'نص جديد\r\nكله' }], 300);
  flat = TextDocument.update(flat, [{ text: 'نص جديد\r\nكله' }], 300);
  same(piece, flat, r, 'the whole text replaced');
}

test('LF: after 300 random events the server\'s document reads as the library\'s', () => run(1, '\n'));
test('CRLF: after 300 random events the server\'s document reads as the library\'s', () => run(2, '\r\n'));

test('a version\'s text stays as it was after later edits, and reads the same once joined', () => {
  const first = PieceText.of('أ'.repeat(1000), 100);
  const second = first.edit(150, 950, 'ب');
  const third = second.edit(0, 1, '');
  assert.equal(first.toString(), 'أ'.repeat(1000));
  assert.equal(second.slice(140, 160), 'أ'.repeat(10) + 'ب' + 'أ'.repeat(9));
  assert.equal(third.length, 200);
  assert.equal(second.toString(), 'أ'.repeat(150) + 'ب' + 'أ'.repeat(50));
  assert.equal(second.slice(140, 160), 'أ'.repeat(10) + 'ب' + 'أ'.repeat(9));
  assert.equal(third.toString(), 'أ'.repeat(149) + 'ب' + 'أ'.repeat(50));
});
