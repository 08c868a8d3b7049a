// Islamic holidays used as times (بعد عيد الفطر، أول أيام عيد الأضحى، ليلة القدر): Hijri dates without a year.
import { Cursor, Gate, Match } from './dateCursor';

/** Holiday → its first Hijri day [month, day]. */
const HOLIDAYS = new Map<string, [number, number]>([['الفطر', [10, 1]], ['الاضحي', [12, 10]]]);
const NTH_DAY = new Map([['اول', 0], ['ثاني', 1], ['ثالث', 2], ['رابع', 3]]);
/** Words before a bare holiday name that make it a time (بعد عيد الفطر), unlike إجازة عيد الفطر or صلاة العيد. */
const TIME_BEFORE = new Set(['في', 'بعد', 'قبل', 'عشيه', 'غداه', 'حتي', 'منذ', 'خلال', 'طيله', 'طوال', 'ايام', 'يوم', 'وفي', 'وبعد', 'وقبل']);

/** `عيد الفطر` (after a time word), `ثاني أيام عيد الأضحى`, `ليلة القدر`, `يوم عرفة`. */
export function holiday(c: Cursor, i: number): Match | undefined {
  if (c.is(i, 'ليله') && c.is(i + 1, 'القدر')) {
    // By custom the night of 27 Ramadan; dated like ليلة الثلاثاء, by the day it belongs to.
    return { end: i + 2, type: 'TIME', spec: { kind: 'time', part: 'NI', day: { kind: 'absolute', calendar: 'hijri', month: 9, day: 27 } } };
  }
  if (c.is(i, 'يوم') && c.is(i + 1, 'عرفه', 'عرفات')) return { end: i + 2, type: 'DATE', spec: { kind: 'absolute', calendar: 'hijri', month: 12, day: 9 } };
  let at = i;
  let offset = 0;
  const nth = NTH_DAY.get(c.norm(i).replace(NTH_CLITIC, ''));
  if (nth !== undefined && c.is(i + 1, 'ايام')) { offset = nth; at = i + 2; }
  // `أول أيام شهر رمضان المبارك`: the nth day of the month, not the month (`شهر رمضان` alone stays the month's).
  const ramadan = at > i ? (c.is(at, 'شهر') && c.is(at + 1, 'رمضان') ? at + 2 : c.is(at, 'رمضان') ? at + 1 : undefined) : undefined;
  if (ramadan !== undefined) return { end: withEpithet(c, ramadan), type: 'DATE', spec: { kind: 'absolute', calendar: 'hijri', month: 9, day: 1 + offset } };
  if (!c.is(at, 'عيد')) return undefined;
  const h = HOLIDAYS.get(c.norm(at + 1));
  if (!h) return undefined;
  if (at === i && !TIME_BEFORE.has(c.norm(i - 1))) return undefined;
  return { end: at > i ? withEpithet(c, at + 2) : at + 2, type: 'DATE', spec: { kind: 'absolute', calendar: 'hijri', month: h[0], day: h[1] + offset } };
}

/** The clitics before أول/ثاني of `بأول أيام عيد الفطر`. */
const NTH_CLITIC = /^(وب|[وفبل])/;
/** Epithets after a holy month or feast (المبارك، الفضيل، الكريم), inside the span of its nth day. */
const EPITHETS = new Set(['المبارك', 'الفضيل', 'الكريم', 'المعظم', 'السعيد']);
function withEpithet(c: Cursor, end: number): number {
  return EPITHETS.has(c.norm(end)) ? end + 1 : end;
}

export const HOLIDAY_START_WORDS = ['ليله', 'عيد', 'اول', 'ثاني', 'ثالث', 'رابع', 'يوم'];

/** holiday's start gate (see Gate). */
export const holidayStarts: Gate = (c, i) => c.is(i, 'ليله', 'يوم', 'عيد') || NTH_DAY.has(c.norm(i).replace(NTH_CLITIC, ''));
