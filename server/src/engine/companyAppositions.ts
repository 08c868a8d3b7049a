// A company named right after a definite description of it (الشركة الناشئة المغربية [نبتة]، وشريكتها الألمانية [بيونتك]).
import { wideCueBit } from './wideCues';
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const B_LOC = beginTag('LOC');
const B_MISC = beginTag('MISC');

/** A company, definite: its description's adjectives must follow (الشركة نفسها names none). Not المجموعة, a league's group too. */
const COMPANIES = wordSet('الشركة');
/** A company's partner or rival, the other company of the sentence: the name may follow at once (منافستها بوينغ). */
const PARTNERS = wordSet('شريكتها شريكته منافستها منافسته منافستاها');
/** The pass's bit (wideCues.ts): a sentence without الشركة or a partner word is left as it is, so lateBodyPasses skips it there. */
export const COMPANY_APPOSITION_CUE = wideCueBit([COMPANIES, PARTNERS]);
/** Adjectives of the description between it and the name (الناشئة المغربية): a fourth word is no description. */
const MAX_ADJECTIVES = 2;
/** A definite nisba, of a country or a trade (المغربيه، الصيني، التقنيه), normalised. */
const NISBA = /^ال.{2,}(يه|ي)$/;
/** The other adjectives of a company's description (a young company, a giant, a rival); not any adjective: سيطرة الشركة [المباشرة] كشمير. */
const COMPANY_ADJECTIVES = wordSet('الناشئة العملاقة المنافسة');
const adjective = (stem: string) => NISBA.test(stem) || COMPANY_ADJECTIVES.has(stem);

/**
 * After a definite description of a company (`COMPANIES` with one or two definite adjectives, or `PARTNERS` with up to
 * two), a one-word place or product the tagger read is the company (الشركة الناشئة المغربية [نبتة] read as a place;
 * منافستها [بوينغ] read as MISC). Not a person (مؤسس الشركة الناشئة [أحمد] …: someone named after it), a longer span (a
 * contest's name), nor a word the tagger left O: tagging those took the verb after a description ([تضم]، [يوجد]،
 * [تحتوي]) on the corpora's text more often than a name, nor a country: the verb's object (زودت الشركة الروسية
 * [إيران] بالوقود). `country(k)`: token k is a one-word country.
 */
export function tagCompanyAppositions(stems: readonly string[], prefixes: readonly string[], tags: number[], country: (k: number) => boolean): number[] {
  let out = tags;
  for (let d = 0; d + 1 < stems.length; d++) {
    const company = COMPANIES.has(stems[d]);
    if ((!company && !PARTNERS.has(stems[d])) || out[d] !== 0) continue;
    let n = d + 1;
    while (n < stems.length && n - d <= MAX_ADJECTIVES && out[n] === 0 && !prefixes[n] && adjective(stems[n])) n++;
    if (n >= stems.length || (company && n === d + 1) || n - d > MAX_ADJECTIVES + 1) continue;
    if ((out[n] !== B_LOC && out[n] !== B_MISC) || spanEnd(out, n) !== n + 1 || (out[n] === B_LOC && country(n))) continue;
    if (out === tags) out = tags.slice();
    out[n] = B_ORG;
    d = n;
  }
  return out;
}
