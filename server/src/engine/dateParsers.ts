// The date expression parsers: each looks at the cursor at a token and returns the longest expression it knows.
import {
  APPROX, Cursor, dayOfMonth, Gate, Match, monthAt, monthStarts, num, spacedNumeric, yearAt,
} from './dateCursor';
import { bareNumberIsQuantity, eventMonthYear, metresAfter, YEAR_PREPS, eventYear, inName, isGeneralAdjective, isPrayerFriday, MARKET_BEFORE, monthNameHasContext, todayIsNoun, todayIsNowadays, TIME_PREPS } from './dateContext';
import { englishDate } from './englishDates';
import { CARDINALS, DAY_PARTS, DECADES, DIRECTIONS, ENGLISH_MONTHS, ORDINALS, PERIODS, UNITS, WEEKDAYS } from './dateLexicon';
import { setExpr, setStarts } from './dateSets';

/** One-word lookup tables, built once (the parsers run at every candidate token). */
const YAWM = new Map([['يوم', 1], ['يومي', 1]]);
const THIS = new Map([['هذا', 1], ['هذه', 1]]);
const AMS = new Map([['امس', 1]]);
const QARN = new Map([['القرن', 1]]);

export function numericDate(c: Cursor, i: number): Match | undefined {
  const { s, end: after } = spacedNumeric(c, i);
  // Both shapes are 8 characters at least (1/1/2000): a lone number, at most tokens that start here, needs no regex.
  if (s.length < 8) return undefined;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!m) return undefined;
    d = +m[1]; mo = +m[2]; y = +m[3];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  let end = after;
  const hijri = c.is(end, 'ه', 'هجري', 'هجريه');
  if (hijri || c.is(end, 'م', 'ميلادي', 'ميلاديه')) end++;
  return { end, type: 'DATE', spec: { kind: 'absolute', calendar: hijri ? 'hijri' : 'gregorian', year: y, month: mo, day: d } };
}

