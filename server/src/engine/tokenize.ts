// Splits text into word, number and punctuation tokens that keep exact UTF-16 source offsets.
import { FORM_HASH_SEED, formHashStep, WordForm, wordFormHashed } from './interner';
import { isArabicLetter, normalizeArabic } from './normalize';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
  text: string;
  /** normalizeArabic(text) */
  norm: string;
  kind: TokenKind;
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

function isWordChar(c: number): boolean {
  if (isArabicLetter(c)) return true;
  if ((c >= 0x064B && c <= 0x065F) || c === 0x0670 || c === 0x0640) return true; // harakat, tatweel
  if (c === 0x200C || c === 0x200D) return true; // joiners stay inside words
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // Decomposed accents (NFD "José", pasted from macOS) are combining marks: they belong to their letter.
  if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)) return true;
  return (c >= 0xC0 && c <= 0x24F) || (c >= 0x400 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Every character Python's str.split() splits on is a space here too (VT, FF, 0x1C–0x1F, NEL, U+1680,
// U+2028/2029, U+205F), so no token is blank to the tools that read our CoNLL; plus invisible marks.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F) || c === 0x85 || c === 0xA0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200B) || c === 0x200E || c === 0x200F || c === 0x2028 || c === 0x2029 || c === 0x202F ||
    c === 0x205F || c === 0x3000 || c === 0xFEFF || c === 0x061C;
}

// Separators allowed between digits inside one numeric token: 12/7/2025, 10:30, 3.5, 2025-07-12, ٣٫٥
const NUMBER_JOINERS = new Set([47, 58, 46, 45, 44, 0x066B, 0x066C]);

/** Code-unit classes of the tokenizer, in the order it tries them (the predicates above do not overlap). */
const OTHER = 0, SPACE = 1, DIGIT = 2, WORD = 3;
// One table read per code unit instead of a chain of range tests: every code unit of a text goes through it
// (the tokenizer, surelyMoreTokensThan and hasDigit read the same table, so they cannot disagree).
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = isSpace(c) ? SPACE : isDigit(c) ? DIGIT : isWordChar(c) ? WORD : OTHER;

/** The tokenizer's class of code unit `c` (0 punctuation, 1 space, 2 digit, 3 word letter): exported for its test. */
export const codeUnitClass = (c: number) => CLASS[c];

const isRegionalIndicator = (text: string, k: number) =>
  text.charCodeAt(k) === 0xD83C && text.charCodeAt(k + 1) >= 0xDDE6 && text.charCodeAt(k + 1) <= 0xDDFF;

/** Code units of an emoji modifier at k (variation selector, keycap, skin tone, tag character), or 0. */
function emojiModifierLength(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if ((c >= 0xFE00 && c <= 0xFE0F) || c === 0x20E3) return 1;
  const d = text.charCodeAt(k + 1);
  if (c === 0xD83C && d >= 0xDFFB && d <= 0xDFFF) return 2;
  return c === 0xDB40 && d >= 0xDC20 && d <= 0xDC7F ? 2 : 0;
}

/** Code units of a keycap's marks after the digit at k (`1️⃣`: the digit, an optional VS16, U+20E3), or 0. */
function keycapLength(text: string, k: number): number {
  const c = text.charCodeAt(k + 1);
  if (c === 0x20E3) return 1;
  return c === 0xFE0F && text.charCodeAt(k + 2) === 0x20E3 ? 2 : 0;
}

/**
 * Where the emoji sequence that opens at `start` (its first code point ends at `i`) ends: a flag's second regional indicator,
 * modifiers, and code points joined by ZWJ stay in the token, so an export never shows half an emoji or a lone joiner. Each
 * step moves forward, so the walk ends at the text's end at the latest.
 */
