// Resolves a detected date spec against the document date into a TIMEX3-style value with Hijri/Gregorian forms.
import { DateSpec } from './dates';
import { fiscalValue } from './dateFiscal';
import { Unit } from './dateLexicon';
import { addDays, addMonths, gregorianToHijri, hijriToGregorian, isoDate, weekdayOf, YMD } from './hijri';

export interface ResolvedDate {
  /** TIMEX3 value: 2025-07-12, 2025-07, 2025, P3D, XXXX-WXX-6, 199X … */
  value: string;
  /** Gregorian ISO date when the expression names one day. */
  gregorian?: string;
  /** Hijri (Umm al-Qura) date as `1447-01-17 AH`, or year/month when that is all that is known. */
  hijri?: string;
  weekday?: string;
  approximate?: boolean;
  /** `document date 2025-07-12` when the value depended on it; undefined for absolute expressions. */
  anchor?: string;
  /** Set when the expression is relative but no document date was known. */
  unresolved?: boolean;
  /** TIMEX3 mod: START (مطلع), MID (منتصف), END (نهاية). */
  mod?: string;
  /** A DURATION introduced by منذ runs from beginPoint to endPoint (the document date). */
  beginPoint?: string;
  endPoint?: string;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ISO_UNIT: Record<Unit | 'X', string> = { Y: 'Y', M: 'M', W: 'W', D: 'D', H: 'H', MIN: 'M', S: 'S', DE: 'DE', CE: 'CE', X: 'X' };
const pad = (n: number) => String(n).padStart(2, '0');
/** TIMEX writes a year in four digits (عام 636 م is 0636), a century in two (القرن السابع is 06XX). */
const year4 = (y: number) => String(y).padStart(4, '0');

function hijriLabel(h: YMD, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return `${h.year} AH`;
  if (precision === 'month') return `${h.year}-${pad(h.month)} AH`;
  return `${h.year}-${pad(h.month)}-${pad(h.day)} AH`;
}

function day(d: YMD, anchor?: string, approximate?: boolean): ResolvedDate {
  return { value: isoDate(d), gregorian: isoDate(d), hijri: hijriLabel(gregorianToHijri(d), 'day'), weekday: WEEKDAY_NAMES[weekdayOf(d)], anchor, approximate };
}

function durationValue(unit: Unit | 'X', amount: number | undefined): string {
  const n = amount === undefined ? 'X' : String(amount);
  if (unit === 'H' || unit === 'MIN' || unit === 'S') return `PT${n}${ISO_UNIT[unit]}`;
  return `P${n}${ISO_UNIT[unit]}`;
}

function isoWeek(d: YMD): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function shifted(ref: YMD, unit: Unit, amount: number, approximate: boolean, anchor: string): ResolvedDate {
  switch (unit) {
    case 'D': return day(addDays(ref, amount), anchor, approximate);
    case 'W': return { value: isoWeek(addDays(ref, amount * 7)), anchor, approximate };
    case 'M': { const m = addMonths(ref, amount); return { value: `${m.year}-${pad(m.month)}`, anchor, approximate }; }
    // TIMEX3 granularity follows the unit: "two years ago" is a year.
    case 'Y': return { value: String(ref.year + amount), anchor, approximate };
    case 'DE': return { value: String(Math.floor((ref.year + amount * 10) / 10)) + 'X', anchor, approximate };
    case 'CE': return { value: String(Math.floor((ref.year + amount * 100) / 100)) + 'XX', anchor, approximate };
    default: return day(ref, anchor, true);
  }
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const NEAR_AHEAD_MONTHS = 2;

/** Year of a month without a year: the most recent past one (news refers back) unless the text looks ahead. */
function yearFor(ref: YMD, month: number, dayOfMonth: number | undefined, direction: number | undefined, future: boolean | undefined, past?: boolean): number {
  const ahead = month > ref.month || (month === ref.month && (dayOfMonth ?? 0) > ref.day);
  if (direction === 0) return ref.year;
  if (direction === 1 || future) return month < ref.month || (month === ref.month && dayOfMonth !== undefined && dayOfMonth < ref.day) ? ref.year + 1 : ref.year;
  if (direction === -1) return month < ref.month || (month === ref.month && dayOfMonth !== undefined && dayOfMonth < ref.day) ? ref.year : ref.year - 1;
  // The next two months (`9 آذار` in February, `مطلع يوليوز` in June, `1 رمضان` on 29 شعبان) are the coming ones: news
  // names a date ten months back with its year. Every yearless date of the read sets in that window is ahead (19 of 19).
  const monthsAhead = (month - ref.month + 12) % 12;
  if (!past && monthsAhead >= 1 && monthsAhead <= NEAR_AHEAD_MONTHS) return month < ref.month ? ref.year + 1 : ref.year;
  // Within the current month a later day is still this month's (an announced date), unless the text says it is behind
  // (منذ 20 ديسمبر on 7 December is last year's).
  return ahead && (month !== ref.month || past) ? ref.year - 1 : ref.year;
}

/** The Hijri year of a Hijri month/day without a year, by the same rule in the Hijri calendar. */
function hijriYearFor(ref: YMD, month: number, dayOfMonth: number | undefined, direction: number | undefined, future: boolean | undefined, past?: boolean): number {
  const h = gregorianToHijri(ref);
  return yearFor(h, month, dayOfMonth, direction, future, past);
}

function resolvePart(spec: Extract<DateSpec, { kind: 'part' }>, ref: YMD | undefined, refSource: string): ResolvedDate {
  const inner = resolveDate(spec.of, ref, refSource);
  // نهاية الأسبوع is the weekend.
  if (spec.mod === 'END' && spec.of.kind === 'relative' && spec.of.unit === 'W' && /-W\d\d$/.test(inner.value)) return { ...inner, value: inner.value + '-WE' };
  if (spec.mod) return { ...inner, mod: spec.mod };
  const year = /^\d{4}/.exec(inner.value)?.[0];
  if (!year || !spec.code) return inner;
  let y = Number(year);
  const md = /^M(\d+)(?:D(\d+))?$/.exec(spec.code);
  if (md) return md[2] ? day({ year: y, month: +md[1], day: +md[2] }, inner.anchor) : { value: `${y}-${pad(+md[1])}`, anchor: inner.anchor };
  // A bare quarter (عن الربع الثالث) or half (خلال السداسي الثاني) is the latest one begun by the document date.
  const q = /^([QH])(\d)$/.exec(spec.code);
  if (q && spec.direction === -1 && ref && (+q[2] - 1) * (q[1] === 'Q' ? 3 : 6) + 1 > ref.month) y -= 1;
  if (spec.direction !== undefined && ref && SEASON_START[spec.code]) {
    const start = SEASON_START[spec.code];
    if (spec.direction > 0 && ref.month >= start) y = ref.year + 1;
    if (spec.direction < 0 && ref.month < start + 3) y = ref.year - 1;
  }
  return { value: `${y}-${spec.code}`, anchor: inner.anchor };
}

/** A resolved value's first day: `2019` is 1 January 2019 (العام نفسه after عام 2019 keeps the year). */
function parsePoint(v: string): YMD | undefined {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\dW])/.exec(v);
  return m ? { year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 } : undefined;
}

