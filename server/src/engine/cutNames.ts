// One person the tagger cut in two: a listed name part, then a second span opening with a surname no list holds (مايكل | شوماخر).
import { beginTag, insideTag, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { EXACT_NAME_LISTS, hasMark, NOT_NAME_LISTS } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const isPerson = (t: number) => tagLabel(t) === 'PERSON';

/** Training-text count under which an unlisted word a person span opens with is a surname, not a common word (ترشيح). */
const KNOWN_SURNAME = 20;
/** Lists that say a word is no surname; not the places', which hold many surnames (كلينتون، هاملتون: towns named for families). */
const NOT_SURNAME = /^(NAT|ORG|CLUB)-/;

/**
 * personJoins' adjacent spans join only where both words are listed or unseen. A famous surname is frequent in news text
 * and a new one in no list, so after a listed name part a second span that is one word the text knows under
 * KNOWN_SURNAME times is the same person. Not a word behind a clitic the splitter cut, nor و (a second person); not a
 * second span of two words (a given name behind a clitic the splitter left on: سبيندلر [بجيل أميليو], "by Gil"), nor
 * after a first span of three (names listed without commas). `out` is changed in place.
 */
export function cutNames(stems: readonly string[], marks: readonly string[][], freq: (k: number) => number, text: (k: number) => string, out: number[]): void {
  for (let k = 1; k < out.length; k++) {
    if (out[k] !== B_PERS || !isPerson(out[k - 1])) continue;
    if (!hasMark(marks[k - 1], EXACT_NAME_LISTS) || hasMark(marks[k - 1], NOT_NAME_LISTS) || hasMark(marks[k], NOT_SURNAME)) continue;
    const word = normalizeArabic(text(k));
    if (freq(k) >= KNOWN_SURNAME || word !== stems[k] || word[0] === 'و' || !arabicFirst(text(k - 1)) || !arabicFirst(word)) continue;
    if (shortPair(out, k)) out[k] = I_PERS;
  }
}

/** The person span ending at k - 1 is two words at most, and the one opening at k is that one word (a surname). */
function shortPair(out: readonly number[], k: number): boolean {
  let b = k - 1;
  while (b > 0 && out[b] === I_PERS) b--;
  return k - b <= 2 && out[k + 1] !== I_PERS;
}