function emojiSequenceEnd(text: string, start: number, i: number): number {
  const n = text.length;
  if (isRegionalIndicator(text, start) && isRegionalIndicator(text, i)) return i + 2;
  while (i < n) {
    const m = emojiModifierLength(text, i);
    if (m > 0) { i += m; continue; }
    if (text.charCodeAt(i) !== 0x200D || i + 1 >= n || CLASS[text.charCodeAt(i + 1)] !== OTHER) break;
    const c = text.charCodeAt(i + 1);
    i += c >= 0xD800 && c <= 0xDBFF && i + 2 < n ? 3 : 2;
  }
  return i;
}

/**
 * Tokenises `text` starting at `base` (offsets are relative to the full document). `forms`, when given, receives each
 * token's shared word form (the tagger finds a form's scores on it: see scoredWords).
 */
export function tokenize(text: string, base = 0, forms?: WordForm[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SPACE) { i++; continue; }
    const start = i;
    let kind: TokenKind;
    // The shared form's hash is summed over the code units as they are read, not in a second walk.
    let h = formHashStep(FORM_HASH_SEED, c);
    i++;
    const keycap = cls === DIGIT ? keycapLength(text, start) : 0;
    if (keycap > 0) {
      // A keycap emoji is a symbol, not a number: one token, as `#️⃣` is, so no export shows a lone U+20E3.
      kind = 'punct';
      for (const end = start + 1 + keycap; i < end; i++) h = formHashStep(h, text.charCodeAt(i));
    } else if (cls === DIGIT) {
      kind = 'number';
      while (i < n) {
        const d = text.charCodeAt(i);
        if (CLASS[d] === DIGIT && keycapLength(text, i) > 0) break;
        if (CLASS[d] === DIGIT) { h = formHashStep(h, d); i++; continue; }
        if (NUMBER_JOINERS.has(d) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === DIGIT && keycapLength(text, i + 1) === 0) { h = formHashStep(formHashStep(h, d), text.charCodeAt(i + 1)); i += 2; continue; }
        break;
      }
    } else if (cls === WORD) {
      kind = 'word';
      let d: number;
      while (i < n && CLASS[d = text.charCodeAt(i)] === WORD) { h = formHashStep(h, d); i++; }
    } else {
      kind = 'punct';
      // Keep surrogate pairs (emoji, astral symbols) whole, and an emoji's sequence (flag, skin tone, ZWJ family) one token.
      if (c >= 0xD800 && c <= 0xDBFF && i < n) { h = formHashStep(h, text.charCodeAt(i)); i++; }
      const end = emojiSequenceEnd(text, start, i);
      for (; i < end; i++) h = formHashStep(h, text.charCodeAt(i));
    }
    // Word forms repeat: one lookup gives the shared text and its normalised form.
    const f = wordFormHashed(text, start, i, kind === 'punct', h);
    tokens.push({ start: base + start, end: base + i, text: f.text, norm: f.norm, kind });
    if (forms !== undefined) forms.push(f);
  }
  return tokens;
}

/**
 * Whether `text` has more than `limit` tokens for certain, without making them: tokenize skips spaces only,
 * so every run of other characters holds at least one token. False means "maybe not".
 */
export function surelyMoreTokensThan(text: string, limit: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = CLASS[text.charCodeAt(i)] === SPACE;
    if (!space && !inRun && ++runs > limit) return true;
    inRun = !space;
  }
  return false;
}

/** Whether `text` has a digit a number token could start with (ASCII, Arabic-Indic or Persian). */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CLASS[text.charCodeAt(i)] === DIGIT) return true;
  return false;
}

/** The marks that end a sentence (endsSentence): also where the server cuts a provisional window of a long line. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '؛', '…']);

/** Letters written alone that are a detached pronoun (NewsFANE's `كلام ه .`), not an initial. */
const PRONOUN_LETTERS = new Set(['ه', 'ي', 'ك', 'ن']);
/** Latin letters' names as Arabic spells them (normalised), which abbreviations spell out (`اف . بي . اي`، `سي . اي . ايه`). */
const LETTER_NAMES = new Set('بي سي دي اي جي كي ال ام ان او تي يو اف اس ار اتش اكس زد واي ايه'.split(' '));
/** Letters' names that are also common words (إن/أن، أو، أي، أم، ال), normalised. */
const SENTENCE_WORDS = new Set(['ان', 'او', 'اي', 'ام', 'ال']);
/** A letter written alone: an initial or a spelled letter, unless a detached pronoun or a digit. */
export const loneLetter = (t: Token) => t.kind === 'word' && t.text.length === 1 && !PRONOUN_LETTERS.has(t.text) && !/\d/.test(t.text);
const spelled = (t: Token) => loneLetter(t) || (t.kind === 'word' && LETTER_NAMES.has(t.norm));
/** Initials read back from one: a chain longer than this is no name's (and the walk back stays bounded). */
export const MAX_INITIALS = 4;