/** `12 نيسان/أبريل الماضي`, `شهر رمضان`, `15 الجاري`, `الثلاثين من الشهر الجاري`, `August 20, 2024`. */
export function calendarDate(c: Cursor, i: number): Match | undefined {
  const english = englishDate(c, i);
  if (english) return english;
  if (inName(c, i)) return undefined;
  const dm = dayOfMonth(c, i);
  if (dm) {
    // `15 الجاري`, `الثلاثين من الشهر الجاري`: a day of the current month.
    const at = c.is(dm.end, 'الشهر') ? dm.end + 1 : dm.end;
    const dir = c.lookup(DIRECTIONS, at, false);
    if (dir && dir.value === 0 && !c.is(at, 'هذا', 'هذه') && (at > dm.end || c.isNumber(i))) return { end: at + 1, type: 'DATE', spec: { kind: 'absolute', calendar: 'gregorian', day: dm.day, direction: 0 } };
  }
  let start = i;
  let day: number | undefined;
  let monthCtx = false;
  const slash = dm && c.norm(dm.end) === '/' ? 1 : 0;
  if (dm && monthAt(c, dm.end + slash, false)) { day = dm.day; start = dm.end + slash; } else if (c.is(i, 'شهر', 'شهري') && monthAt(c, i + 1, false)) { start = i + 1; monthCtx = true; }
  const month = monthAt(c, start, start === i);
  if (!month) return undefined;
  let end = month.end;
  if (c.norm(end) === '،' || c.norm(end) === ',' || c.norm(end) === '/') end++;
  const bracket = c.norm(end) === '(' ? 1 : 0;
  const y0 = yearAt(c, end + bracket);
  const y = y0 && (!bracket || c.norm(y0.end) === ')') ? { ...y0, end: y0.end + bracket } : undefined;
  const yearOk = y && (y.hijri !== undefined || (y.year >= 1000 && y.year <= 2200));
  end = yearOk ? y!.end : month.end;
  // `مارس من العام الماضي`, `12 يونيو من عام 2023`: the year comes after من.
  let yearOf: Match | undefined;
  if (!yearOk && month.calendar === 'gregorian' && c.is(month.end, 'من')) {
    yearOf = yearExpr(c, month.end + 1) ?? relative(c, month.end + 1);
    if (yearOf && !(yearOf.spec.kind === 'absolute' && !yearOf.spec.month || yearOf.spec.kind === 'relative' && yearOf.spec.unit === 'Y')) yearOf = undefined;
  }
  if (yearOf) return { end: yearOf.end, type: 'DATE', spec: { kind: 'part', of: yearOf.spec, code: `M${month.month}${day ? 'D' + day : ''}` } };
  let direction: number | undefined;
  const dir = !yearOk ? c.lookup(DIRECTIONS, end, false) : undefined;
  if (dir && !c.is(end, 'هذا', 'هذه')) { direction = dir.value; end++; }
  // An event named by its month (حرب تموز) is read before the month's other senses (تموز is also a name).
  const eventYearOnly = !yearOk && direction === undefined && day === undefined && month.calendar === 'gregorian' ? eventMonthYear(c, i, month.month) : undefined;
  if (eventYearOnly) return { end, type: 'DATE', spec: { kind: 'absolute', calendar: 'gregorian', year: eventYearOnly, month: month.month } };
  // آب alone is also "father"; after في or منذ it is the month.
  if (month.ambiguous && day === undefined && !yearOk && !monthCtx && direction === undefined && !STRONG_PREPS.has(c.norm(i - 1))) return undefined;
  if (month.calendar === 'hijri' && month.end === start + 1 && day === undefined && !yearOk && !monthCtx && direction === undefined && !monthNameHasContext(c, i)) return undefined;
  const calendar = y?.hijri === true ? 'hijri' : y?.hijri === false ? 'gregorian' : month.calendar;
  const known = !yearOk && direction === undefined && day !== undefined && calendar === 'gregorian' ? eventYear(c, i, month.month, day) : undefined;
  if (known) return { end, type: 'DATE', spec: { kind: 'absolute', calendar, year: known, month: month.month, day } };
  return { end, type: 'DATE', spec: { kind: 'absolute', calendar, year: yearOk ? y!.year : undefined, month: month.month, day, direction } };
}

const STRONG_PREPS = new Set([...TIME_PREPS].filter((w) => !['من', 'الي', 'بين', 'عامي', 'ختام'].includes(w)));

export const YEAR_WORDS = new Map([['عام', 1], ['العام', 1], ['سنه', 1], ['السنه', 1], ['عامي', 1]]);

export function yearExpr(c: Cursor, i: number): Match | undefined {
  const kw = c.lookup(YEAR_WORDS, i, true);
  let at = kw ? i + 1 : i;
  const paren = c.norm(at) === '(';
  if (paren) at++;
  const y = yearAt(c, at);
  if (!y) return undefined;
  let end = y.end;
  if (paren) { if (c.norm(end) !== ')') return undefined; end++; }
  let hijri = y.hijri;
  if (hijri === undefined && c.is(end, 'هجري', 'هجريه', 'ه')) { hijri = true; end++; } else if (hijri === undefined && c.is(end, 'م', 'ميلادي', 'ميلاديه')) { hijri = false; end++; }
  // Bare numbers are years only in the modern range or after a time preposition; quantities stay out.
  // `( 1948 )` alone is a bracketed year whose brackets stay out; `( 1948 ) م` keeps them.
  if (paren && !kw && hijri === undefined) return undefined;
  if (!kw && !paren && hijri === false && y.year < 1000 && metresAfter(c, i)) return undefined;
  if (!kw && hijri === undefined) {
    const modern = y.year >= 1900 && y.year <= 2100 && c.norm(at).length === 4;
    if (!modern && !(y.year >= 1000 && y.year <= 2100 && YEAR_PREPS.has(c.norm(i - 1)))) return undefined;
    if (!paren && bareNumberIsQuantity(c, i, end)) return undefined;
  }
  return { end, type: 'DATE', spec: { kind: 'absolute', calendar: hijri ? 'hijri' : 'gregorian', year: y.year } };
}

