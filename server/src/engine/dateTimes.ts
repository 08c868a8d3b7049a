// Times of day: clock times (الساعة 10:30، السابعة صباحاً) and parts of a day (مساء أمس، فجر اليوم، الليلة).
import { Cursor, Gate, HOURS_FEM, Match, num } from './dateCursor';
import { CARDINALS, DAY_PARTS, WEEKDAYS } from './dateLexicon';
import { DateSpec } from './dateCursor';
import { calendarDate, relative, weekday } from './dateParsers';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;
const HOUR = /^(\d{1,2})(?:[:.](\d{2}))?$/;
const AFTER = /^[وف]?بعد$/;

const SAA = new Map([['الساعه', 1]]);
const LAYLA = new Map([['الليله', 1]]);

/** `وسبع دقائق`, `و15 دقيقة`, `والنصف`, `والربع` after an hour word. */
function minutesAt(c: Cursor, k: number): { minute: number; end: number } | undefined {
  if (c.is(k, 'والنصف')) return { minute: 30, end: k + 1 };
  if (c.is(k, 'والربع')) return { minute: 15, end: k + 1 };
  let n: number | undefined;
  let at = k;
  if (c.is(k, 'و') && num(c, k + 1) !== undefined) { n = num(c, k + 1); at = k + 2; } else if (/^و/.test(c.norm(k))) {
    const rest = c.norm(k).slice(1);
    n = /^\d+$/.test(rest) ? Number(rest) : CARDINALS.get(rest);
    at = k + 1;
  }
  if (n === undefined || n > 59 || !c.is(at, 'دقيقه', 'دقايق', 'دقيقتين')) return undefined;
  return { minute: n, end: at + 1 };
}

/** `بعد الظهر` after an hour (الساعة الثالثة بعد الظهر): the afternoon, two words; the end of the pair, or undefined. */
function afternoonAt(c: Cursor, k: number): number | undefined {
  return c.is(k, 'بعد') && c.is(k + 1, 'الظهر', 'ظهر') ? k + 2 : undefined;
}

/** `ليلة الجمعة/السبت`: a night across two days is one span, the first day's night; the end after the second day. */
function nightAcross(c: Cursor, day: Match): number {
  if (day.spec.kind !== 'weekday' || c.norm(day.end) !== '/') return day.end;
  const second = c.lookup(WEEKDAYS, day.end + 1, false);
  return second && second.value === (day.spec.dow + 1) % 7 ? day.end + 2 : day.end;
}

const SAAT = new Map([['ساعات', 1]]);
/** `ساعات الصباح الأولى`: the first hours of a part of the day are that part, not a number of hours. */
function firstHours(c: Cursor, i: number): Match | undefined {
  if (!c.lookup(SAAT, i, true) || !c.is(i + 2, 'الاولي')) return undefined;
  const part = c.lookup(DAY_PARTS, i + 1, false);
  return part && c.norm(i + 1).startsWith('ال') ? { end: i + 3, type: 'TIME', spec: { kind: 'time', part: part.value } } : undefined;
}

/**
 * An hour word at k and its `عشرة` (الثانية عشرة is 12): الحادية is only ever the first half of الحادية عشرة (11), so
 * alone it is no hour — read as 11 and then given its عشرة, it came out 21.
 */
function hourWord(c: Cursor, k: number, value: number): { hour: number; end: number } | undefined {
  const tens = c.is(k + 1, 'عشره', 'عشر');
  if (c.norm(k).endsWith('حاديه') && !tens) return undefined;
  return tens ? { hour: value + 10, end: k + 2 } : { hour: value, end: k + 1 };
}

/** `02:14 م`, `08:15 ص`: the a.m./p.m. letter after a clock time, as bylines print it. */
const MERIDIEM = new Map([['ص', 'AM'], ['م', 'PM']]);

