// A well-known person's surname, named alone, does not run on into an accusative or a word behind ب/ل after it.
import { beginTag, insideTag, spanEnd } from './tagger';
import { normalizeArabic } from './normalize';
import { EXACT_NAME_LISTS, NOT_NAME_LISTS } from './nameMarks';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const BI_LI_START = /^[بل]/;

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * `ماكرون [توترا]`، `بايدن [بالفاتر]`: the tagger runs the surname of a well-known person (the people list) on into the
 * word after it. News names such a person by the surname alone, so a second word that no name list holds as spelled is
 * the sentence going on when it is an indefinite accusative whose bare form the training text knows, or a word the
 * splitter cut ب or ل from. Not after a word the given-name lists hold: there the word is the family name (نور [أسما]).
 * (Step 6 of personBounds.ts drops such an accusative only where its bare form is a frequent noun: news of the training
 * text's era has few of today's words, توتر 3 times.)
 */
export function surnameRunOns(stems: string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number[] {
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || tags[b + 1] !== I_PERS || spanEnd(tags, b) !== b + 2) continue;
    if (!marks[b].includes('PLAST-S') || marks[b].includes('FIRST-S')) continue;
    const k = b + 1;
    const w = stems[k];
    const whole = normalizeArabic(text(k));
    // A cut word's marks are its stem's (ب + خطاب, a given name): only the whole word's own listing (nameWord) keeps it.
    if (marks[k].some((m) => (whole === w && EXACT_NAME_LISTS.test(m)) || NOT_NAME_LISTS.test(m))) continue;
    if (nameWord(whole) || (w.startsWith('ال') && whole === w)) continue;
    const accusative = whole === w && w.length >= 4 && w.endsWith('ا') && wordFreq(w.slice(0, -1)) > 0;
    const behindPreposition = whole !== w && BI_LI_START.test(whole) && w.length >= 3;
    if (!accusative && !behindPreposition) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