export function weekday(c: Cursor, i: number): Match | undefined {
  let at = i;
  if (c.lookup(YAWM, i, true) && c.lookup(WEEKDAYS, i + 1, false)) at = i + 1;
  const wd = c.lookup(WEEKDAYS, at, at === i);
  if (!wd || (at === i && !c.norm(at).includes('ال') && !c.is(i - 1, 'يوم'))) return undefined;
  if ((wd.value === 5 && isPrayerFriday(c, at)) || MARKET_BEFORE.has(c.norm(at - 1))) return undefined;
  let end = at + 1;
  let direction = 0;
  const dir = c.lookup(DIRECTIONS, end, false);
  if (dir && dir.value !== 0) { direction = dir.value; end++; }
  let next = end;
  if (c.norm(next) === '،' || c.norm(next) === ',') next++;
  const date = calendarDate(c, next) ?? numericDate(c, next);
  if (date && date.spec.kind === 'absolute' && date.spec.day && date.spec.month) {
    if (!date.spec.year && direction !== 0) return undefined;
    // `الاثنين 8 أبريل`: the weekday tells which year a date without one is in.
    return { ...date, spec: date.spec.year ? date.spec : { ...date.spec, dow: wd.value } };
  }
  return { end, type: 'DATE', spec: { kind: 'weekday', dow: wd.value, direction } };
}

export const RELATIVE_DAYS = new Map([['امس', -1], ['الامس', -1], ['البارحه', -1], ['اليوم', 0], ['غدا', 1], ['الغد', 1], ['غد', 1], ['بكرا', 1], ['بكره', 1]]);

/** A weekday right after a relative day names the same day: `أمس السبت`, `غداً الجمعة`, `اليوم الأحد`. */
function withWeekday(c: Cursor, m: Match): Match {
  const wd = c.lookup(WEEKDAYS, m.end, false);
  return wd && c.norm(m.end).startsWith('ال') ? { ...m, end: m.end + 1 } : m;
}

