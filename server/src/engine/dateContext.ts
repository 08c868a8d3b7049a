// Context checks around a date candidate: words that make a calendar word something else, and cues that a sentence looks ahead.
import { Cursor, monthStarts } from './dateCursor';
import { FUTURE_VERB } from './triggers';

const strip = (w: string) => w.replace(/^[وف]/, '');
/** A head word without its preposition and article; the longest prefix first (بال before ب, لل before ل). */
const noArticle = (w: string) => w.replace(/^(بال|لل|ال|ب|ل)/, '');
const bareHead = (w: string) => noArticle(strip(w));

/** Prepositions and period words after which a bare month or year is a time expression. */
export const TIME_PREPS = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'اواخر', 'اوائل', 'نهايه', 'بدايه', 'منتصف', 'اواسط', 'مستهل', 'طوال', 'طيله', 'شهر', 'من', 'الي', 'بين', 'عامي', 'وخلال', 'ومنذ', 'ختام', 'متم']);

/** A bare Hijri month name (رجب، رمضان، شعبان) is a date only after a time preposition; otherwise it is usually a name. */
export function monthNameHasContext(c: Cursor, i: number): boolean {
  return TIME_PREPS.has(c.norm(i - 1)) || TIME_PREPS.has(strip(c.norm(i - 1)));
}

/** Nouns before a bare 4-digit number that make it an identifier, not a year (رؤية 2030، العدد 2019). */
const NOT_YEAR_BEFORE = new Set(['القرار', 'قرار', 'بالقرار', 'للقرار', 'البند', 'الفقره', 'الرحله', 'رحله', 'الغرفه', 'طراز', 'الطراز', 'رويه', 'العدد', 'عدد', 'رقم', 'الرقم', 'المرسوم', 'الماده', 'ماده', 'صفحه', 'ص', 'نحو', 'حوالي', 'قرابه', 'زهاء', 'اصل', 'بنحو', 'بحوالي', 'بقرابه']);

/** Counted nouns after a number (2000 مؤسسة، 1950 حالة): the number is a quantity, not a year. */
const COUNTED = new Set(['مليون', 'مليار', 'الف', 'شخص', 'اشخاص', 'موسسه', 'حاله', 'دولار', 'درهم', 'ريال', 'جنيه', 'يورو', 'دينار', 'ليره', 'طن', 'برميل',
  'متر', 'كيلومتر', 'كلم', 'قتيل', 'جريح', 'شهيد', 'غاره', 'قذيفه', 'مخالفه', 'مواطن', 'لاجي', 'منزل', 'وحده', 'مشروع', 'شركه', 'طالب', 'عامل', 'موظف', 'جندي', 'عنصر', 'مقاتل', 'مسافر',
  'زاير', 'سايح', 'مريض', 'اصابه', 'وفاه', 'صاروخ', 'طايره', 'سياره', 'شاحنه', 'مقعد', 'صوت', 'ناخب', 'سهم', 'نقطه', 'ميغاواط', 'هكتار', 'دونم', 'فرصه',
  'عايله', 'اسره', 'طفل', 'امراه', 'معتقل', 'اسير', 'حاج', 'معتمر', 'مصل', 'مصلي', 'مدرسه', 'مستشفي', 'سرير', 'رحله', 'مباراه', 'هدف', 'كتاب', 'عنوان', 'دار', 'لوحه', 'فيلم']);

/** True when a bare 4-digit number at i reads as a quantity or identifier rather than a year. */
export function bareNumberIsQuantity(c: Cursor, i: number, end: number): boolean {
  const prev = c.norm(i - 1);
  // رؤية مصر 2030, and with the article الرؤية الوطنية 2030: the year names the vision.
  if (NOT_YEAR_BEFORE.has(prev) || ['رويه', 'الرويه'].includes(c.norm(i - 2)) || (prev === 'من' && ['اكثر', 'اقل', 'لاكثر', 'باكثر', 'باقل'].includes(c.norm(i - 2)))) return true;
  const next = c.norm(end).replace(/^[وب]/, '');
  return COUNTED.has(next) || COUNTED.has(next.replace(/(ا|ات|ين|ون)$/, '')) || COUNTED.has(next.replace(/ا$/, ''));
}

/** Prepositions after which a bare number is a year (في 1250، منذ 705 م). */
export const YEAR_PREPS = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'اواخر', 'اوائل', 'نهايه', 'بدايه', 'منتصف', 'بين', 'عامي']);

