// Arabic calendar vocabulary (months of three Gregorian traditions and Hijri, weekdays, numbers, units), normalised.
import { normalizeArabic } from './normalize';

function table<T>(entries: Array<[string, T]>): Map<string, T> {
  return new Map(entries.map(([k, v]) => [normalizeArabic(k), v]));
}

/** Arabic locales whose CLDR month names differ: Levant and Iraq, Algeria and Tunisia, Morocco, Mauritania, the rest. */
const MONTH_LOCALES = ['ar', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-DZ', 'ar-TN', 'ar-MA', 'ar-MR'];

/** Single-word month names from CLDR (ICU via Intl), so each region's spelling comes from the data, not from memory. */
function cldrMonths(): Array<[string, { month: number }]> {
  const out: Array<[string, { month: number }]> = [];
  for (const loc of MONTH_LOCALES) {
    const f = new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const name = f.format(new Date(Date.UTC(2025, m - 1, 15)));
      if (/^[\u0621-\u064A]+$/.test(name)) out.push([name, { month: m }]);
    }
  }
  return out;
}

/**
 * Single-word Gregorian month names: CLDR's, then the hand list, which adds spellings CLDR lacks (يونيه، إبريل)
 * and marks the `ambiguous` ones that need calendar context (آب is also a father, نيسان a car maker).
 */
export const GREGORIAN_MONTHS = table<{ month: number; ambiguous?: boolean }>([
  ...cldrMonths(),
  ['يناير', { month: 1 }], ['فبراير', { month: 2 }], ['مارس', { month: 3, ambiguous: true }], ['أبريل', { month: 4 }], ['إبريل', { month: 4 }],
  ['مايو', { month: 5 }], ['يونيو', { month: 6 }], ['يونيه', { month: 6 }], ['يوليو', { month: 7 }], ['يوليه', { month: 7 }],
  ['أغسطس', { month: 8 }], ['سبتمبر', { month: 9 }], ['أكتوبر', { month: 10 }], ['نوفمبر', { month: 11 }], ['ديسمبر', { month: 12 }],
  ['شباط', { month: 2 }], ['آذار', { month: 3 }], ['نيسان', { month: 4, ambiguous: true }], ['أيار', { month: 5 }], ['حزيران', { month: 6 }],
  ['تموز', { month: 7, ambiguous: true }], ['آب', { month: 8, ambiguous: true }], ['أيلول', { month: 9 }],
  ['جانفي', { month: 1 }], ['فيفري', { month: 2 }], ['أفريل', { month: 4 }], ['ماي', { month: 5, ambiguous: true }], ['جوان', { month: 6 }],
  ['جويلية', { month: 7 }], ['أوت', { month: 8 }],
  // Moroccan forms.
  ['يوليوز', { month: 7 }], ['غشت', { month: 8 }], ['شتنبر', { month: 9 }], ['نونبر', { month: 11 }], ['دجنبر', { month: 12 }],
]);

/** English month names and abbreviations (lower case), for English-script dates inside Arabic articles. */
export const ENGLISH_MONTHS = new Map<string, number>([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
].flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1]] as Array<[string, number]>).concat([['sept', 9]]));

/** Two-word Levantine months: first word → second word → month. */
export const LEVANTINE_PAIRS = table<Map<string, number>>([
  ['كانون', table([['الثاني', 1], ['الأول', 12]])],
  ['تشرين', table([['الأول', 10], ['الثاني', 11]])],
]);

export const HIJRI_MONTHS = table<number>([
  ['محرم', 1], ['صفر', 2], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
]);

/** Two-word Hijri months. */
export const HIJRI_PAIRS = table<Map<string, number>>([
  ['ربيع', table([['الأول', 3], ['الثاني', 4], ['الآخر', 4]])],
  ['جمادى', table([['الأولى', 5], ['الأول', 5], ['الثانية', 6], ['الآخرة', 6], ['الثاني', 6]])],
  ['ذو', table([['القعدة', 11], ['الحجة', 12]])],
  ['ذي', table([['القعدة', 11], ['الحجة', 12]])],
]);

/** Weekday → JavaScript getUTCDay() number. */
export const WEEKDAYS = table<number>([
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
  ['أحد', 0], ['اثنين', 1], ['ثلاثاء', 2], ['أربعاء', 3], ['خميس', 4], ['جمعة', 5], ['سبت', 6],
]);

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE';

