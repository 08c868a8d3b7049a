// A Mauritanian name's given name before ولد, left out of the name the tagger began (سيدي ولد [محمد فال]، [حضية] ولد سلامة).
import { beginTag, insideTag, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { hasMark, listedGiven, NOT_NAME_LISTS } from './nameMarks';
import { wideCueBit } from './wideCues';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** ولد as normalised: "son of" in Mauritanian names, written apart; also the verb "was born" and the noun "boy". */
const SON_OF = 'ولد';
/** The pass reads ولد only as a whole word (a clitic on it is no name's ولد): a sentence without it is left as it is. */
export const WALAD_CUE = wideCueBit([], [[SON_OF]]);
/** Shorter words are particles more often than given names. */
const MIN_GIVEN = 3;

/**
 * The word before ولد joins the person after it when it is a given name: a listed one (سيدي، محمدو) or one the training
 * text never saw and no place or body list holds (حضية). Where ولد is untagged it joins too (`سيدي ولد [محمد فال]`); where
 * it opens the span already (`[ولد سلامة]`), only the given name is added. A known word before ولد is the sentence's
 * (وأضاف ولد الشيخ: the name by its short form), and ولد untagged with no given name before it is the verb (ولد في).
 * `count`: training count of a word; `out` is changed in place.
 */
export function waladGivenNames(stems: readonly string[], marks: readonly string[][], text: (k: number) => string, count: (w: string) => number,
  out: number[]): void {
  for (let w = 1; w + 1 < out.length; w++) {
    if (normalizeArabic(text(w)) !== SON_OF) continue;
    const opened = out[w] === B_PERS;
    if (!opened && !(out[w] === 0 && out[w + 1] === B_PERS)) continue;
    const g = w - 1;
    const whole = normalizeArabic(text(g));
    if (out[g] !== 0 || !arabicFirst(text(g)) || whole !== stems[g]) continue;
    if (whole.length < MIN_GIVEN || whole.startsWith('و') || whole.startsWith('ال')) continue;
    const unmet = count(whole) === 0 && !hasMark(marks[g], NOT_NAME_LISTS);
    if (!unmet && !listedGiven(marks[g], count(whole))) continue;
    // Never a person's word before (two persons side by side), which out[g] === 0 leaves only at g - 1.
    if (g > 0 && tagLabel(out[g - 1]) === 'PERSON') continue;
    out[g] = B_PERS;
    out[w] = I_PERS;
    if (!opened) out[w + 1] = I_PERS;
  }
}
