// Companies and outlets named without a head before a feminine nationality in business text (تملك [فيفندي] الفرنسية).
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { RARE_WORD } from './nameMarks';
import { POSSESSIVE_END } from './pronounNouns';
import { allBaseArabic } from './normalize';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/** Words of money and ownership that make a sentence business news (normalised, clitic-free). */
const BUSINESS = wordSet(`شركة شركات الشركة الشركات سهم أسهم الأسهم حصة حصص الحصة صفقة الصفقة استحواذ الاستحواذ أرباح الأرباح إيرادات
  مبيعات المبيعات مستثمر مستثمرين المستثمرين البورصة بورصة تملك يملك المملوكة مملوكة التابعة مساهمة المساهمين منتجين عقد عقدا
  اتفاقية اتفاقيات دولار دولارا مليون مليار يورو تمويل بتمويل`);
/**
 * Words after which the name is a place, a person or a thing of that country: a preposition of place or a settlement's
 * or region's head (في [كامبيونا] الإيطالية، مدينة [إسن] الألمانية), a person's title or kin (the actress, the daughter).
 */
const NOT_AFTER = wordSet(`في إلى الى نحو قرب داخل مدينة ولاية جزيرة منطقة إقليم مقاطعة بلدة قرية عاصمة العاصمة ميناء مطار
  الممثلة المغنية اللاعبة الكاتبة الروائية الصحفية الأميرة الملكة السيدة ابنة زوجة`);
/** Nationalities that are also common adjectives: المالية is financial far more often than Malian. */
const HOMOGRAPHS = wordSet('المالية');
/** Names of more words than this are sentences going on, not a company. */
const MAX_NAME_WORDS = 3;

/**
 * In a sentence about money or ownership (`BUSINESS`), one to three words the tagger left O, none definite, listed or known
 * to the training text, right before a feminine nationality are a company or outlet of that country:
 * the feminine agrees with the company (شركة) left unsaid (لصالح [ميديتل]، تملك [فيفندي] الفرنسية 53 في المائة). The
 * nationality stays outside, as after any body's own name. Not after a place's preposition or head, nor a woman's title.
 */
export function tagNationalCompanies(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean,
  freq: (k: number) => number, named: (k: number) => boolean): number[] {
  if (!stems.some((s) => BUSINESS.has(s))) return tags;
  let out = tags;
  for (let n = 1; n < stems.length; n++) {
    // The feminine nisba, normalised (الفرنسية → الفرنسيه).
    if (!isNationality(n) || !stems[n].startsWith('ال') || !stems[n].endsWith('يه') || HOMOGRAPHS.has(stems[n]) || prefixes[n] || out[n] !== 0) continue;
    let b = n;
    const nameWord = (k: number) => out[k] === 0 && !stems[k].startsWith('ال') && stems[k].length >= 3 && allBaseArabic(stems[k]) &&
      freq(k) < RARE_WORD && !POSSESSIVE_END.test(stems[k]) && !named(k) && !BUSINESS.has(stems[k]) && (!prefixes[k] || prefixes[k] === 'و');
    while (b > 0 && n - b < MAX_NAME_WORDS && nameWord(b - 1) && !(b < n && prefixes[b])) b--;
    if (b === n || (b > 0 && (NOT_AFTER.has(stems[b - 1]) || out[b - 1] !== 0))) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, n, B_ORG, I_ORG);
  }
  return out;
}