/** Unit nouns; `count` is set for duals (يومين = 2 days); `plural` marks an unspecified number. */
export const UNITS = table<{ unit: Unit; count?: number; plural?: boolean }>([
  ['يوم', { unit: 'D' }], ['يوما', { unit: 'D' }], ['أيام', { unit: 'D', plural: true }], ['أياما', { unit: 'D', plural: true }], ['يومين', { unit: 'D', count: 2 }], ['يومان', { unit: 'D', count: 2 }],
  ['أسبوع', { unit: 'W' }], ['أسبوعا', { unit: 'W' }], ['أسابيع', { unit: 'W', plural: true }], ['أسبوعين', { unit: 'W', count: 2 }],
  ['شهر', { unit: 'M' }], ['شهرا', { unit: 'M' }], ['أشهر', { unit: 'M', plural: true }], ['أشهرا', { unit: 'M', plural: true }], ['شهور', { unit: 'M', plural: true }], ['شهورا', { unit: 'M', plural: true }], ['شهرين', { unit: 'M', count: 2 }],
  ['سنة', { unit: 'Y' }], ['سنوات', { unit: 'Y', plural: true }], ['سنين', { unit: 'Y', plural: true }], ['سنتين', { unit: 'Y', count: 2 }],
  ['عام', { unit: 'Y' }], ['عاما', { unit: 'Y' }], ['أعوام', { unit: 'Y', plural: true }], ['أعواما', { unit: 'Y', plural: true }], ['عامين', { unit: 'Y', count: 2 }],
  ['ساعة', { unit: 'H' }], ['ساعات', { unit: 'H', plural: true }], ['ساعتين', { unit: 'H', count: 2 }],
  ['دقيقة', { unit: 'MIN' }], ['دقائق', { unit: 'MIN', plural: true }], ['دقيقتين', { unit: 'MIN', count: 2 }],
  ['عقد', { unit: 'DE' }], ['عقدا', { unit: 'DE' }], ['عقود', { unit: 'DE', plural: true }], ['عقودا', { unit: 'DE', plural: true }], ['عقدين', { unit: 'DE', count: 2 }],
  ['ثانية', { unit: 'S' }], ['ثوان', { unit: 'S', plural: true }], ['ثواني', { unit: 'S', plural: true }], ['قرن', { unit: 'CE' }], ['قرون', { unit: 'CE', plural: true }],
]);

/** Cardinal number words (masculine and feminine forms). */
export const CARDINALS = table<number>([
  ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5],
  ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثماني', 8], ['ثمانية', 8], ['ثمان', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
  ['عشرين', 20], ['عشرون', 20], ['ثلاثين', 30], ['أربعين', 40], ['خمسين', 50], ['ستين', 60], ['سبعين', 70], ['ثمانين', 80], ['تسعين', 90], ['مئة', 100], ['مائة', 100],
  ['إحدى', 1], ['اثني', 2], ['اثنتي', 2],
]);

/** Ordinal day words: الأول … العاشر, with عشر / والعشرين / الثلاثين compounds handled by the parser. */
export const ORDINALS = table<number>([
  ['الأول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7], ['الثامن', 8],
  ['التاسع', 9], ['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30],
  // First of the month: غرة رمضان، فاتح شوال، الفاتح من جانفي (0 marks a word that is day 1 on its own).
  ['غرة', 0], ['فاتح', 0], ['الفاتح', 0],
]);

/** Decades by their plural adjective: التسعينيات → 9 (also without the article: ستينيات القرن الماضي). */
export const DECADES = table<number>([
  ['عشرينيات', 2], ['ثلاثينيات', 3], ['أربعينيات', 4], ['خمسينيات', 5], ['ستينيات', 6], ['سبعينيات', 7], ['ثمانينيات', 8], ['تسعينيات', 9],
  ['العشرينيات', 2], ['الثلاثينيات', 3], ['الأربعينيات', 4], ['الخمسينيات', 5], ['الستينيات', 6], ['السبعينيات', 7], ['الثمانينيات', 8], ['التسعينيات', 9],
  ['العشرينات', 2], ['الثلاثينات', 3], ['الأربعينات', 4], ['الخمسينات', 5], ['الستينات', 6], ['السبعينات', 7], ['الثمانينات', 8], ['التسعينات', 9],
]);

/** Direction words after a period noun: الماضي −1, المقبل +1, الحالي 0. */
export const DIRECTIONS = table<number>([
  ['الماضي', -1], ['الماضية', -1], ['المنصرم', -1], ['المنصرمة', -1], ['السابق', -1], ['السابقة', -1], ['الفائت', -1], ['الفائتة', -1],
  ['الفارط', -1], ['الفارطة', -1],
  ['المقبل', 1], ['المقبلة', 1], ['القادم', 1], ['القادمة', 1], ['التالي', 1],
  ['الحالي', 0], ['الحالية', 0], ['الجاري', 0], ['الجارية', 0], ['هذا', 0], ['هذه', 0],
]);

/** Parts of the day, with an ISO-TimeML token. */
export const DAY_PARTS = table<string>([
  ['صباح', 'MO'], ['صباحا', 'MO'], ['الصباح', 'MO'], ['ظهر', 'MI'], ['ظهرا', 'MI'], ['الظهر', 'MI'], ['عصر', 'AF'], ['عصرا', 'AF'],
  ['مساء', 'EV'], ['مساءا', 'EV'], ['المساء', 'EV'], ['ليل', 'NI'], ['ليلا', 'NI'], ['ليلة', 'NI'], ['الليل', 'NI'], ['فجر', 'MO'], ['فجرا', 'MO'], ['الفجر', 'MO'],
  ['ضحى', 'MO'], ['ظهيرة', 'MI'], ['عصرا', 'AF'], ['ليلا', 'NI'],
]);

/** Adverbs of frequency. */
export const SET_ADVERBS = table<Unit>([['يوميا', 'D'], ['أسبوعيا', 'W'], ['شهريا', 'M'], ['سنويا', 'Y'], ['عاميا', 'Y']]);

export const N = normalizeArabic;

/** Period nouns (normalised) that name the current one with هذا or a relative one with الماضي/المقبل: الأسبوع الماضي. */
export const PERIODS = new Map<string, Unit>([['الاسبوع', 'W'], ['الشهر', 'M'], ['العام', 'Y'], ['السنه', 'Y'], ['العقد', 'DE'], ['القرن', 'CE'], ['اليوم', 'D']]);