function parseDay(v: string): YMD | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(v);
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : undefined;
}

/** The spec `spec` resolves through first: the earlier date it follows or counts from, or the day/period it qualifies. */
function linkOf(spec: DateSpec): DateSpec | undefined {
  switch (spec.kind) {
    case 'absolute': return spec.after;
    case 'weekday': return spec.after;
    case 'relative': return spec.from;
    case 'time': return spec.day;
    case 'part': return spec.of;
    default: return undefined;
  }
}

// Resolutions by spec: a sentence can chain thousands of dates (`من 1 يناير إلى 2 فبراير إلى …`), each following
// the one before; resolving each chain from the start again was quadratic and overflowed the stack on long chains.
const resolutions = new WeakMap<DateSpec, { key: string; resolved: ResolvedDate }>();

/** The last key resolveDate made: a document's dates all share one, and printing the date for each cost more than the rest. */
let lastKey = { year: NaN, month: NaN, day: NaN, source: '', key: '' };

function resolutionKey(ref: YMD | undefined, source: string): string {
  const k = lastKey;
  // Compared field by field, not by object: a caller may reuse one date object for another day.
  if (k.source === source && (ref ? k.year === ref.year && k.month === ref.month && k.day === ref.day : Number.isNaN(k.year) && k.key !== '')) return k.key;
  lastKey = { year: ref ? ref.year : NaN, month: ref ? ref.month : NaN, day: ref ? ref.day : NaN, source, key: `${ref ? isoDate(ref) : ''}|${source}` };
  return lastKey.key;
}

