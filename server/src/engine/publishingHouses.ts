// Publishing houses named دار + a family or founder's name (صدر عن [دار نوفل]): one organisation, not a person.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');
/** The head, normalised and clitic-free: a house or home too (دار الحاج), so only in a sentence about publishing. */
const HEAD = 'دار';
/** The pass acts only at a token whose stem is the head: a sentence without one is left as it is. */
export const PUBLISHING_HOUSE_CUE = wideCueBit([[HEAD]]);
/** Words of publishing (normalised, clitic-free): with one of them دار + a name is a publisher. */
const PUBLISHING = wordSet(`صدر صدرت يصدر تصدر أصدر أصدرت إصدار الإصدار نشر نشرت ينشر تنشر النشر للنشر طبع طبعت طبعة الطبعة
  منشورات كتاب الكتاب كتابه كتابها كتب الكتب رواية الرواية روايته روايتها ديوان الديوان ترجمة ترجمته ترجمتها مجموعة قصصية شعرية ناشر الناشر`);
/** Training-text count below which an untagged word after the head is a name the lists lack. */
const RARE = 3;
/** Words of a person's span, at most, that a house takes as its name (دار رياض الريس). */
const MAX_NAME = 3;

/**
 * In a sentence about publishing, `دار` followed by a person span the tagger read (دار [نوفل]، دار [رياض الريس]) or by
 * one rare word it left O is a publishing house: the head and the name are one ORGANIZATION, as the FANE corpora tag
 * `دار` + its name (ORG 33 times; the O cases are a home or a verb, دار = turned). A house named by a definite word (دار
 * الساقي) the tagger already reads.
 */
export function tagPublishingHouses(stems: readonly string[], prefixes: readonly string[], tags: number[], freq: (k: number) => number): number[] {
  let out: number[] | undefined;
  let publishing: boolean | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (stems[k] !== HEAD || tags[k] !== 0 || (prefixes[k] && prefixes[k] !== 'و')) continue;
    const j = k + 1;
    const person = tags[j] === B_PERS && spanEnd(tags, j) - j <= MAX_NAME;
    const rare = tags[j] === 0 && !prefixes[j] && !stems[j].startsWith('ال') && /^[\u0621-\u064A]{3,}$/.test(stems[j]) && freq(j) < RARE;
    if (!person && !rare) continue;
    publishing ??= stems.some((s) => PUBLISHING.has(s));
    if (!publishing) return tags;
    const e = person ? spanEnd(tags, j) : j + 1;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}