/** Words before `604 م` that leave it a year: a Hijri year's tail, a range, a month, about (حوالي 781 م). */
const YEAR_BEFORE_M = new Set(['ه', 'هجري', 'هجريه', 'الموافق', 'الي', 'حتي', 'و', 'م', 'ق', 'حوالي', 'نحو', 'الثاني', 'الاول', 'الاخر', 'الاخره', 'الاولي', 'الحجه', 'القعده']);

/**
 * `ارتفاعه 850 م`: a number under a thousand after a plain word, with a lone م, is a length in metres. In the training
 * text 18 of 19 such are lengths (or temperatures); years of the first millennium follow a year word, a preposition,
 * a Hijri year or a range (عام 636 م، 85 ه 703 م، 279 - 289 م).
 */
export function metresAfter(c: Cursor, i: number): boolean {
  const prev = c.token(i - 1);
  if (!prev || prev.kind !== 'word' || c.norm(i + 1) !== 'م') return false;
  const w = c.norm(i - 1);
  if (RACE_KINDS.has(c.norm(i + 2))) return true;
  if (w === 'بعد' && c.norm(i - 2) === 'علي') return true;
  if (ABOUT.has(w) && (lengthNoun(c.norm(i - 2)) || (/^ها?$/.test(c.norm(i - 2)) && lengthNoun(c.norm(i - 3))))) return true;
  if (w === 'و' && c.norm(i - 2) === 'م' && c.isNumber(i - 3) && metresAfter(c, i - 3)) return true;
  return !YEAR_PREPS.has(w) && !YEAR_BEFORE_M.has(w) && !monthStarts(c, i - 1);
}
/**
 * Where a year word or a preposition would keep the number a year, a length still shows: a race kind after م (في 400 م
 * حواجز), a distance (على بعد 300 م), a length noun before about (بارتفاع حوالي 1 م; a bare حوالي 781 م stays a year), a
 * second length after one (100 م و 200 م). In the training text بعد alone, في and a bare حوالي before N م are years.
 */
const RACE_KINDS = new Set(['حره', 'حواجز', 'تتابع', 'موانع', 'فراشه', 'متنوع']);
const ABOUT = new Set(['نحو', 'حوالي', 'قرابه']);
const LENGTH_NOUNS = new Set(['طول', 'ارتفاع', 'عمق', 'عرض', 'مسافه', 'بعد', 'قطر', 'محيط']);
/** A length noun with ب/ل before it or its pronoun on it (بارتفاع، ارتفاعه; FANE writes the pronoun apart: ارتفاع ه). */
const lengthNoun = (w: string) => { const x = w.replace(/^[بل]/, ''); return LENGTH_NOUNS.has(x) || LENGTH_NOUNS.has(x.replace(/ها?$/, '')); };

/** Title nouns before العام (الأمين العام الحالي) where العام means "general", not "year". */
const GENERAL_BEFORE = new Set(['الامين', 'المدير', 'النائب', 'المدعي', 'المفتش', 'الراي', 'القطاع', 'المرشد', 'المراقب', 'المنسق', 'المؤتمر', 'الاتحاد', 'الامن', 'التعليم', 'الصالح', 'النظام', 'الشان', 'المقر', 'الاضراب', 'القائد', 'المستشار', 'المفوض', 'المحامي', 'الادعاء', 'الاتجاه', 'الطابع', 'الاطار', 'المناخ', 'الوضع', 'الانطباع']);
export function isGeneralAdjective(c: Cursor, i: number): boolean {
  return GENERAL_BEFORE.has(strip(c.norm(i - 1))) || GENERAL_BEFORE.has(c.norm(i - 1));
}

/** Words before الجمعة that make it the Friday prayer or its sermon, not a day (منابر الجمعة، بعد صلاة الجمعة: an event, as صلاة العصر is). */
const PRAYER_BEFORE = new Set(['منابر', 'منبر', 'خطبه', 'خطب', 'خطباء', 'خطيب', 'صلاه', 'وصلاه', 'لصلاه', 'بصلاه']);
/** Markets named for their weekday (سوق الخميس) are places. */
export const MARKET_BEFORE = new Set(['سوق', 'اسواق']);
export function isPrayerFriday(c: Cursor, i: number): boolean {
  return PRAYER_BEFORE.has(c.norm(i - 1));
}

