// A company named by its shares without a head (وتعرض سهم [إعمار] لضغوط، أسهم [أرامكو]): the word a share's noun governs.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { RARE_WORD } from './nameMarks';
import { POSSESSIVE_END } from './pronounNouns';
import { allBaseArabic } from './normalize';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const DEFINITE_FEMININE_NISBA = /^ال.{3,}يه$/;

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/** A share or shares, normalised and clitic-free: the noun whose genitive is the company issuing them. */
export const SHARES = wordSet('سهم أسهم سهمي أسهمي');
/** The pass's bit (wideCues.ts): a sentence without a share word (سهم) is left as it is, so lateBodyPasses skips it there. */
export const SHARE_CUE = wideCueBit([SHARES]);
/**
 * What else a share's noun governs that is no company (normalised): a kind of share or its number (أسهم منحة، أسهم خزينة،
 * سهم واحد), a body's head whose name the head passes find (سهم شركة، أسهم بنك), and the sectors and markets shares are
 * counted by (أسهم قطاع، أسهم سوق).
 */
const NOT_ISSUERS = wordSet(`منحة خزينة خزانة واحد جديد جديدة ممتاز ممتازة عادي عادية إضافي إضافية مجاني مجانية اكتتاب شراء بيع
  شركة شركات بنك بنوك مصرف مصارف مجموعة مؤسسة بيت قطاع قطاعات سوق أسواق بورصة صندوق كل بعض معظم أغلب جميع نحو حوالي`);
/** An indefinite nisba (فوري، عادية) or accusative (انتظارا) describes the share or the sentence; a sound plural is a class of shares. */
const NOT_NAME_ENDING = /(ي|يه|ا|ات|ين|ون)$/;
const MAX_NAME_WORDS = 3;

/**
 * After a share's noun (`SHARES`, with or without و/ل/ب), one word the tagger left O, with no clitic, indefinite, not of
 * NOT_ISSUERS and no place or person any list holds, is the company that issued them (سهم [إعمار]، لسهم [سابك] الذي،
 * أسهم [جنرال موتورز]); words after it the training text hardly knows go on its name, and a definite feminine nisba
 * of its trade after them (سهم [إعمار العقارية]). Not before في: أسهم is also a verb
 * (أسهم ميسي في الفوز). `placeOrPerson(k)`: a list holds word k as a place or a person; `freq(k)`: training count of token k.
 */
export function tagShareCompanies(stems: readonly string[], prefixes: readonly string[], tags: number[], placeOrPerson: (k: number) => boolean,
  freq: (k: number) => number, isNationality: (k: number) => boolean): number[] {
  let out = tags;
  const nameWord = (k: number) => k < stems.length && out[k] === 0 && !prefixes[k] && !stems[k].startsWith('ال') &&
    stems[k].length >= 3 && allBaseArabic(stems[k]) && !NOT_ISSUERS.has(stems[k]) && !POSSESSIVE_END.test(stems[k]) && !NOT_NAME_ENDING.test(stems[k]) && !placeOrPerson(k);
  for (let k = 1; k < stems.length; k++) {
    if (!SHARES.has(stems[k - 1]) || out[k - 1] !== 0 || !nameWord(k)) continue;
    let e = k + 1;
    while (e - k < MAX_NAME_WORDS && nameWord(e) && freq(e) < RARE_WORD) e++;
    if (e < stems.length && stems[e] === 'في') continue;
    // The company's trade in a feminine nisba is its name's (سهم [إعمار العقارية]); its nationality stays out (الفرنسية).
    if (e < stems.length && out[e] === 0 && !prefixes[e] && DEFINITE_FEMININE_NISBA.test(stems[e]) && !isNationality(e)) e++;
    if (out === tags) out = tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out;
}
