// The split of a new version found from the last one's equals a fresh split, whatever the line ends (LF, CRLF, bare CR)
// and wherever the edit (line ends typed, deleted, or turned from one kind into another).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphs, splitAgainst } from '../../../server/src/engine/paragraphSplit';
import { mulberry32 } from '../../../server/src/training/perceptron';

const PIECES = ['\n', '\r\n', '\r', 'ا', 'كلمة ', ' ', '\n\n', '\r\r\n'];

test('after 3,000 random edits, every split against the last version equals a fresh split', () => {
  const r = mulberry32(3);
  let text = 'أول\nثان\r\nثالث\rرابع\n\nخامس';
  let before = paragraphs(text);
  let length = text.length;
  let reused = 0;
  for (let k = 0; k < 3000; k++) {
    const at = Math.floor(r() * (text.length + 1));
    if (r() < 0.6) text = text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    if (text.length > 400) text = text.slice(text.length - 200);
    const { paras, head, tail } = splitAgainst(before, length, text);
    assert.deepEqual(paras, paragraphs(text), `edit ${k}: ${JSON.stringify(text)}`);
    assert.ok(head + tail <= Math.min(before.length, paras.length));
    reused += head + tail;
    before = paras;
    length = text.length;
  }
  assert.ok(reused > 3000 * 5, 'most paragraphs are reused, not split again');
});