/** `من مساء اليوم الأربعاء` after an hour: the part of the day and the day it is on. */
function partOfDay(c: Cursor, at: number): { part?: string; day?: DateSpec; end: number } | undefined {
  if (!c.is(at, 'من')) return undefined;
  const inner = timeExpr(c, at + 1);
  if (!inner || inner.spec.kind !== 'time' || inner.spec.hour !== undefined || !inner.spec.part) return undefined;
  return { part: inner.spec.part, day: inner.spec.day, end: inner.end };
}

/** Hedges before a clock time or midnight (قرابة منتصف الليل، نحو الساعة العاشرة): they stay in the span, as in قرابة عامين. */
const HEDGES = new Map([['قرابه', 1], ['حوالي', 1], ['نحو', 1]]);

export function timeExpr(c: Cursor, i: number): Match | undefined {
  if (c.lookup(HEDGES, i, true) && (c.lookup(SAA, i + 1, false) || c.is(i + 1, 'منتصف'))) {
    const hedged = timeExpr(c, i + 1);
    return hedged && hedged.spec.kind === 'time' && hedged.spec.hour !== undefined ? hedged : undefined;
  }
  const early = firstHours(c, i);
  if (early) return early;
  let at = i;
  let hour: number | undefined;
  let minute: number | undefined;
  const clock = CLOCK.exec(c.norm(i));
  let numbered = false;
  const fem = c.lookup(HOURS_FEM, i, true);
  let fw: { hour: number; end: number } | undefined;
  if (c.lookup(SAA, i, true)) {
    at++;
    const cl = HOUR.exec(c.norm(at));
    if (cl && c.isNumber(at)) { hour = +cl[1]; minute = cl[2] ? +cl[2] : undefined; at++; numbered = true; } else if (HOURS_FEM.has(c.norm(at))) {
      const w = hourWord(c, at, HOURS_FEM.get(c.norm(at))!);
      if (!w) return undefined;
      hour = w.hour; at = w.end;
      // والنصف، والربع، و15 دقيقة، إلا ربعاً
      if (c.is(at, 'و') && c.is(at + 1, 'النصف', 'الربع')) at++; // و split off by the tokeniser of some corpora
      if (c.is(at, 'والنصف', 'النصف')) { minute = 30; at++; } else if (c.is(at, 'والربع', 'الربع')) { minute = 15; at++; } else if (c.is(at, 'و') && num(c, at + 1) !== undefined && c.is(at + 2, 'دقيقه', 'دقايق')) { minute = num(c, at + 1); at += 3; } else if (c.is(at, 'الا') && c.is(at + 1, 'ربعا', 'ربع')) { hour -= 1; minute = 45; at += 2; }
    } else return undefined;
  } else if (clock && c.isNumber(i) && (c.norm(i).includes(':') || c.lookup(DAY_PARTS, i + 1, false))) { hour = +clock[1]; minute = +clock[2]; at++; } else if (fem && (fw = hourWord(c, i, fem.value)) && (c.lookup(DAY_PARTS, fw.end, false) || partOfDay(c, fw.end) || minutesAt(c, fw.end) || afternoonAt(c, fw.end))) {
    // `السابعة صباحاً`, `السادسة وسبع دقائق مساءً`, `العاشرة من مساء اليوم`: an hour word needs its part of the day to be a time.
    hour = fw.hour; at = fw.end;
    const m = minutesAt(c, at);
    if (m) { minute = m.minute; at = m.end; }
    if (!c.lookup(DAY_PARTS, at, false) && !partOfDay(c, at) && !afternoonAt(c, at)) return undefined;
  } else {
    let partAt = i;
    let after = AFTER.test(c.norm(i)) && c.is(i + 1, 'ظهر') ? 'AF' : undefined;
    if (after) partAt++;
    const part = c.lookup(DAY_PARTS, partAt, !after);
    const tonight = !!c.lookup(LAYLA, i, true);
    if (tonight && c.is(i + 1, 'الماضيه')) return { end: i + 2, type: 'TIME', spec: { kind: 'time', part: 'NI', day: { kind: 'relative', unit: 'D', amount: -1, approximate: false } } };
    // الليلة is tonight, whatever day the sentence named before.
    if (tonight && !c.lookup(WEEKDAYS, i + 1, false)) return { end: i + 1, type: 'TIME', spec: { kind: 'time', part: 'NI', day: { kind: 'relative', unit: 'D', amount: 0, approximate: false } } };
    // منتصف الليلة الماضية: the midnight that closed yesterday.
    if (c.is(i, 'منتصف') && c.lookup(LAYLA, i + 1, true) && c.is(i + 2, 'الماضيه')) {
      return { end: i + 3, type: 'TIME', spec: { kind: 'time', hour: 24, minute: 0, day: { kind: 'relative', unit: 'D', amount: -1, approximate: false } } };
    }
    if (c.is(i, 'منتصف') && c.is(i + 1, 'الليل')) return { end: i + 2, type: 'TIME', spec: { kind: 'time', hour: 24, minute: 0 } };
    // منتصف ليل الخميس، منتصف ليل أمس: midnight closes the day named (TIMEX3 T24:00 of it), not that day's night.
    if (c.is(i, 'منتصف') && c.is(i + 1, 'ليل')) {
      const closes = relative(c, i + 2) ?? weekday(c, i + 2) ?? calendarDate(c, i + 2);
      if (closes && closes.type === 'DATE') return { end: nightAcross(c, closes), type: 'TIME', spec: { kind: 'time', hour: 24, minute: 0, day: closes.spec } };
    }
    if (!part) return undefined;
    after ??= part.value;
    const day = relative(c, partAt + 1) ?? weekday(c, partAt + 1) ?? calendarDate(c, partAt + 1);
    if (!day || day.type !== 'DATE') return undefined;
    return { end: nightAcross(c, day), type: 'TIME', spec: { kind: 'time', part: after, day: day.spec } };
  }
  if (hour === undefined || hour > 24 || (minute ?? 0) > 59) return undefined;
  const part = c.lookup(DAY_PARTS, at, false);
  let partCode: string | undefined;
  let day: DateSpec | undefined;
  const of = part ? undefined : partOfDay(c, at);
  const afternoon = part || of ? undefined : afternoonAt(c, at);
  // After a clock time, or after الساعة and a bare hour (الساعة 8 م); a lone number's م is metres or the Christian era.
  const mark = c.norm(at - 1).includes(':') || numbered ? MERIDIEM.get(c.norm(at)) : undefined;
  if (part) { partCode = part.value; at++; } else if (of) { partCode = of.part; day = of.day; at = of.end; } else if (afternoon) { partCode = 'AF'; at = afternoon; } else if (mark) {
    // The mark is not a part of the day: it only says which half of the clock.
    if (mark === 'PM' && hour < 12) hour += 12;
    if (mark === 'AM' && hour === 12) hour = 0; // 12:45 ص is a quarter to one after midnight
    at++;
  }
  if (c.is(at, 'بتوقيت', 'حسب', 'بالتوقيت')) { at++; if (c.is(at, 'توقيت')) at++; at++; if (c.is(at, 'المحلي', 'الصيفي', 'المكرمه')) at++; }
  if (partCode === 'EV' || partCode === 'NI' || partCode === 'AF') { if (hour < 12) hour += 12; }
  // الثانية عشرة ليلا is midnight, the end of its day (T24:00), as منتصف الليل is.
  if (partCode === 'NI' && hour === 12) hour = 24;
  if (partCode === 'MI' && hour <= 5) hour += 12; // الثانية ظهراً
  return { end: at, type: 'TIME', spec: { kind: 'time', hour, minute, part: partCode, day } };
}

/** timeExpr's start gate (see Gate): الساعة, a number, an hour word, بعد (ظهر), a part of the day, الليلة, منتصف (الليل). */
export const timeStarts: Gate = (c, i) => c.isNumber(i) || /^[وف]?بعد$/.test(c.norm(i)) || c.is(i, 'منتصف') || !!c.lookup(HEDGES, i, true)
  || !!(c.lookup(SAA, i, true) || c.lookup(SAAT, i, true) || c.lookup(HOURS_FEM, i, true) || c.lookup(DAY_PARTS, i, true) || c.lookup(LAYLA, i, true));
