// A company, group or panel named by one common definite noun alone (`شركة الإنتاج`، `مجموعة الخدمات`، `هيئة الدفاع`) is the plain phrase, no body.
import { beginTag, dropSpans } from './tagger';
import { wordSet } from './wordSets';
import { normalizeArabic } from './normalize';
import { ORGANIZATION_HEADS } from './triggers';
import { GOVERNMENT_BODIES } from './nameRules';

const B_ORG = beginTag('ORG');
/**
 * Heads whose one definite genitive is, in news, nearly always a description: the production company, the group of
 * scholars (the FANE corpora and AQMAR leave `شركة` + a common definite noun closing the phrase O 11 times in 11, `مجموعة`
 * 6 in 6).
 */
const DESCRIBING_HEADS = wordSet('شركة مجموعة');
/**
 * `هيئة` names bodies with common nouns too (`هيئة الكتاب`, the book authority): only its panels are plain phrases — the
 * defence, the bench, the jury, the editors, the teaching staff (O 8 times in 8 in the corpora).
 */
export const PANEL_HEAD = normalizeArabic('هيئة');
export const PANELS = wordSet('الدفاع المحكمة المحلفين التحرير التدريس');
/** Training count from which a definite noun is a word of the language, not a body's own name (العثيم, الافتاء: rare). */
const COMMON_GENITIVE = 30;

/** A definite head alone, which names no body (الجيش، الحكومة, dropBareHeads). */
const bareHead = (stem: string) => stem.startsWith('ال') && (ORGANIZATION_HEADS.has(stem) || GOVERNMENT_BODIES.has(stem));

/**
 * Masculine heads, definite: a definite word in ة right after one cannot be its adjective, so the head is alone and the
 * word begins the verb's object (`يعطي [البنك المرونة]`، `منح [المجلس الثقة] للحكومة`); a nationality agreeing with a
 * paper left unsaid stays (`الاتحاد الإماراتية`).
 */
const MASCULINE_HEADS = wordSet('البنك المجلس الجيش الحزب الاتحاد الصندوق المكتب المعهد المركز النادي المنتخب البرلمان التحالف التنظيم المصرف');

/**
 * Feminine heads, definite: the court, the police, the prosecution, the government, the authority, the committee, the
 * ministry. The word right after one is its adjective only when it can agree: in ة (العامة، الدستورية), in ا or اء (العليا)
 * or a feminine elative in ى (الكبرى). Any other definite word, or an indefinite word of the language, begins the verb's
 * object (`وردت [المحكمة الدعوى]`، `أطلقت [الشرطة الغاز] المسيل`، `وحددت [المحكمة جلسة] 3 آذار`): the corpora and the
 * read sets never tag such a pair as one name (0 of 74 pairs).
 */
const FEMININE_HEADS = wordSet('المحكمة الشرطة النيابة الحكومة الهيئة اللجنة الوزارة');
/** Feminine elatives in ى, which agree with a feminine head (normalised: ى is ي, as الدعوى's is too). */
const FEMININE_ELATIVES = wordSet('الكبرى الصغرى العظمى الوسطى الأولى الأخرى القصوى الدنيا العليا السفلى الفضلى الحسنى المثلى');
/** Training count from which an indefinite word after such a head is a word of the language, not a name (جلسة: 13). */
const COMMON_OBJECT = 10;

/**
 * An ORGANIZATION span of two words or more is dropped when it is one of four phrases: two bare heads joined by و
 * (`قوات مشتركة [للجيش والشرطة]`), common nouns as each alone is (the corpora O 7 times in 9); a masculine head and a
 * definite word in ة, no nationality, name or listed body (above); a feminine head and a word that cannot be its
 * adjective, under the same guards (above; the rest of the span goes with them: `[الشرطة الغاز المسيل]`); or exactly such a head (clitic or not) and one definite
 * noun the training text knows well, which no list holds as a name or people: `تحمل جنسية [شركة الإنتاج]`، `ومجموعة
 * الخدمات`. A rare or listed noun (`مجموعة العثيم`), a longer span (`شركة النفط الوطنية`) and a listed body stay.
 */
export function dropCommonNounBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], wordFreq: (w: string) => number,
  namedAt: (k: number) => boolean, listedBody: (b: number, e: number) => boolean, isNationality: (k: number) => boolean): number[] {
  const headsJoined = (k: number, end: number) => end === k + 2 && prefixes[k + 1] === 'و' && bareHead(stems[k]) && bareHead(stems[k + 1]);
  const headBeforeFeminine = (k: number, end: number) => MASCULINE_HEADS.has(stems[k]) && !prefixes[k + 1] && /^ال.{2,}ه$/.test(stems[k + 1]) &&
    !isNationality(k + 1) && !namedAt(k + 1) && !listedBody(k, end);
  const headBeforeObject = (k: number, end: number) => {
    const w = stems[k + 1];
    if (!FEMININE_HEADS.has(stems[k]) || prefixes[k + 1] || isNationality(k + 1) || namedAt(k + 1) || listedBody(k, end)) return false;
    if (!w.startsWith('ال')) return w.length > 2 && wordFreq(w) >= COMMON_OBJECT;
    return w.length > 3 && !/(ه|ا|اء)$/.test(w) && !FEMININE_ELATIVES.has(w);
  };
  const describedByNoun = (k: number, end: number) => {
    if (!(DESCRIBING_HEADS.has(stems[k]) || (stems[k] === PANEL_HEAD && PANELS.has(stems[k + 1])))) return false;
    const noun = stems[k + 1];
    return end === k + 2 && !prefixes[k + 1] && noun.startsWith('ال') && wordFreq(noun) >= COMMON_GENITIVE && !namedAt(k + 1) && !listedBody(k, end);
  };
  return dropSpans(tags, B_ORG, (k, end) => end >= k + 2 && (headsJoined(k, end) || headBeforeFeminine(k, end) || headBeforeObject(k, end) || describedByNoun(k, end)));
}
