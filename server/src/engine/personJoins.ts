// Person spans joined and split where news writes names side by side: a nationality before a name, two names
// joined by و, one name cut in two pieces.
import { beginTag, insideTag, tagLabel } from './tagger';
import { normalizeArabic } from './normalize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const isPerson = (t: number) => tagLabel(t) === 'PERSON';

/** What the person steps read about a sentence's tokens (the same readers adjustPersonBounds gets). */
export interface PersonWords {
  stems: readonly string[];
  marks: readonly string[][];
  /** Training-text count of token k (word and stem). */
  freq: (k: number) => number;
  /** The token as written. */
  text: (k: number) => string;
  /** Training-text count of a normalised word. */
  wordFreq: (w: string) => number;
  /** The normalised word is a listed name part (given names, Wikidata name parts, surnames of the people list). */
  nameWord: (w: string) => boolean;
}

/** Lists of name parts and full names (exact and transliteration-folded), as personBounds reads them. */
const NAME_LISTS = /^f?(PER|NAME|FIRST|LAST|PLAST)-/;
/** Training-text count below which a word is unseen enough to be a foreign name part. */
const RARE = 3;
/** Lists that say a word is a place, a people or a body rather than a name part. */
const NOT_NAME_LISTS = /^(LOC|NAT|ORG|CLUB)-/;
const notName = (w: PersonWords, k: number) => w.marks[k].some((m) => NOT_NAME_LISTS.test(m));
const whole = (w: PersonWords, k: number) => normalizeArabic(w.text(k));
const isWord = (w: PersonWords, k: number) => /^[\u0621-\u064A]/.test(w.text(k));

/** Runs the steps in order on `out` (a copy the caller owns). */
export function joinPersonParts(w: PersonWords, out: number[]): void {
  nationalityBeforeName(w, out);
  splitAtConjunction(w, out);
  mergeAdjacent(w, out);
}

/**
 * 1. A nationality adjective the tagger read as a one-word person right before a name (سجل [المصري] محمد صلاح) is the
 *    person's nationality: O.
 */
function nationalityBeforeName(w: PersonWords, out: number[]): void {
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] !== B_PERS || out[b + 1] !== B_PERS) continue;
    if (w.marks[b].includes('NAT-S') && w.stems[b].startsWith('ال')) out[b] = 0;
  }
}

/**
 * 2. Inside a person span, a word that is و + a listed name part while the whole word is no name (ماكرون [وشولتس]،
 *    بن زايد [وأردوغان]) begins the next person: names are coordinated, never joined, by و (وليد and ويليام are listed whole).
 */
function splitAtConjunction(w: PersonWords, out: number[]): void {
  for (let k = 1; k < out.length; k++) {
    if (out[k] !== I_PERS) continue;
    const word = whole(w, k);
    if (word.length < 4 || word[0] !== 'و' || w.nameWord(word) || !w.nameWord(word.slice(1)) || w.wordFreq(word) >= 3) continue;
    out[k] = B_PERS;
  }
}

/**
 * 3. Two person spans side by side with no و between them are one name cut in two (عاصم | منير، سام بانكمان | فريد):
 *    news gold almost never puts two people next to each other without a conjunction or a comma (NewsFANE 8 of 2,676).
 */
function mergeAdjacent(w: PersonWords, out: number[]): void {
  for (let k = 1; k < out.length; k++) {
    // Where the two meet, both words are Arabic name parts or unseen words (not أيمن نور [ترشيح] | موسى …, a span run on;
    // not جون نيولاندز | John Newlands, a name and its spelling in Latin letters).
    if (out[k] === B_PERS && isPerson(out[k - 1]) && !coordinated(w, k) && namePart(w, k - 1) && namePart(w, k) && isWord(w, k - 1) && isWord(w, k)) out[k] = I_PERS;
  }
}

/**
 * Token k is in a name list or too rare in the training text to be a common word, and in no place or body list
 * (لافروف | [إلى] بيونغ يانغ: the Wikidata name parts and the places list both hold the preposition).
 */
const namePart = (w: PersonWords, k: number) => !notName(w, k) && (w.marks[k].some((m) => NAME_LISTS.test(m)) || w.freq(k) < RARE);

/** Token k is و + a name (وناصر، وريم), not a name that begins with the letter (وليد، ويليام: listed whole, not after و). */
function coordinated(w: PersonWords, k: number): boolean {
  const word = whole(w, k);
  return word[0] === 'و' && !(w.nameWord(word) && !w.nameWord(word.slice(1)));
}