/** اليوم that is a noun, not "today": اليوم العالمي، اليوم الأول، المصري اليوم (a newspaper). */
export function todayIsNoun(c: Cursor, i: number): boolean {
  const next = c.norm(i + 1);
  if (['العالمي', 'الوطني', 'الدولي', 'العربي', 'المفتوح', 'الاول', 'الثاني', 'الثالث', 'الاخير', 'الموعود', 'التالي', 'السابق', 'ال', 'الـ', 'نفسه', 'ذاته'].includes(next)) return true;
  if (/^ال(رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)$/.test(next)) return true;
  return ['المصري', 'روسيا', 'مصر', 'فلسطين'].includes(c.norm(i - 1));
}

/** Subjects and the verb بات before a "nowadays" اليوم (وهي اليوم مقصد، بات اليوم أكبر), with و/ف glued on. */
const NOWADAYS_BEFORE = new Set(['هو', 'هي', 'هم', 'وهو', 'وهي', 'وهم', 'فهو', 'فهي', 'فهم', 'بات', 'باتت', 'وبات', 'وباتت']);
/** Prepositions after اليوم that make it a day the subject is at (وهو اليوم في باريس), not an era. */
const TODAY_AT = new Set(['في', 'علي', 'عند', 'الي', 'من', 'امام', 'خلال', 'منذ', 'مع', 'بين']);

/**
 * اليوم meaning "nowadays" (PRESENT_REF): after a subject pronoun or بات and before an indefinite predicate
 * (وهي اليوم مقصد الأسر), or before لم يعد ("no longer"). With the article next (هو اليوم الذي) it is the noun "the day".
 */
export function todayIsNowadays(c: Cursor, i: number): boolean {
  if (!c.is(i, 'اليوم')) return false;
  if (c.is(i + 1, 'لم') && c.is(i + 2, 'يعد', 'تعد')) return true;
  const next = c.norm(i + 1);
  return NOWADAYS_BEFORE.has(c.norm(i - 1)) && /^[\u0621-\u064A]/.test(next) && !next.startsWith('ال') && !TODAY_AT.has(next);
}

const FUTURE_WORDS = new Set(['المقرر', 'المتوقع', 'المرتقب', 'المنتظر', 'سوف', 'يعتزم', 'تعتزم', 'المقبل', 'المقبله', 'القادم', 'القادمه', 'تستعد', 'يستعد', 'موعد',
  'يتوقع', 'تتوقع', 'متوقع', 'متوقعه', 'متوقعا',
  // Present-tense verbs of scheduled events: in news they announce what is ahead (تنطلق في 21 دجنبر); past events take the past tense.
  'تنطلق', 'ينطلق', 'يلتقي', 'تلتقي', 'يغادر', 'تغادر', 'يصل', 'تصل', 'يستضيف', 'تستضيف', 'يواجه', 'تواجه', 'تقام', 'يقام', 'تجري', 'يجري', 'يمتد', 'تمتد', 'يحل', 'تحل']);
const NOT_FUTURE_VERB = /^(سيا|سيار|سيد|ستون|سته|ستين|سنه|سنو|سنغ|سيط|سينا|سيول|سيء|ستار|سير|سيف|سينم|ستراتيج|سني|سنت|سنا|ستاد|سيناريو|ستو|ستي|سيم|سيل)/;
const SENTENCE_STOP = new Set(['.', '!', '?', '؟', '؛', '،', ',', ':']);

/** True when a verb in the future (سيعقد، ستجرى) or a word like المقرر appears shortly before i in the same clause. */
export function futureCue(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const w = c.norm(k);
    if (SENTENCE_STOP.has(w)) return false;
    const bare = strip(w);
    if (FUTURE_WORDS.has(bare) || FUTURE_WORDS.has(w)) return true;
    if (FUTURE_VERB.test(bare) && !NOT_FUTURE_VERB.test(bare)) return true;
    if (bare === 'ان' && c.norm(k - 1) === 'علي') return true;
  }
  return false;
}

/** The pluperfect's auxiliary (وكانت الحكومة قد صادقت): a report of what had already happened. */
const PLUPERFECT_AUX = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
const SINCE = new Set(['منذ', 'ومنذ']);
/** True right after منذ: the date is behind the article whatever verb the sentence has (تستمر الاحتجاجات منذ الخميس). */
export const sinceCue = (c: Cursor, i: number) => SINCE.has(c.norm(i - 1));

