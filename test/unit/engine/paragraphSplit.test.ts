// The split of a new version found from the last one's equals a fresh split, whatever the line ends (LF, CRLF, bare CR)
// and wherever the edit (line ends typed, deleted, or turned from one kind into another).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphs, splitAgainst, splitAround } from '../../../server/src/engine/paragraphSplit';
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

test('after 3,000 random edits (one to three between splits), the split around the reported changes equals a fresh split', () => {
  const r = mulberry32(4);
  let text = 'أول\nثان\r\nثالث\rرابع\n\nخامس';
  let before = paragraphs(text);
  let length = text.length;
  for (let k = 0; k < 3000; k++) {
    let prefix = Infinity, suffix = Infinity;
    for (let j = 1 + Math.floor(r() * 3); j > 0; j--) {
      const from = Math.floor(r() * (text.length + 1));
      const to = r() < 0.6 ? from : Math.min(text.length, from + 1 + Math.floor(r() * 3));
      const insert = r() < 0.7 ? PIECES[Math.floor(r() * PIECES.length)] : '';
      prefix = Math.min(prefix, from);
      suffix = Math.min(suffix, text.length - to);
      text = text.slice(0, from) + insert + text.slice(to);
    }
    const split = splitAround(before, length, text, prefix, suffix);
    assert.ok(split, `edit ${k}`);
    assert.deepEqual(split.paras, paragraphs(text), `edit ${k}: ${JSON.stringify(text)}`);
    before = split.paras;
    length = text.length;
    if (text.length > 400) { text = text.slice(text.length - 200); before = paragraphs(text); length = text.length; }
  }
});
