// The date expression parsers: each looks at the cursor at a token and returns the longest expression it knows.
import {
  APPROX, Cursor, dayOfMonth, HOURS_FEM, Match, monthAt, num, spacedNumeric, yearAt,
} from './dateCursor';
import { CARDINALS, DAY_PARTS, DECADES, DIRECTIONS, ORDINALS, SET_ADVERBS, Unit, UNITS, WEEKDAYS } from './dateLexicon';

function numericDate(c: Cursor, i: number): Match | undefined {
  const { s, end: after } = spacedNumeric(c, i);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!m) return undefined;
    d = +m[1]; mo = +m[2]; y = +m[3];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  let end = after;
  const hijri = c.is(end, 'ه', 'هـ', 'هجري', 'هجريه');
  if (hijri || c.is(end, 'م', 'ميلادي', 'ميلاديه')) end++;
  return { end, type: 'DATE', spec: { kind: 'absolute', calendar: hijri ? 'hijri' : 'gregorian', year: y, month: mo, day: d } };
}

function calendarDate(c: Cursor, i: number): Match | undefined {
  const dm = dayOfMonth(c, i);
  let start = i;
  let day: number | undefined;
  let monthCtx = false;
  const slash = dm && c.norm(dm.end) === '/' ? 1 : 0;
  if (dm && monthAt(c, dm.end + slash, false)) { day = dm.day; start = dm.end + slash; } else if (c.is(i, 'شهر') && monthAt(c, i + 1, false)) { start = i + 1; monthCtx = true; }
  const month = monthAt(c, start, start === i);
  if (!month) return undefined;
  let end = month.end;
  if (c.norm(end) === '،' || c.norm(end) === ',' || c.norm(end) === '/') end++;
  const bracket = c.norm(end) === '(' ? 1 : 0;
  const y0 = yearAt(c, end + bracket);
  const y = y0 && (!bracket || c.norm(y0.end) === ')') ? { ...y0, end: y0.end + bracket } : undefined;
  const yearOk = y && (y.hijri !== undefined || (y.year >= 1000 && y.year <= 2200));
  if (!yearOk) end = month.end;
  if (month.ambiguous && day === undefined && !yearOk && !monthCtx) return undefined;
  const calendar = y?.hijri === true ? 'hijri' : y?.hijri === false ? 'gregorian' : month.calendar;
  return { end: yearOk ? y!.end : end, type: 'DATE', spec: { kind: 'absolute', calendar, year: yearOk ? y!.year : undefined, month: month.month, day } };
}

export const YEAR_WORDS = new Map([['عام', 1], ['العام', 1], ['سنه', 1], ['السنه', 1]]);
const YEAR_CONTEXT = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'اواخر', 'اوائل', 'نهايه', 'بدايه', 'ربيع', 'صيف', 'خريف', 'شتاء', 'عامي', 'بين']);

function yearExpr(c: Cursor, i: number): Match | undefined {
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
  if (!kw && hijri === undefined && !(y.year >= 1900 && y.year <= 2100 && c.norm(at).length === 4) &&
    !(y.year >= 1000 && y.year <= 2100 && YEAR_CONTEXT.has(c.norm(i - 1)))) return undefined;
  if ((c.norm(end) === '-' || c.norm(end) === 'و') && (num(c, end + 1) ?? 0) >= 1000 && c.norm(end + 1).length === 4) end += 2;
  return { end, type: 'DATE', spec: { kind: 'absolute', calendar: hijri ? 'hijri' : 'gregorian', year: y.year } };
}

function weekday(c: Cursor, i: number): Match | undefined {
  let at = i;
  if (c.lookup(new Map([['يوم', 1]]), i, true) && c.lookup(WEEKDAYS, i + 1, false)) at = i + 1;
  const wd = c.lookup(WEEKDAYS, at, at === i);
  if (!wd || (at === i && !c.norm(at).includes('ال') && !c.is(i - 1, 'يوم'))) return undefined;
  let end = at + 1;
  let direction = 0;
  const dir = c.lookup(DIRECTIONS, end, false);
  if (dir && dir.value !== 0) { direction = dir.value; end++; }
  let next = end;
  if (c.norm(next) === '،' || c.norm(next) === ',') next++;
  if (c.is(next, 'الموافق')) next++;
  const date = calendarDate(c, next) ?? numericDate(c, next);
  if (date && date.spec.kind === 'absolute' && date.spec.day) return date.spec.year || direction === 0 ? { ...date, end: date.end } : undefined;
  return { end, type: 'DATE', spec: { kind: 'weekday', dow: wd.value, direction } };
}

