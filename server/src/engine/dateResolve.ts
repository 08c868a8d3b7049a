// Resolves a detected date spec against the document date into a TIMEX3-style value with Hijri/Gregorian forms.
import { DateSpec } from './dates';
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
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ISO_UNIT: Record<Unit, string> = { Y: 'Y', M: 'M', W: 'W', D: 'D', H: 'H', MIN: 'M', DE: 'DE', CE: 'CE' };
const pad = (n: number) => String(n).padStart(2, '0');

function hijriLabel(h: YMD, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return `${h.year} AH`;
  if (precision === 'month') return `${h.year}-${pad(h.month)} AH`;
  return `${h.year}-${pad(h.month)}-${pad(h.day)} AH`;
}

function day(d: YMD, anchor?: string, approximate?: boolean): ResolvedDate {
  return { value: isoDate(d), gregorian: isoDate(d), hijri: hijriLabel(gregorianToHijri(d), 'day'), weekday: WEEKDAY_NAMES[weekdayOf(d)], anchor, approximate };
}

function durationValue(unit: Unit, amount: number | undefined): string {
  const n = amount === undefined ? 'X' : String(amount);
  if (unit === 'H' || unit === 'MIN') return `PT${n}${ISO_UNIT[unit]}`;
  if (unit === 'DE') return `P${amount === undefined ? 'X' : amount * 10}Y`;
  if (unit === 'CE') return `P${amount === undefined ? 'X' : amount * 100}Y`;
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
    case 'Y': {
      // "A year ago" in news is a point about a year back: keep the month, flag it approximate.
      if (approximate || Math.abs(amount) > 0 && amount !== -1 && amount !== 1) { const m = addMonths(ref, amount * 12); return { value: `${m.year}-${pad(m.month)}`, anchor, approximate: true }; }
      return { value: String(ref.year + amount), hijri: undefined, anchor, approximate };
    }
    case 'DE': return { value: String(Math.floor((ref.year + amount * 10) / 10)) + 'X', anchor, approximate };
    case 'CE': return { value: String(Math.floor((ref.year + amount * 100) / 100)) + 'XX', anchor, approximate };
    default: return day(ref, anchor, true);
  }
}

/** Resolves `spec` against the document date `ref` (undefined when the article has none). */
export function resolveDate(spec: DateSpec, ref: YMD | undefined, refSource = 'document date'): ResolvedDate {
  const anchor = ref ? `${refSource} ${isoDate(ref)}` : undefined;
  switch (spec.kind) {
    case 'absolute': {
      if (spec.calendar === 'hijri') {
        if (spec.year && spec.month && spec.day) {
          const g = hijriToGregorian({ year: spec.year, month: spec.month, day: spec.day });
          return g ? { ...day(g), hijri: hijriLabel({ year: spec.year, month: spec.month, day: spec.day }, 'day') } : { value: 'XXXX', hijri: `${spec.year}-${pad(spec.month)}-${pad(spec.day)} AH` };
        }
        if (spec.year && spec.month) {
          const g = hijriToGregorian({ year: spec.year, month: spec.month, day: 1 });
          return { value: g ? `${g.year}-${pad(g.month)}` : 'XXXX', hijri: `${spec.year}-${pad(spec.month)} AH`, approximate: true };
        }
        if (spec.year) {
          const g = hijriToGregorian({ year: spec.year, month: 1, day: 1 });
          return { value: g ? String(g.year) : 'XXXX', hijri: `${spec.year} AH`, approximate: true };
        }
        if (spec.month && ref) {
          const h = gregorianToHijri(ref);
          return { value: `XXXX-XX`, hijri: `${h.year}-${pad(spec.month)} AH`, anchor };
        }
        return { value: 'XXXX-XX', hijri: spec.month ? `month ${spec.month} AH` : undefined };
      }
      const year = spec.year ?? ref?.year;
      const usedRef = spec.year === undefined && ref !== undefined;
      if (year && spec.month && spec.day) return day({ year, month: spec.month, day: spec.day }, usedRef ? anchor : undefined);
      if (year && spec.month) {
        const h = gregorianToHijri({ year, month: spec.month, day: 1 });
        return { value: `${year}-${pad(spec.month)}`, hijri: hijriLabel(h, 'month'), anchor: usedRef ? anchor : undefined };
      }
      if (spec.year && !spec.month) return { value: String(spec.year), hijri: `${gregorianToHijri({ year: spec.year, month: 1, day: 1 }).year}–${gregorianToHijri({ year: spec.year, month: 12, day: 31 }).year} AH` };
      return { value: `XXXX-${pad(spec.month ?? 0)}${spec.day ? '-' + pad(spec.day) : ''}`, unresolved: true };
    }
    case 'weekday': {
      if (!ref) return { value: `XXXX-WXX-${spec.dow === 0 ? 7 : spec.dow}`, weekday: WEEKDAY_NAMES[spec.dow], unresolved: true };
      // News convention: a bare weekday is the most recent such day on or before the document date.
      const back = (weekdayOf(ref) - spec.dow + 7) % 7;
      let delta = -back;
      if (spec.direction > 0) delta = ((spec.dow - weekdayOf(ref) + 7) % 7) || 7;
      else if (spec.direction < 0 && back === 0) delta = -7;
      return day(addDays(ref, delta), anchor);
    }
    case 'relative':
      if (!ref) return { value: spec.amount === 0 && spec.unit === 'D' ? 'PRESENT_REF' : 'XXXX', unresolved: true, approximate: spec.approximate };
      return shifted(ref, spec.unit, spec.amount, spec.approximate, anchor!);
    case 'duration': return { value: durationValue(spec.unit, spec.amount) };
    case 'set': return { value: durationValue(spec.unit, 1) };
    case 'time': {
      const clock = spec.hour !== undefined ? `T${pad(spec.hour)}:${pad(spec.minute ?? 0)}` : spec.part ? `T${spec.part}` : '';
      if (spec.day) {
        const d = resolveDate(spec.day, ref, refSource);
        return { ...d, value: d.value + clock };
      }
      return { value: ref ? isoDate(ref) + clock : 'XXXX-XX-XX' + clock, anchor: ref ? anchor : undefined, unresolved: !ref };
    }
    case 'decade': return { value: `${(spec.century ?? 20) - 1}${spec.decade}X` };
    case 'century': return { value: `${spec.century - 1}XX` };
  }
}