/**
 * Nouns a single letter labels (`المجموعة ب`، `الفئة أ`، `الخطة ب`، `فيتامين د`), normalised: the letter after one is the
 * label, which may end a sentence (`في المجموعة ب. محمد صلاح …`), not a name's initial. Not فئة: it folds to فيه (in it).
 */
const LABELLED_BY_LETTER = new Set(`مجموعة المجموعة الفئة خطة الخطة فيتامين الفيتامين بند البند فقرة الفقرة ملحق الملحق
  نموذج النموذج قسم القسم مستوى المستوى درجة الدرجة مرحلة المرحلة جدول الجدول صنف الصنف نوع النوع شكل الشكل`.split(/\s+/).map(normalizeArabic));
/** Token t is a noun a letter after it labels (`المجموعة` of `المجموعة ب`). */
export const labelledByLetter = (t: Token | undefined) => t !== undefined && t.kind === 'word' && LABELLED_BY_LETTER.has(t.norm);

/** An initial after a name, or after the initials before it (`ناثان ج .`، `E . B .`): not a year's era (`1990 م .`، `250 ق . م .`). */
function isInitial(tokens: Token[], k: number): boolean {
  for (let n = 0; n < MAX_INITIALS && k > 0 && loneLetter(tokens[k]); n++, k -= 2) {
    const before = tokens[k - 1];
    if (before.kind === 'word') return before.text.length >= 2 && !/\d/.test(before.text) && !labelledByLetter(before);
    if (before.text !== '.' || k < 2) return false;
  }
  return false;
}

/**
 * A period that is no sentence's end: after an initial before the next word (`كاثلين ج . ماكينيس`، `جون ر. تولكين`), or
 * between the spelled letters of an abbreviation (`ا . ش . ا`، `اف . بي . اي`، `سي . اي . ايه`، `أ.ف.ب`).
 */
function innerPeriod(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== '.' || k === 0 || k + 1 >= tokens.length || tokens[k + 1].kind !== 'word') return false;
  // A labelled letter (`المجموعة ب. إن …`) is no abbreviation's either, though the next sentence opens with a letter's name.
  const [a, b] = [tokens[k - 1], tokens[k + 1]];
  // A letter's name that is also a word opening sentences (إن، أو، أي، أم) spells on only after another letter's name.
  return isInitial(tokens, k - 1) || (spelled(a) && spelled(b) && !(k >= 2 && labelledByLetter(tokens[k - 2])) && !(SENTENCE_WORDS.has(b.norm) && loneLetter(a))) ||
    siteDot(a, tokens[k], b);
}

/** A site's domain after its name (`العربية.نت`، `مصراوي.كوم`), written without spaces. */
const DOMAINS = new Set(['نت', 'كوم', 'net', 'com', 'org']);
const siteDot = (a: Token, dot: Token, b: Token) => a.kind === 'word' && a.end === dot.start && dot.end === b.start && DOMAINS.has(b.norm.toLowerCase());

/** Whether token k ends its sentence: terminal punctuation, not a period inside an abbreviation or a web address. */
export function endsSentence(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.kind === 'punct' && SENTENCE_END.has(t.text) && !innerPeriod(tokens, k);
}

/** Groups tokens into sentences at terminal punctuation; a paragraph never spans sentences. */
export function splitSentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    cur.push(tokens[k]);
    if (endsSentence(tokens, k)) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}
