// An unseen definite nisba right after a name the tagger closed on a listed name part is the family name (نجيب [الفقي]).
import { arabicFirst, normalizeArabic } from './normalize';
import { beginTag, insideTag, spanEnd } from './tagger';
import { EXACT_NAME_LISTS, hasMark, NOT_NAME_LISTS, RARE_WORD } from './nameMarks';
import { definiteNisba } from './namePatterns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * A person span whose last word the name lists hold as spelled (a given name, or the father's name after بن) and, left O
 * after it, a whole definite nisba the training text has not seen, nor its bare or feminine form: the family name the
 * tagger could not read (المقاول [نجيب الفقي]، سلميان بن [موسى الكلاعي]). A nisba of the language (الإصلاحي، الشريف) or of
 * a place the text knows (الإيغادي beside إيغاد، الإيغادية) is an adjective, and the lists' places, peoples and bodies
 * are no family names here.
 */
export function definiteSurnames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    const last = e - 1;
    b = last;
    if (e >= tags.length || tags[e] !== 0 || stems[last].startsWith('ال') || !hasMark(marks[last], EXACT_NAME_LISTS)) continue;
    const whole = normalizeArabic(text(e));
    if (whole !== stems[e] || !arabicFirst(text(e)) || !definiteNisba(whole, 3, false) || hasMark(marks[e], NOT_NAME_LISTS)) continue;
    const bare = whole.slice(2);
    if ([whole, bare, bare.slice(0, -1), whole + 'ه', bare + 'ه'].some((w) => wordFreq(w) >= RARE_WORD)) continue;
    if (out === tags) out = tags.slice();
    out[e] = I_PERS;
  }
  return out;
}