export const RELATIVE_DAYS = new Map([['امس', -1], ['الامس', -1], ['البارحه', -1], ['اليوم', 0], ['غدا', 1], ['الغد', 1]]);
export const PERIODS = new Map<string, Unit>([['الاسبوع', 'W'], ['الشهر', 'M'], ['العام', 'Y'], ['السنه', 'Y'], ['العقد', 'DE'], ['القرن', 'CE'], ['اليوم', 'D']]);

function relative(c: Cursor, i: number): Match | undefined {
  if (c.is(i, 'أول', 'اول') && c.is(i + 1, 'أمس', 'امس')) return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: 'D', amount: -2, approximate: false } };
  if (c.is(i, 'بعد') && c.is(i + 1, 'غد')) return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: 'D', amount: 2, approximate: false } };
  const per = c.lookup(PERIODS, i, true);
  if (per) {
    const dir = c.lookup(DIRECTIONS, i + 1, false);
    if (dir && !c.is(i + 1, 'هذا', 'هذه')) return { end: i + 2, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: dir.value, approximate: false } };
    if (c.is(i - 1, 'هذا', 'هذه')) return { end: i + 1, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: 0, approximate: false } };
  }
  const rd = c.lookup(RELATIVE_DAYS, i, true);
  if (rd) return { end: i + 1, type: 'DATE', spec: { kind: 'relative', unit: 'D', amount: rd.value, approximate: false } };
  return undefined;
}

/** `NUM UNIT`, `ثلاثة أيام`, `يومين`, with an optional lead (قبل، منذ، بعد، خلال، لمدة) and hedge (نحو). */
function amountExpr(c: Cursor, i: number): Match | undefined {
  const leads = new Map([['قبل', -1], ['منذ', -1], ['بعد', 1], ['خلال', 0], ['لمده', 0], ['طوال', 0], ['طيله', 0], ['مده', 0]]);
  const lead = c.lookup(leads, i, true);
  let at = lead ? i + 1 : i;
  let approximate = false;
  while (APPROX.has(c.norm(at)) || c.is(at, 'من')) { approximate = true; at++; }
  let amount: number | undefined = num(c, at) ?? c.lookup(CARDINALS, at, !lead && at === i)?.value;
  if (amount !== undefined) at++;
  if (c.is(at, 'عده', 'بضعه', 'بضع')) { at++; amount = undefined; }
  const unit = c.lookup(UNITS, at, !lead && at === i);
  if (!unit) return undefined;
  if (amount === undefined) amount = unit.value.count ?? (unit.value.plural ? undefined : lead ? 1 : undefined);
  const bare = at === i;
  if (bare && unit.value.count === undefined && !(unit.value.plural && /ا$/.test(c.norm(at)))) return undefined;
  if (amount !== undefined && amount > 1000) return undefined;
  if (!lead && amount === undefined && !unit.value.plural) return undefined;
  const end = at + 1;
  if (lead && lead.value !== 0 && !c.is(i, 'منذ') || (c.is(i, 'منذ') && amount !== undefined)) {
    return { end, type: 'DATE', spec: { kind: 'relative', unit: unit.value.unit, amount: (amount ?? 1) * (lead!.value || -1), approximate } };
  }
  return { end, type: 'DURATION', spec: { kind: 'duration', unit: unit.value.unit, amount } };
}

function setExpr(c: Cursor, i: number): Match | undefined {
  const adv = c.lookup(SET_ADVERBS, i, true);
  if (adv) return { end: i + 1, type: 'SET', spec: { kind: 'set', unit: adv.value } };
  if (!c.lookup(new Map([['كل', 1]]), i, true)) return undefined;
  const unit = c.lookup(UNITS, i + 1, false);
  return unit && !unit.value.plural ? { end: i + 2, type: 'SET', spec: { kind: 'set', unit: unit.value.unit } } : undefined;
}

