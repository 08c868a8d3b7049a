// Arabic orthographic normalisation used before every lookup, feature or comparison.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Zero-width and bidi controls that news CMSs leave inside words.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;

const CHAR_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي', 'ي': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
};

const DIGITS_AR = '٠١٢٣٤٥٦٧٨٩';
const DIGITS_FA = '۰۱۲۳۴۵۶۷۸۹';

/** Maps Arabic-Indic and Persian digits to ASCII digits, leaving everything else. */
export function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    let d = DIGITS_AR.indexOf(ch);
    if (d < 0) d = DIGITS_FA.indexOf(ch);
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}

/**
 * Folds the spelling variation that Arabic news and Wikipedia text disagree on
 * (hamza carriers, alef maqsura, ta marbuta, tatweel, diacritics, digits), so that
 * `الأمم` and `الامم` look the same to every lookup.
 */
export function normalizeArabic(s: string): string {
  const stripped = s.replace(INVISIBLES, '').replace(DIACRITICS, '').replace(TATWEEL, '');
  let out = '';
  for (const ch of stripped) out += CHAR_MAP[ch] ?? ch;
  return asciiDigits(out);
}

/** True for letters of the Arabic script blocks (not digits or punctuation). */
export function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064A) || (code >= 0x066E && code <= 0x06D3) || code === 0x06D5 ||
    (code >= 0x06FA && code <= 0x06FF) || (code >= 0x0750 && code <= 0x077F) || (code >= 0xFB50 && code <= 0xFDFF) ||
    (code >= 0xFE70 && code <= 0xFEFC);
}

/** Share of letters in `text` that are Arabic; decides whether a plain-text document is an Arabic article. */
export function arabicRatio(text: string, sample = 4000): number {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) { arabic++; letters++; } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xC0 && c <= 0x24F) || (c >= 0x400 && c <= 0x4FF)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}