/** Resolves `spec` against the document date `ref` (undefined when the article has none). */
export function resolveDate(spec: DateSpec, ref: YMD | undefined, refSource = 'document date'): ResolvedDate {
  const key = resolutionKey(ref, refSource);
  const known = (s: DateSpec) => resolutions.get(s)?.key === key;
  // Unresolved links, nearest first; the walk ends at the first known one (each spec links only to an earlier one).
  const chain: DateSpec[] = [];
  for (let s = linkOf(spec); s && !known(s) && chain.length < 1_000_000; s = linkOf(s)) chain.push(s);
  for (let i = chain.length - 1; i >= 0; i--) resolutions.set(chain[i], { key, resolved: resolveSpec(chain[i], ref, refSource) });
  if (known(spec)) return resolutions.get(spec)!.resolved;
  const resolved = resolveSpec(spec, ref, refSource);
  resolutions.set(spec, { key, resolved });
  return resolved;
}

function resolveSpec(spec: DateSpec, ref: YMD | undefined, refSource: string): ResolvedDate {
  const anchor = ref ? `${refSource} ${isoDate(ref)}` : undefined;
  switch (spec.kind) {
    case 'absolute': {
      if (spec.calendar === 'hijri') {
        if (spec.year && spec.month && spec.day) {
          // A 30th the table's 29-day month lacks is the day after its 29th: the month ran 30 days by sighting.
          const last = spec.day === 30 ? hijriToGregorian({ year: spec.year, month: spec.month, day: 29 }) : undefined;
          const g = hijriToGregorian({ year: spec.year, month: spec.month, day: spec.day }) ?? (last && addDays(last, 1));
          return g ? { ...day(g), hijri: hijriLabel({ year: spec.year, month: spec.month, day: spec.day }, 'day') } : { value: 'XXXX', hijri: `${spec.year}-${pad(spec.month)}-${pad(spec.day)} AH` };
        }
        if (spec.year && spec.month) {
          const g = hijriToGregorian({ year: spec.year, month: spec.month, day: 1 });
          return { value: g ? `${g.year}-${pad(g.month)}` : 'XXXX', hijri: `${spec.year}-${pad(spec.month)} AH`, approximate: true };
        }
        if (spec.year) {
          const g = hijriToGregorian({ year: spec.year, month: 1, day: 1 });
          return { value: g ? year4(g.year) : 'XXXX', hijri: `${spec.year} AH`, approximate: true };
        }
        if (spec.month && ref) {
          const after = spec.after ? /^(\d{4})-(\d\d)(?:-(\d\d))?/.exec(resolveDate(spec.after, ref, refSource).value) : null;
          const from = after ? gregorianToHijri({ year: +after[1], month: +after[2], day: +(after[3] ?? 1) }) : undefined;
          const hy = from ? from.year + (spec.month < from.month || (spec.month === from.month && (spec.day ?? 30) < from.day) ? 1 : 0)
            : hijriYearFor(ref, spec.month, spec.day, spec.direction, spec.future, spec.past);
          const g = hijriToGregorian({ year: hy, month: spec.month, day: spec.day ?? 1 });
          if (g && spec.day) return { ...day(g, anchor), hijri: hijriLabel({ year: hy, month: spec.month, day: spec.day }, 'day') };
          return { value: g ? `${g.year}-${pad(g.month)}` : 'XXXX-XX', hijri: `${hy}-${pad(spec.month)} AH`, anchor, approximate: true };
        }
        return { value: 'XXXX-XX', hijri: spec.month ? `month ${spec.month} AH` : undefined };
      }
      if (spec.month === undefined && spec.day && ref) return day({ year: ref.year, month: ref.month, day: spec.day }, anchor);
      let year = spec.year ?? (ref && spec.month ? yearFor(ref, spec.month, spec.day, spec.direction, spec.future, spec.past) : undefined);
      const month = spec.month;
      const after = spec.after && month ? /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(resolveDate(spec.after, ref, refSource).value) : null;
      if (after && month) year = +after[1] + (month < +(after[2] ?? 1) || (month === +(after[2] ?? 1) && (spec.day ?? 31) < +(after[3] ?? 1)) ? 1 : 0);
      if (!spec.year && ref && spec.month && spec.day && spec.dow !== undefined) {
        // The nearest year, to the document date, in which that day falls on the named weekday.
        const fits = [ref.year, ref.year + 1, ref.year - 1].filter((y) => weekdayOf({ year: y, month: spec.month!, day: spec.day! }) === spec.dow);
        if (fits.length) year = fits[0];
      }
      const usedRef = spec.year === undefined && ref !== undefined;
      if (year && spec.month && spec.day) return day({ year, month: spec.month, day: spec.day }, usedRef ? anchor : undefined);
      if (year && spec.month) {
        const h = gregorianToHijri({ year, month: spec.month, day: 1 });
        return { value: `${year}-${pad(spec.month)}`, hijri: hijriLabel(h, 'month'), anchor: usedRef ? anchor : undefined };
      }
      if (spec.year && !spec.month) return { value: year4(spec.year), hijri: `${gregorianToHijri({ year: spec.year, month: 1, day: 1 }).year}–${gregorianToHijri({ year: spec.year, month: 12, day: 31 }).year} AH` };
      return { value: `XXXX-${pad(spec.month ?? 0)}${spec.day ? '-' + pad(spec.day) : ''}`, unresolved: true };
    }
    case 'weekday': {
      if (!ref) return { value: `XXXX-WXX-${spec.dow === 0 ? 7 : spec.dow}`, weekday: WEEKDAY_NAMES[spec.dow], unresolved: true };
      // News convention: a bare weekday is the most recent such day on or before the document date.
      const back = (weekdayOf(ref) - spec.dow + 7) % 7;
      let delta = -back;
      if (spec.future && spec.direction === 0) delta = (spec.dow - weekdayOf(ref) + 7) % 7;
      if (spec.direction > 0) delta = ((spec.dow - weekdayOf(ref) + 7) % 7) || 7;
      else if (spec.direction < 0 && back === 0) delta = -7;
      // The end of a range (حتى ظهر السبت after مساء غد الخميس) is not before its start: then it is the first such day after it.
      const start = spec.after ? parseDay(resolveDate(spec.after, ref, refSource).value) : undefined;
      if (start && isoDate(addDays(ref, delta)) < isoDate(start)) return day(addDays(start, (spec.dow - weekdayOf(start) + 7) % 7), anchor);
      return day(addDays(ref, delta), anchor);
    }
    case 'relative': {
      // اليوم التالي after a named day counts from that day.
      const from = spec.from ? parsePoint(resolveDate(spec.from, ref, refSource).value) : undefined;
      if (from) return shifted(from, spec.unit, spec.amount, spec.approximate, `${refSource} ${ref ? isoDate(ref) : ''}`.trim());
      // اليوم نفسه with nothing before it and no document date is some day, not "now".
      if (!ref) return { value: spec.amount === 0 && spec.unit === 'D' ? (spec.next ? 'XXXX-XX-XX' : 'PRESENT_REF') : 'XXXX', unresolved: true, approximate: spec.approximate };
      return shifted(ref, spec.unit, spec.amount, spec.approximate, anchor!);
    }
    case 'duration': {
      const value = durationValue(spec.unit, spec.amount);
      if (!spec.since || !ref || spec.amount === undefined || spec.unit === 'X') return { value, approximate: spec.approximate || undefined };
      const begin = spec.unit === 'D' || spec.unit === 'W' ? shifted(ref, 'D', -(spec.amount * (spec.unit === 'W' ? 7 : 1)), false, anchor!).value
        : spec.unit === 'M' ? shifted(ref, 'M', -spec.amount, false, anchor!).value : spec.unit === 'Y' ? String(ref.year - spec.amount) : undefined;
      return { value, approximate: spec.approximate || undefined, beginPoint: begin, endPoint: isoDate(ref), anchor };
    }
    case 'set': return { value: spec.part ? `XXXX-XX-XXT${spec.part}` : spec.dow !== undefined ? `XXXX-WXX-${spec.dow === 0 ? 7 : spec.dow}` : durationValue(spec.unit, spec.amount ?? 1) };
    case 'ref': return { value: spec.value };
    case 'part': return resolvePart(spec, ref, refSource);
    case 'time': {
      const clock = spec.hour !== undefined ? `T${pad(spec.hour)}:${pad(spec.minute ?? 0)}` : spec.part ? `T${spec.part}` : '';
      if (spec.routine) return { value: 'XXXX-XX-XX' + clock, unresolved: true };
      if (spec.day) {
        const d = resolveDate(spec.day, ref, refSource);
        return { ...d, value: d.value + clock };
      }
      return { value: ref ? isoDate(ref) + clock : 'XXXX-XX-XX' + clock, anchor: ref ? anchor : undefined, unresolved: !ref };
    }
    case 'fiscal': return { value: fiscalValue(spec, ref), anchor: spec.year === undefined ? anchor : undefined };
    case 'decade': return { value: `${(spec.century ?? 20) - 1}${spec.decade}X` };
    case 'century': return { value: `${pad(spec.century - 1)}XX` };
  }
}
