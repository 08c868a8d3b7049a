// A body named by its head and الدولي (البنك الدولي، الوكالة الدولية) that no list holds: the head and the adjective the tagger left O.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Definite heads that with الدولي/الدولية name one body: in NewsFANE, the Wojood sample and the project's dev sets the
 * phrase is an ORG span for البنك 6 of 7, الوكالة 6 of 6, الاتحاد 4 of 4, اللجنة 4 of 5, الصندوق and التحالف 2 of 2. Not
 * المنظمة الدولية, which mostly stands for the UN named before (a description, O by the guide), القوة (1 of 4: an
 * international force), المجموعة, nor nouns of a domain (المجتمع، القانون، التعاون).
 */
const HEADS = wordSet('البنك الوكالة الاتحاد اللجنة الصندوق التحالف');
const INTERNATIONAL = wordSet('الدولي الدولية');
/** tagInternationalHeads' bit (wideCues.ts): a sentence without الدولي/الدولية is left as it is, so tagLateBodies skips it there. */
export const INTERNATIONAL_CUE = wideCueBit([INTERNATIONAL]);

/**
 * A head of HEADS and الدولي after it, both O, no clitic on the adjective: one organisation (a clitic may open the head:
 * للبنك). A body the tagger read right after it with ل is its complement (اللجنة الدولية [للصليب الأحمر]): one span.
 */
export function tagInternationalHeads(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k + 1 < stems.length; k++) {
    if (!HEADS.has(stems[k]) || !INTERNATIONAL.has(stems[k + 1]) || prefixes[k + 1] !== '' || tags[k] !== 0 || tags[k + 1] !== 0) continue;
    const e = k + 2 < stems.length && tags[k + 2] === B_ORG && prefixes[k + 2] === 'ل' ? spanEnd(tags, k + 2) : k + 2;
    if (out === tags) out = [...tags];
    markSpan(out, k, e, B_ORG, I_ORG);
  }
  return out;
}