/**
 * True when the date at i is plainly in the past: right after منذ, or in a clause told in the pluperfect (كان … قد).
 * Such a yearless date is the most recent past one even in the next two months (منذ 20 يناير in December).
 */
export function pastCue(c: Cursor, i: number): boolean {
  if (SINCE.has(c.norm(i - 1))) return true;
  let sawQad = false;
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    const w = c.norm(k);
    if (SENTENCE_STOP.has(w)) return false;
    if (w === 'قد') sawQad = true;
    else if (sawQad && PLUPERFECT_AUX.has(w)) return true;
  }
  return eventPastCue(c, i);
}

/**
 * Past verbs of events (وقع، وصل، اعتقل، انفجر), third person, normalised: a date they happened on is behind the article.
 * Scheduling and reporting verbs (حدد، أجل، قرر، أعلن) stay out: what they set or report is often ahead (حددت جلسة في 15 يناير).
 */
const EVENT_PAST_STEMS = ['وقع', 'وصل', 'قتل', 'اعتقل', 'اغتيل', 'توفي', 'هرب', 'اندلع', 'انفجر', 'سقط', 'اصيب', 'غادر', 'زار', 'التقي', 'خسر', 'فاز',
  'تعادل', 'هزم', 'اقتحم', 'هاجم', 'شن', 'نفذ', 'ولد', 'اختطف', 'خطف', 'اختفي', 'احتج', 'تظاهر', 'خرج', 'جري', 'اقيم', 'انتهي', 'قصف', 'استهدف'];
/** Each stem with its feminine, dual and plural endings (وقعت، وقعا، وقعوا; توفيت، جرت، التقوا). */
const EVENT_PAST = new Set(EVENT_PAST_STEMS.flatMap((v) => {
  const weak = v.endsWith('ي') ? v.slice(0, -1) : undefined;
  return weak ? [v, weak + 'ت', weak + 'وا', v + 'ا', weak + 'تا'] : [v, v + 'ت', v + 'وا', v + 'ا', v + 'تا'];
}));
/**
 * Past verbs that set, call or announce what comes (حددت، دعا، أعلن، قرر): nearer the date than an event verb, they are its
 * verb, and what they set is often ahead (اعتقلت الشرطة المتهم وحددت النيابة جلسة في 15 يناير).
 */
const SCHEDULE_PAST_STEMS = ['حدد', 'قرر', 'اعلن', 'اجل', 'ارجا', 'وافق', 'اتفق', 'طالب', 'وعد', 'امهل', 'توقع', 'حذر', 'اكد', 'قال', 'ذكر', 'اوضح', 'افاد', 'كشف', 'اشار'];
const SCHEDULE_PAST = new Set([...SCHEDULE_PAST_STEMS.flatMap((v) => [v, v + 'ت', v + 'وا', v + 'ا', v + 'تا']), 'دعا', 'دعت', 'دعوا', 'دعتا']);
/** Words that open another clause: the verb before them is not the date's (وأعلن أن الامتحانات تبدأ في 20 يناير). */
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'انها', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'حيث']);
/** A present verb's shape (يبدأ، تستمر), nouns of that shape (تنفيذ) included: either ends the search, so the rule fires less. */
const PRESENT_SHAPE = /^[يت][\u0621-\u064A]{3,}$/;
/**
 * Words that open another clause between the event verb and the date, normalised: a verb joined by و (زار … واتفق على عقد
 * قمة في، فاز … وضمن التأهل لمباراة في; a short indefinite word with no pronoun or plural ending, coordinated nouns of
 * that shape included, so the rule fires less) and a purpose with ل (وصل … لترتيب الانتخابات في، لإجراء، للمشاركة، لبحث).
 */
const JOINED_VERB = /^و(?!ال)[\u0621-\u064A]{3,5}$/;
const NOT_VERB_END = /(ه|ها|هم|ات|ون|ين)$/;
const PURPOSE = /^(ل(ل|ت|ا)[\u0621-\u064A]{3,}|ل[\u0621-\u0626\u0628-\u064A]{3})$/;
/** A sound plural after ل names people or things (قافلة للمسلحين), not a purpose: the search goes on past it. */
const PLURAL_END = /(ين|ون|ات)$/;
/** A verb joined by و (واتفق، وشهدت): a short word with no article and no pronoun or plural ending. */
export const joinedVerb = (w: string) => JOINED_VERB.test(w) && !NOT_VERB_END.test(w);
const opensClause = (w: string) => joinedVerb(w) || (PURPOSE.test(w) && !PLURAL_END.test(w));

