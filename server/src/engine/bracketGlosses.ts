// Words in a body's brackets that say something about the body or the picture, never its short name.
import { definiteNisba } from './namePatterns';
import { wordSet } from './wordSets';
import { GREGORIAN_MONTHS, WEEKDAYS } from './dateLexicon';
import { normalizeArabic } from './normalize';

/**
 * Words of a photo's caption or credit (normalised, clitics off): `مقر الهيئة في الرباط ( أرشيف )`, `( تصوير )`,
 * `( مواقع التواصل )` say where the picture came from, never what the body is called.
 */
const CAPTION_WORDS = wordSet(`
  أرشيف الأرشيف أرشيفية الأرشيفية صورة الصورة صور تصوير فيديو ملف إنترنت الإنترنت انترنت مواقع التواصل وكالات متداولة خاص
  إنفوغراف إنفوجراف توضيحية تعبيرية
`);
/** Weekdays and months (normalised): `اجتماعها ( الأربعاء )` dates the sentence. */
const DATE_WORDS = new Set([...WEEKDAYS.keys(), ...GREGORIAN_MONTHS.keys()].map((w) => normalizeArabic(w)));
/**
 * One word in brackets that names no body: a definite nisba, masculine or feminine (`( الكردية )`), or a definite feminine
 * word, an adjective agreeing with a feminine head (`جمعية المهاجرين ( المغاربية )`). Not a plural nisba: the members' name
 * is the movement's (`جماعة أنصار الله ( [الحوثيين] )`).
 */
const describesHead = (stem: string): boolean => definiteNisba(stem, 3, true) || (stem.startsWith('ال') && stem.endsWith('ه'));
/**
 * A normalised word in a body's brackets that is no short name of it: a caption's or credit's word, a date's, or alone
 * (`alone`) one describing the body's head.
 */
export const notShortName = (w: string, alone: boolean): boolean => CAPTION_WORDS.has(w) || DATE_WORDS.has(w) || (alone && describesHead(w));