export function relative(c: Cursor, i: number): Match | undefined {
  const day = (end: number, amount: number): Match => withWeekday(c, { end, type: 'DATE', spec: { kind: 'relative', unit: 'D', amount, approximate: false } });
  if (c.is(i, 'اول') && c.is(i + 1, 'امس')) return day(i + 2, -2);
  if (c.is(i, 'اول') && c.is(i + 1, 'من') && c.is(i + 2, 'امس')) return day(i + 3, -2);
  if (c.lookup(AMS, i, true) && c.is(i + 1, 'الاول')) return day(i + 2, -2);
  if (/^[وف]?بعد$/.test(c.norm(i)) && c.is(i + 1, 'غد', 'غدا')) return day(i + 2, 2);
  // منذ ذلك اليوم: the day the narrative last named, as اليوم نفسه is (findDates links it), not today.
  if (c.is(i, 'ذلك') && c.is(i + 1, 'اليوم') && !todayIsNoun(c, i + 1)) return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: 'D', amount: 0, approximate: false, next: true } };
  const thisOne = c.lookup(THIS, i, true) ? 1 : 0;
  const per = c.lookup(PERIODS, i + thisOne, !thisOne);
  if (per && !(per.value === 'Y' && isGeneralAdjective(c, i))) {
    // العام قبل الماضي: the year before last.
    if (!thisOne && c.is(i + 1, 'قبل') && c.is(i + 2, 'الماضي', 'الماضيه') && per.value !== 'D') return { end: i + 3, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: -2, approximate: false } };
    if (thisOne && per.prefix === '') return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: 0, approximate: false } };
    // اليوم نفسه، العام ذاته: the day or year the narrative last named (findDates links it, as it does اليوم التالي).
    if (!thisOne && c.is(i + 1, 'نفسه', 'ذاته', 'نفسها', 'ذاتها') && (per.value === 'D' || per.value === 'M' || per.value === 'Y')) return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: 0, approximate: false, next: true } };
    const dir = c.lookup(DIRECTIONS, i + 1, false);
    // اليوم التالي is the day after the one the narrative last named (findDates links it).
    const next = c.is(i + 1, 'التالي', 'التاليه') || undefined;
    if (!thisOne && dir && !c.is(i + 1, 'هذا', 'هذه') && !(per.value === 'D' && dir.value === 0)) return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: dir.value, approximate: false, next } };
  }
  if (c.lookup(YAWM, i, true) && c.is(i + 1, 'امس', 'غد', 'الغد')) return day(i + 2, c.is(i + 1, 'امس') ? -1 : 1);
  const rd = c.lookup(RELATIVE_DAYS, i, true);
  if (rd && rd.value === 1 && c.norm(i).endsWith('الغد') && c.is(i - 1, 'حزب', 'صحيفه', 'جريده', 'موقع', 'قناه', 'تيار')) return undefined;
  if (rd && rd.value === 0 && todayIsNowadays(c, i)) return { end: i + 1, type: 'DATE', spec: { kind: 'ref', value: 'PRESENT_REF' } };
  if (!rd || (rd.value === 0 && todayIsNoun(c, i)) || (rd.value === -1 && c.is(i + 1, 'الحاجه', 'حاجه'))) return undefined;
  // غد alone is literary; it is "tomorrow" after a part of the day (مساء غد) or with its article (الغد، غداً).
  // A weekday after it names the day too (اعتبارا من غد الثلاثاء).
  if (rd.value === 1 && /^[وفبل]?غد$/.test(c.norm(i)) && !c.is(i - 1, 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليله', 'ليل', 'يوم') && !(c.lookup(WEEKDAYS, i + 1, false) && c.norm(i + 1).startsWith('ال'))) return undefined;
  return day(i + 1, rd.value);
}

const LEAD_WORDS = new Map([['قبل', -1], ['منذ', -1], ['بعد', 1], ['خلال', 0], ['لمده', 0], ['طوال', 0], ['طيله', 0], ['مده', 0], ['مدار', 0], ['مدي', 0]]);
const DURATION_TAIL = new Set(['كاملا', 'كامله', 'كاملين', 'كاملتين', 'طويله', 'طويلا', 'متواصله', 'متتاليه', 'قليله', 'عديده', 'عده']);

/** `NUM UNIT`, `ثلاثة أيام`, `يومين`; `قبل` + amount is a date ("ago"); after منذ/بعد/خلال/لمدة the amount alone is a DURATION. */
export function amountExpr(c: Cursor, i: number): Match | undefined {
  const lead = c.lookup(LEAD_WORDS, i, true);
  let at = lead ? i + 1 : i;
  const first = at;
  let approximate = false;
  if (at === i && /^[لبو]/.test(c.norm(at)) && APPROX.has(c.norm(at).slice(1)) && c.is(at + 1, 'من')) { approximate = true; at++; }
  while (APPROX.has(c.norm(at)) || c.is(at, 'من') || (c.is(at, 'عن', 'علي') && c.is(at - 1, 'يزيد'))) { approximate = true; at++; }
  // أحد عشر عاما: أحد alone is "one of"/"anyone", so it counts only before عشر.
  let amount: number | undefined = num(c, at) ?? c.lookup(CARDINALS, at, !lead && at === i)?.value ?? (c.is(at, 'احد') && c.is(at + 1, 'عشر') ? 1 : undefined);
  if (amount !== undefined) { at++; if (amount < 10 && c.is(at, 'عشر', 'عشره')) { amount += 10; at++; } }
  if (c.is(at, 'عده', 'بضعه', 'بضع') || (at === i && /^[لبوف](عده|بضعه|بضع)$/.test(c.norm(at)))) { at++; amount = undefined; }
  const unit = c.lookup(UNITS, at, !lead && at === i);
  if (!unit) return undefined;
  // منذ ساعات الصباح الأولى: the first hours of the morning are a time of day (timeExpr), not a number of hours.
  if (unit.value.unit === 'H' && unit.value.plural && c.lookup(DAY_PARTS, at + 1, false) && c.is(at + 2, 'الاولي')) return undefined;
  // Arabic counts 3–10 with a plural noun: `9 عام` is a number followed by the word for year (رقم 9 عام 1921).
  if (amount !== undefined && amount >= 3 && amount <= 10 && !unit.value.plural && !unit.value.count) return undefined;
  const implicit = amount === undefined;
  if (amount === undefined) amount = unit.value.count ?? (unit.value.plural ? undefined : lead ? 1 : undefined);
  // بعد عقد اجتماع: عقد is "holding" (a meeting), not a decade, unless nothing else follows.
  if (implicit && unit.value.unit === 'DE' && !unit.value.plural && !(c.norm(at + 1) === '' || DURATION_TAIL.has(c.norm(at + 1)) || /^[^\u0621-\u064A\d]/.test(c.norm(at + 1)) || c.is(at + 1, 'من') || c.lookup(DIRECTIONS, at + 1, false))) return undefined;
  // منذ عام 2016, خلال شهر رمضان: the unit noun heads a year or a month, not a one-unit duration.
  // منذ يوم الخميس: يوم heads a weekday too.
  if (implicit && (c.isNumber(at + 1) || monthAt(c, at + 1, false) || (unit.value.unit === 'D' && c.lookup(WEEKDAYS, at + 1, false)))) return undefined;
  const bare = at === i;
  // لساعات، لسنوات: the clitic ل is "for", so a bare plural after it is a vague duration.
  const forPlural = (bare && unit.prefix.endsWith('ل') && unit.value.plural) || (!lead && /^[لبوف]?(عده|بضعه|بضع)$/.test(c.norm(i)) && unit.value.plural);
  const full = DURATION_TAIL.has(c.norm(at + 1)) && (/ا$/.test(c.norm(at)) || !!unit.value.plural);
  // أسبوعا واحدا: an accusative unit with واحدا after it is one unit, as عاما كاملا is.
  const one = !unit.value.plural && /ا$/.test(c.norm(at)) && c.is(at + 1, 'واحدا');
  if (bare && unit.value.count === undefined && !forPlural && !full && !one && !(unit.value.plural && /ا$/.test(c.norm(at)))) return undefined;
  if (amount !== undefined && amount > 1000) return undefined;
  // أكثر من عام: a hedged single unit is a duration too.
  if (!lead && amount === undefined && !unit.value.plural) { if (!full && !approximate && !one) return undefined; amount = 1; }
  let end = at + 1;
  let u = unit.value.unit;
  // عام ونصف، ساعة ونصف: a half more, in the next smaller unit.
  if (c.is(end, 'ونصف') && amount !== undefined && (u === 'Y' || u === 'H')) { amount = amount * (u === 'Y' ? 12 : 60) + (u === 'Y' ? 6 : 30); u = u === 'Y' ? 'M' : 'MIN'; end++; }
  if (c.is(end, 'واحد', 'واحدا', 'واحده') && amount === 1) end++;
  if (DURATION_TAIL.has(c.norm(end))) end++;
  // قبل ثمانية أيام من الافتتاح: "eight days before" an event is a duration, not "eight days ago".
  if (lead && c.is(i, 'قبل') && c.is(end, 'من') && !relative(c, end + 1) && !c.is(end + 1, 'الان')) {
    return { end, type: 'DURATION', spec: { kind: 'duration', unit: u, amount, approximate }, start: first };
  }
  if (lead && c.is(i, 'قبل')) {
    // قبل أيام "days ago": a past date whose distance is not given.
    if (amount === undefined) return { end, type: 'DATE', spec: { kind: 'ref', value: 'PAST_REF' } };
    return { end, type: 'DATE', spec: { kind: 'relative', unit: u, amount: -amount, approximate } };
  }
  const spec = { kind: 'duration' as const, unit: u, amount, approximate, since: lead ? c.is(i, 'منذ') || c.norm(i).endsWith('منذ') : false };
  return { end, type: 'DURATION', spec, start: lead ? first : undefined };
}

export function decadeOrCentury(c: Cursor, i: number): Match | undefined {
  const d = c.lookup(DECADES, i, true);
  if (d) {
    let end = i + 1;
    let century: number | undefined;
    const at = c.is(end, 'من') ? end + 1 : end;
    if (c.is(at, 'القرن')) {
      const cen = decadeOrCentury(c, at);
      if (cen && cen.spec.kind === 'century') { century = cen.spec.century; end = cen.end; }
    }
    return { end, type: 'DATE', spec: { kind: 'decade', decade: d.value, century } };
  }
  if (!c.lookup(QARN, i, true)) return undefined;
  if (c.is(i + 1, 'الماضي')) return { end: i + 2, type: 'DATE', spec: { kind: 'century', century: 20 } };
  if (c.is(i + 1, 'الحالي')) return { end: i + 2, type: 'DATE', spec: { kind: 'century', century: 21 } };
  const n = num(c, i + 1);
  if (n && n <= 21) return { end: i + 2, type: 'DATE', spec: { kind: 'century', century: n } };
  const o = c.lookup(ORDINALS, i + 1, false);
  if (!o || o.value === 0) return undefined;
  let century = o.value;
  let end = i + 2;
  if (c.is(end, 'عشر')) { century += 10; end++; } else if (c.is(end, 'والعشرين')) { century += 20; end++; }
  return { end, type: 'DATE', spec: { kind: 'century', century } };
}

/** Start gates (see Gate): each lists every way its parser's first token can be read, nothing about the tokens around it. */
export const PARSER_STARTS = new Map<(c: Cursor, i: number) => Match | undefined, Gate>([
  [numericDate, (c, i) => c.isNumber(i) || /^\d/.test(c.norm(i))],
  [calendarDate, (c, i) => ENGLISH_MONTHS.has(c.norm(i).toLowerCase()) || c.isNumber(i) || c.is(i, 'ال') || !!c.lookup(ORDINALS, i, false) || c.is(i, 'شهر', 'شهري') || monthStarts(c, i)],
  [yearExpr, (c, i) => !!c.lookup(YEAR_WORDS, i, true) || c.norm(i) === '(' || c.isNumber(i)],
  [weekday, (c, i) => !!(c.lookup(YAWM, i, true) || c.lookup(WEEKDAYS, i, true))],
  [relative, (c, i) => c.is(i, 'اول', 'ذلك') || /^[وف]?بعد$/.test(c.norm(i)) || !!(c.lookup(AMS, i, true) || c.lookup(THIS, i, true) || c.lookup(PERIODS, i, true) || c.lookup(YAWM, i, true) || c.lookup(RELATIVE_DAYS, i, true))],
  [amountExpr, (c, i) => {
    const w = c.norm(i);
    return !!c.lookup(LEAD_WORDS, i, true) || (/^[لبو]/.test(w) && APPROX.has(w.slice(1))) || APPROX.has(w) || c.is(i, 'من', 'عن', 'علي', 'عده', 'بضعه', 'بضع')
      || c.isNumber(i) || !!c.lookup(CARDINALS, i, true) || c.is(i, 'احد') || /^[لبوف](عده|بضعه|بضع)$/.test(w) || !!c.lookup(UNITS, i, true);
  }],
  [setExpr, setStarts],
  [decadeOrCentury, (c, i) => !!(c.lookup(DECADES, i, true) || c.lookup(QARN, i, true))],
]);
