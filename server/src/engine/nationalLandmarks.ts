// A museum, theatre or mosque named by its rank alone (المتحف الوطني، المسرح الوطني، الجامع الكبير) is a landmark: MISC.
import { beginTag, insideTag } from './tagger';
import { Token } from './tokenize';
import { wideCueBit } from './wideCues';
import { wordSet as set } from './wordSets';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** Definite heads of buildings a country or a city has one of by rank, clitic-free, normalised. */
const LANDMARK_HEADS = set('المتحف المسرح الجامع المسجد');
/** The rank that names one of them (the National Museum, the Great Mosque), written without a clitic, normalised. */
const RANKS = set('الوطني الكبير');
/** tagNationalLandmarks starts at a head: without one it changes nothing. */
export const LANDMARK_CUE = wideCueBit([LANDMARK_HEADS]);

/**
 * A definite museum, theatre or mosque head and its rank, both left O, is the landmark, MISC with its head as FANE and the
 * guide tag a definite facility (`على خشبة [المسرح الوطني] وسط بغداد`، `[الجامع الكبير] بصنعاء`), and a nationality
 * after it is its own (`[المتحف الوطني الكندي]`). The rank alone (الوطني) names none of the other heads the news
 * describes so (المطار الدولي، القصر الملكي: the corpora leave them O).
 */
export function tagNationalLandmarks(sentence: readonly Token[], stems: readonly string[], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let i = 0; i + 1 < sentence.length; i++) {
    if (out[i] !== 0 || out[i + 1] !== 0 || !LANDMARK_HEADS.has(stems[i]) || !RANKS.has(sentence[i + 1].norm)) continue;
    let e = i + 2;
    if (e < sentence.length && out[e] === 0 && sentence[e].norm.startsWith('ال') && isNationality(e)) e++;
    if (out === tags) out = tags.slice();
    out[i] = B_MISC;
    for (let k = i + 1; k < e; k++) out[k] = I_MISC;
    i = e - 1;
  }
  return out;
}
