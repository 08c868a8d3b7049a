// The tokenizer's one-table code-unit classes split text exactly where its range tests did, at each range's edges.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { tokenize } from '../../../server/src/engine/tokenize';
import { wordForm } from '../../../server/src/engine/interner';

const between = (c: number) => tokenize(`ب${String.fromCharCode(c)}ب`).map((t) => t.kind + ':' + t.text);

test('each range edge splits as a space, joins a word or stands alone as the ranges say', () => {
  // Inside a word: zero-width joiners, tatweel, the dagger alef, combining accents, the last Arabic presentation form.
  for (const c of [0x200C, 0x200D, 0x0640, 0x0670, 0x0300, 0x036F, 0x064B, 0x06FA, 0xFEFC, 0x41, 0x7A, 0xC0, 0x24F, 0x400]) {
    assert.deepEqual(between(c), [`word:ب${String.fromCharCode(c)}ب`], c.toString(16));
  }
  // Spaces: no token of their own (Python's str.split() splits there too), and invisible marks.
  for (const c of [0x20, 0x09, 0x0D, 0x1C, 0x1F, 0x85, 0xA0, 0x1680, 0x2000, 0x200B, 0x200E, 0x200F, 0x2028, 0x205F, 0x3000, 0xFEFF, 0x061C]) {
    assert.deepEqual(between(c), ['word:ب', 'word:ب'], c.toString(16));
  }
  // Digits are numbers of their own; the code units just outside the letter and digit ranges are punctuation.
  for (const c of [0x30, 0x39, 0x0660, 0x0669, 0x06F0, 0x06F9]) assert.deepEqual(between(c), ['word:ب', `number:${String.fromCharCode(c)}`, 'word:ب'], c.toString(16));
  for (const c of [0x066B, 0x0620, 0xFEFD, 0x2D, 0x250, 0x06D4]) assert.deepEqual(between(c), ['word:ب', `punct:${String.fromCharCode(c)}`, 'word:ب'], c.toString(16));
});

test('numbers keep their joiners only between digits, and a token is the shared form of its text', () => {
  assert.deepEqual(tokenize('في 12/7/2025 و3.5٪ و١٢٫٥ و10: الساعة').map((t) => t.text), ['في', '12/7/2025', 'و', '3.5', '٪', 'و', '١٢٫٥', 'و', '10', ':', 'الساعة']);
  // The form looked up by the hash summed while reading is the one the table holds for that text (its normalised form too).
  const long = 'بالمستشفيات'.repeat(3);
  for (const w of ['الأمم', 'إلى', '😀', long]) {
    const [t] = tokenize(` ${w} `);
    assert.equal(t.norm, wordForm(w, t.kind === 'punct').norm);
  }
});

test('an emoji sequence is one token: a flag, a skin tone, a ZWJ family, a presentation selector, tag letters', () => {
  const flag = '🇪🇬', thumb = '👍🏽', family = '👨‍👩‍👧', heart = '❤️', scotland = '🏴󠁧󠁢󠁳󠁣󠁴󠁿';
  const tokens = tokenize(`وصل ${flag} و${thumb} ${family}${heart} ${scotland}🇪🇬🇪🇬.`);
  // A CoNLL export shows each token on its own line: half a flag or a lone joiner would be a broken, invisible token.
  assert.deepEqual(tokens.map((t) => t.text), ['وصل', flag, 'و', thumb, family, heart, scotland, flag, flag, '.']);
  // Offsets still cover the source text exactly, and the token's shared form is the one its text looks up.
  const text = `وصل ${flag} و${thumb} ${family}${heart} ${scotland}🇪🇬🇪🇬.`;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.norm, wordForm(t.text, t.kind === 'punct').norm);
  }
  // A joiner not between two symbols stays where it was, and a lone regional indicator stands alone.
  assert.deepEqual(tokenize('😀‍ ب 🇪').map((t) => t.text), ['😀', '‍', 'ب', '🇪']);
});

test('a keycap emoji is one symbol token, and the digits before it stay a number', () => {
  const one = '1\uFE0F\u20E3', seven = '7\u20E3', hash = '#\uFE0F\u20E3';
  const text = `النقاط ${one} ${seven} ${hash} 10${one} 2024`;
  const tokens = tokenize(text);
  // CoNLL shows each token on its own line: a lone U+20E3 after a bare "1" would be an invisible, broken token.
  assert.deepEqual(tokens.map((t) => [t.text, t.kind]), [
    ['النقاط', 'word'], [one, 'punct'], [seven, 'punct'], [hash, 'punct'], ['10', 'number'], [one, 'punct'], ['2024', 'number'],
  ]);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  // Nor after a separator inside a number: the keycap's digit is not the number's.
  assert.deepEqual(tokenize(`12.${seven} 3.5`).map((t) => t.text), ['12', '.', seven, '3.5']);
});
