// Arabic orthographic normalisation used before every lookup, feature or comparison.
import type { TextLike } from './pieceText';

// One table for the whole folding, so normalisation is a single pass over the string (it runs on every token).
const FOLD = new Map<number, string>();
for (let c = 0x0610; c <= 0x061A; c++) FOLD.set(c, '');
for (let c = 0x064B; c <= 0x065F; c++) FOLD.set(c, '');
for (let c = 0x06D6; c <= 0x06ED; c++) FOLD.set(c, '');
// Zero-width and bidi controls that news CMSs leave inside words, tatweel and dagger alef.
for (const c of [0x0670, 0x0640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD]) FOLD.set(c, '');
const CHAR_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
};
for (const [k, v] of Object.entries(CHAR_MAP)) FOLD.set(k.charCodeAt(0), v);
for (let d = 0; d <= 9; d++) { FOLD.set(0x0660 + d, String(d)); FOLD.set(0x06F0 + d, String(d)); }

/** Maps Arabic-Indic and Persian digits to ASCII digits, leaving everything else. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (ch) => { const c = ch.charCodeAt(0); return String(c - (c >= 0x06F0 ? 0x06F0 : 0x0660)); });
}

/** Short vowels, tanwin, shadda, sukun and tatweel. */
const MARKS = /[\u064B-\u0652\u0640]/g;
/** `s` without its vowel marks and tatweel, its letters as written (hamza and ta marbuta kept, unlike the fold). */
export function withoutMarks(s: string): string {
  return s.replace(MARKS, '');
}

/** FOLD as a flat table over UTF-16 code units: -1 keeps the unit, -2 drops it, else the folded unit. */
const TABLE = new Int32Array(0x10000).fill(-1);
for (const [c, v] of FOLD) TABLE[c] = v === '' ? -2 : v.charCodeAt(0);
/** Scratch buffer for words up to its length (longer strings take the slower concatenating path). */
const BUF = new Uint16Array(256);
/**
 * The last words folded, by a hash of length and end letters: the rule passes fold the same token's text again and again
 * (normalizeArabic(text(k)), some forty places), and each fold was a new string.
 */
const MEMO_SIZE = 1024;
const memoIn: string[] = new Array<string>(MEMO_SIZE).fill('');
const memoOut: string[] = new Array<string>(MEMO_SIZE).fill('');

/**
 * Folds the spelling variation that Arabic news and Wikipedia text disagree on
 * (hamza carriers, alef maqsura, ta marbuta, tatweel, diacritics, digits), so that
 * `الأمم` and `الامم` look the same to every lookup. Words come back as flat strings (built in
 * one piece, not letter by letter), which keeps the map lookups that follow cheap.
 */
export function normalizeArabic(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && TABLE[s.charCodeAt(i)] === -1) i++;
  if (i === n) return s;
  if (n > BUF.length) return normalizeLong(s);
  const slot = (n * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(n - 1)) & (MEMO_SIZE - 1);
  if (memoIn[slot] === s) return memoOut[slot];
  let k = 0;
  for (let j = 0; j < i; j++) BUF[k++] = s.charCodeAt(j);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = TABLE[c];
    if (f === -1) BUF[k++] = c;
    else if (f >= 0) BUF[k++] = f;
  }
  const folded = String.fromCharCode.apply(null, BUF.subarray(0, k) as unknown as number[]);
  memoIn[slot] = s;
  memoOut[slot] = folded;
  return folded;
}

function normalizeLong(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = FOLD.get(s.charCodeAt(i));
    out += f === undefined ? s[i] : f;
  }
  return out;
}

/** A letter of the basic Arabic alphabet (ء–ي), the letters the corpora and the lists write names in. */
export const BASE_ARABIC_LETTER = /[\u0621-\u064A]/;

/** `s` opens with a letter of BASE_ARABIC_LETTER, without running an expression for every name's neighbours. */
export const arabicFirst = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 0x0621 && c <= 0x064A; };

/** `s` is a word of BASE_ARABIC_LETTER letters only (no digit, Latin letter, diacritic or other script), and not empty. */
export function allBaseArabic(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 0x0621 || c > 0x064A) return false; }
  return true;
}

/** True for letters of the Arabic script blocks (not digits or punctuation). */
export function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064A) || (code >= 0x066E && code <= 0x06D3) || code === 0x06D5 ||
    (code >= 0x06FA && code <= 0x06FF) || (code >= 0x0750 && code <= 0x077F) || (code >= 0xFB50 && code <= 0xFDFF) ||
    (code >= 0xFE70 && code <= 0xFEFC);
}

/** Share of letters in `text` that are Arabic; decides whether a plain-text document is an Arabic article. */
export function arabicRatio(text: TextLike, sample = 4000): number {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) { arabic++; letters++; } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xC0 && c <= 0x24F) || (c >= 0x400 && c <= 0x4FF)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** Scratch for foldedHoldsAny: a paragraph's folded code units (grown to the longest paragraph asked about). */
let SCAN = new Uint16Array(1024);
/**
 * Whether normalizeArabic(text) holds any of `words` (each already folded), without building the folded string: the fold
 * maps each unit to one unit or none, so it is written into a scratch buffer once and each word looked for in it.
 */
export function foldedHoldsAny(text: string, words: readonly string[]): boolean {
  if (SCAN.length < text.length) SCAN = new Uint16Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = TABLE[c];
    if (f === -1) SCAN[n++] = c;
    else if (f >= 0) SCAN[n++] = f;
  }
  for (const w of words) {
    const m = w.length, first = w.charCodeAt(0);
    next: for (let i = 0; i + m <= n; i++) {
      if (SCAN[i] !== first) continue;
      for (let j = 1; j < m; j++) if (SCAN[i + j] !== w.charCodeAt(j)) continue next;
      return true;
    }
  }
  return false;
}
