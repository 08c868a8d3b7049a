// Institutions named after a historical person behind a definite head (المستشفى الجامعي ابن الجزار، المستشفى الإقليمي الحسن الأول): one organisation.
import { beginTag, insideTag, isInside, markSpan, spanEnd } from './tagger';
import { REGNAL } from './regnalNames';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');

/** Definite heads of institutions that take an honoree's name (normalised, clitic-free: المستشفى is المستشفي once normalised). */
const HEADS = wordSet('المستشفى المستوصف المركز المعهد المدرسة الثانوية الكلية');
/** The head's adjectives before the name at most (المركز الاستشفائي الجامعي). */
const MAX_ADJECTIVES = 2;
/** A definite nisba: the head's adjective (الجامعي، الإقليمي، الجهوية). */
const NISBA = /^ال..+(ي|يه)$/;
/** Words that open an honoree's name: a scholar's or a physician's nasab (ابن الجزار، ابن سينا). */
const NASAB = wordSet('ابن بن');

/**
 * A definite institution's head (with its clitic: بالمستشفى، للمركز) and up to two nisba adjectives, left O or read as a body
 * of their own, then a person's span that is an honoree's name: a nasab (ابن الجزار) or a king's with his regnal number
 * (الحسن الأول): the whole is the institution (ORGANIZATION), as the project's sets tag `المستشفى الجامعي ابن الجزار`.
 * A director after a head is named with a given name and no number (مدير المستشفى الجامعي محمد علي، المستشفى الدكتور …),
 * and stays a person.
 */
export function tagHonoreeBodies(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let h = 0; h + 1 < n; h++) {
    if (!HEADS.has(stems[h]) || (out[h] !== 0 && out[h] !== B_ORG)) continue;
    let p = h + 1;
    while (p < n && p - h <= MAX_ADJECTIVES && !prefixes[p] && NISBA.test(stems[p]) && (out[p] === 0 || (out[h] === B_ORG && isInside(out[p])))) p++;
    // A body the tagger read runs exactly to the name.
    if (out[h] === B_ORG && spanEnd(out, h) !== p) continue;
    if (p >= n || out[p] !== B_PERS || prefixes[p]) continue;
    const e = spanEnd(out, p);
    const honoree = e - p >= 2 && (NASAB.has(stems[p]) || REGNAL.has(stems[e - 1]));
    if (!honoree) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, h, e, B_ORG, I_ORG);
    h = e - 1;
  }
  return out;
}
