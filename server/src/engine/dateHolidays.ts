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
  const nth = NTH_DAY.get(c.norm(i).replace(/^[وف]/, ''));
  if (nth !== undefined && c.is(i + 1, 'ايام')) { offset = nth; at = i + 2; }
  if (!c.is(at, 'عيد')) return undefined;
  const h = HOLIDAYS.get(c.norm(at + 1));
  if (!h) return undefined;
  if (at === i && !TIME_BEFORE.has(c.norm(i - 1))) return undefined;
  return { end: at + 2, type: 'DATE', spec: { kind: 'absolute', calendar: 'hijri', month: h[0], day: h[1] + offset } };
}

export const HOLIDAY_START_WORDS = ['ليله', 'عيد', 'اول', 'ثاني', 'ثالث', 'رابع', 'يوم'];

/** holiday's start gate (see Gate). */
export const holidayStarts: Gate = (c, i) => c.is(i, 'ليله', 'يوم', 'عيد') || NTH_DAY.has(c.norm(i).replace(/^[وف]/, ''));