/** A past verb of an event, a schedule or a report, with و/ف (وقع، قررت، أعلن): the clause it heads is told in the past. */
export const isListedPastVerb = (w: string) => EVENT_PAST.has(w) || EVENT_PAST.has(strip(w)) || SCHEDULE_PAST.has(w) || SCHEDULE_PAST.has(strip(w));

/** True when the nearest verb before the date at i, in its clause, is a past verb of an event (وقع الحادث في 15 يناير). */
function eventPastCue(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = c.norm(k);
    if (SENTENCE_STOP.has(w) || CLAUSE_OPENERS.has(w)) return false;
    if (EVENT_PAST.has(w) || (/^[وف]/.test(w) && EVENT_PAST.has(w.slice(1)))) return true;
    if (PRESENT_SHAPE.test(strip(w)) || SCHEDULE_PAST.has(w) || SCHEDULE_PAST.has(strip(w)) || opensClause(w)) return false;
  }
  return false;
}

/** Nouns that name a historical event by its date (ثورة 25 يناير، هجوم 7 أكتوبر). */
const EVENT_BEFORE = new Set(['ثوره', 'هجوم', 'هجمات', 'احداث', 'عمليه', 'انتفاضه', 'حرب', 'مجزره', 'انقلاب', 'انفجار', 'زلزال', 'اتفاق', 'طوفان', 'مظاهرات', 'تظاهرات', 'حراك']);
/** Day-month dates that, after an event noun, name one well-known year (general knowledge, not from any article). */
const EVENT_YEARS = new Map([['10-7', 2023], ['9-11', 2001], ['1-25', 2011], ['6-30', 2013], ['7-23', 1952], ['10-6', 1973], ['8-4', 2020], ['2-17', 2011], ['12-17', 2010], ['1-14', 2011], ['3-15', 2011], ['2-6', 2023], ['10-17', 2019], ['2-22', 2019]]);
/** Month-only event names (ثورة يوليو، حرب أكتوبر). */
const EVENT_MONTH_YEARS = new Map([['ثوره-7', 1952], ['ثوره-1', 2011], ['حرب-10', 1973], ['حرب-7', 2006]]);

/** The year of `ثورة يوليو` or `حرب أكتوبر`, named by their month alone. */
export function eventMonthYear(c: Cursor, i: number, month: number): number | undefined {
  return EVENT_MONTH_YEARS.get(`${bareHead(c.norm(i - 1))}-${month}`) ?? EVENT_MONTH_YEARS.get(`${strip(c.norm(i - 1))}-${month}`);
}

/** Heads of names of places, buildings, organisations and programmes that carry a date (ساحة 14 آذار، جسر 14 تموز، حركة 20 فبراير). */
const NAME_BEFORE = new Set(['ساحه', 'شارع', 'جسر', 'كوبري', 'استاد', 'ستاد', 'ملعب', 'مستشفي', 'جامعه', 'مدينه', 'حي', 'ميدان', 'نفق', 'محطه', 'مطار', 'مدرسه', 'نادي',
  'حركه', 'مسار', 'تيار', 'قوي', 'تحالف', 'كتله', 'جمعيه', 'مؤسسه', 'موسسه', 'مصنع', 'قاعده', 'معسكر', 'مخيم', 'ناحيه', 'قضاء', 'هلال']);

/** True when the date at i is part of such a name, or the month after هلال (the new moon that opens it). */
export function inName(c: Cursor, i: number): boolean {
  // The month of `ساحة 14 آذار` or `هلال شهر شوال` looks past the day or the word شهر.
  const k = c.isNumber(i - 1) || c.norm(i - 1) === 'شهر' ? i - 2 : i - 1;
  const prev = bareHead(c.norm(k));
  return NAME_BEFORE.has(prev) || NAME_BEFORE.has(strip(c.norm(k)));
}

/** The year of `ثورة 25 يناير` or `هجوم 7 أكتوبر`: the event's, not the most recent 25 January. */
export function eventYear(c: Cursor, i: number, month: number, day: number): number | undefined {
  const prev = strip(c.norm(i - 1));
  if (!EVENT_BEFORE.has(prev) && !EVENT_BEFORE.has(noArticle(prev))) return undefined;
  return EVENT_YEARS.get(`${month}-${day}`);
}