function timeExpr(c: Cursor, i: number): Match | undefined {
  let at = i;
  let hour: number | undefined;
  let minute: number | undefined;
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(c.norm(i));
  if (c.lookup(new Map([['الساعه', 1]]), i, true)) {
    at++;
    const cl = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(c.norm(at));
    if (cl && c.isNumber(at)) { hour = +cl[1]; minute = cl[2] ? +cl[2] : undefined; at++; } else if (HOURS_FEM.has(c.norm(at))) {
      hour = HOURS_FEM.get(c.norm(at))!; at++;
      if (c.is(at, 'عشره', 'عشر')) { hour += 10; at++; }
    } else return undefined;
  } else if (clock && c.isNumber(i)) { hour = +clock[1]; minute = +clock[2]; at++; } else {
    const part = c.lookup(DAY_PARTS, i, true);
    if (!part) return undefined;
    const day = relative(c, i + 1) ?? weekday(c, i + 1);
    if (!day) return undefined;
    return { end: day.end, type: 'TIME', spec: { kind: 'time', part: part.value, day: day.spec } };
  }
  if (hour === undefined || hour > 24 || (minute ?? 0) > 59) return undefined;
  const part = c.lookup(DAY_PARTS, at, false);
  let partCode: string | undefined;
  if (part) { partCode = part.value; at++; }
  if (c.is(at, 'بتوقيت', 'حسب', 'بالتوقيت')) { at++; if (c.is(at, 'توقيت')) at++; at++; if (c.is(at, 'المحلي', 'الصيفي')) at++; }
  if (partCode === 'EV' || partCode === 'NI' || partCode === 'AF') { if (hour < 12) hour += 12; }
  return { end: at, type: 'TIME', spec: { kind: 'time', hour, minute, part: partCode } };
}

function decadeOrCentury(c: Cursor, i: number): Match | undefined {
  const d = c.lookup(DECADES, i, true);
  if (d) {
    let end = i + 1;
    let century: number | undefined;
    if (c.is(end, 'من') && c.is(end + 1, 'القرن')) {
      const cen = decadeOrCentury(c, end + 1);
      if (cen && cen.spec.kind === 'century') { century = cen.spec.century; end = cen.end; }
    }
    return { end, type: 'DATE', spec: { kind: 'decade', decade: d.value, century } };
  }
  if (!c.lookup(new Map([['القرن', 1]]), i, true)) return undefined;
  if (c.is(i + 1, 'الماضي')) return { end: i + 2, type: 'DATE', spec: { kind: 'century', century: 20 } };
  if (c.is(i + 1, 'الحالي')) return { end: i + 2, type: 'DATE', spec: { kind: 'century', century: 21 } };
  const n = num(c, i + 1);
  if (n && n <= 21) return { end: i + 2, type: 'DATE', spec: { kind: 'century', century: n } };
  const o = c.lookup(ORDINALS, i + 1, false);
  if (!o) return undefined;
  let century = o.value;
  let end = i + 2;
  if (c.is(end, 'عشر')) { century += 10; end++; } else if (c.is(end, 'والعشرين')) { century += 20; end++; }
  return { end, type: 'DATE', spec: { kind: 'century', century } };
}

const BASE_PARSERS = [timeExpr, numericDate, weekday, calendarDate, decadeOrCentury, relative, amountExpr, setExpr, yearExpr];
export const LEADS = new Map([['بتاريخ', 1], ['تاريخ', 1], ['يوم', 1], ['منذ', 1]]);

/** `بتاريخ ( 7 / 2 / 2002 )`, `يوم 30 مارس 2019`: a lead word and brackets belong to the expression. */
function withLead(c: Cursor, i: number): Match | undefined {
  if (!c.lookup(LEADS, i, true)) return undefined;
  const colon = c.norm(i + 1) === ':' ? 1 : 0;
  const paren = c.norm(i + 1 + colon) === '(';
  const at = i + 1 + colon + (paren ? 1 : 0);
  const inner = best(c, at, BASE_PARSERS.filter((p) => p !== weekday));
  if (!inner || inner.type !== 'DATE' || inner.spec.kind !== 'absolute') return undefined;
  return { ...inner, end: paren && c.norm(inner.end) === ')' ? inner.end + 1 : inner.end };
}

/** `آب ( 3 / 8 / 1947 )`, `نيسان ( 1988 )`: a month followed by the full date in brackets. */
function monthThenBracket(c: Cursor, i: number): Match | undefined {
  const month = monthAt(c, i, true);
  if (!month || c.norm(month.end) !== '(') return undefined;
  const inner = numericDate(c, month.end + 1) ?? yearExpr(c, month.end + 1);
  if (!inner || c.norm(inner.end) !== ')' || inner.spec.kind !== 'absolute') return undefined;
  const spec = inner.spec.month ? inner.spec : { ...inner.spec, month: month.month };
  return { end: inner.end + 1, type: 'DATE', spec };
}

export function best(c: Cursor, i: number, parsers: Array<(c: Cursor, i: number) => Match | undefined>): Match | undefined {
  let found: Match | undefined;
  for (const p of parsers) {
    const m = p(c, i);
    if (m && m.end > i && (!found || m.end > found.end)) found = m;
  }
  return found;
}

export const PARSERS = [...BASE_PARSERS, withLead, monthThenBracket];
