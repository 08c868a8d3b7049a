// Frequencies: a SET of a period or a weekday (يوميا، كل أسبوع، أيام الجمعة، مرتين في الأسبوع).
import { Cursor, Gate, Match, num } from './dateCursor';
import { CARDINALS, DAY_PARTS, DIRECTIONS, ORDINALS, PERIODS, SET_ADVERBS, UNITS, WEEKDAYS } from './dateLexicon';

const KULL = new Map([['كل', 1]]);

/** Once and twice, the words a frequency starts with. */
export const TIMES = new Set(['مره', 'مرتين']);

/** Words after a period that make it one particular day or week (في اليوم الأول، في اليوم نفسه), not every one. */
const PARTICULAR_AFTER = new Set(['نفسه', 'ذاته', 'التالي', 'السابق', 'الاخير', 'الاول']);

/** The SET of `في اليوم` after the word of times at i (مرتين، مرات), or undefined when the period is a particular one. */
function timesIn(c: Cursor, i: number): Match | undefined {
  if (!c.is(i + 1, 'في')) return undefined;
  const per = c.lookup(PERIODS, i + 2, false);
  // A year after the period names it (ثلاث مرات في العام 2019): a particular year, no frequency.
  if (!per || per.value === 'CE' || per.value === 'DE' || c.lookup(DIRECTIONS, i + 3, false) || c.lookup(ORDINALS, i + 3, false) || PARTICULAR_AFTER.has(c.norm(i + 3)) || c.isNumber(i + 3)) return undefined;
  // في اليوم الواحد is "per single day", the same frequency: the word stays inside the span.
  return { end: c.is(i + 3, 'الواحد', 'الواحده') ? i + 4 : i + 3, type: 'SET', spec: { kind: 'set', unit: per.value } };
}

export function setExpr(c: Cursor, i: number): Match | undefined {
  // مرتين في الأسبوع: a frequency is one SET of its period (TimeML leaves the count to an attribute).
  if (TIMES.has(c.norm(i).replace(/^[وف]/, ''))) { const set = timesIn(c, i); if (set) return set; }
  // ثلاث مرات في اليوم: a counted frequency too, its count inside the span (in اليوم alone it read as "today").
  if (c.is(i + 1, 'مرات') && (c.isNumber(i) || c.lookup(CARDINALS, i, true) || c.is(i, 'عده'))) { const set = timesIn(c, i + 1); if (set) return set; }
  const adv = c.lookup(SET_ADVERBS, i, true);
  if (adv) return c.is(i - 1, 'برميل', 'براميل', 'طن', 'مكعب', 'ميغاواط', 'لتر') ? undefined : { end: i + 1, type: 'SET', spec: { kind: 'set', unit: adv.value } };
  // أيام الجمعة: every Friday.
  const plural = c.is(i, 'ايام') ? c.lookup(WEEKDAYS, i + 1, false) : undefined;
  if (plural && c.norm(i + 1).startsWith('ال')) return { end: i + 2, type: 'SET', spec: { kind: 'set', unit: 'W', dow: plural.value } };
  if (!c.lookup(KULL, i, true)) return undefined;
  let at = i + 1;
  const part = c.lookup(DAY_PARTS, at, false);
  if (part && !c.lookup(WEEKDAYS, at + 1, false)) return { end: at + 1, type: 'SET', spec: { kind: 'set', unit: 'D', part: part.value } };
  if (c.is(at, 'يوم') && c.lookup(WEEKDAYS, at + 1, false)) at++;
  const wd = c.lookup(WEEKDAYS, at, false);
  if (wd) return { end: at + 1, type: 'SET', spec: { kind: 'set', unit: 'W', dow: wd.value } };
  const amount = num(c, i + 1) ?? c.lookup(CARDINALS, i + 1, false)?.value;
  if (amount !== undefined) at++;
  const unit = c.lookup(UNITS, at, false);
  if (!unit || (unit.value.plural && amount === undefined)) return undefined;
  return { end: at + 1, type: 'SET', spec: { kind: 'set', unit: unit.value.unit, amount: amount ?? unit.value.count ?? 1 } };
}

/** setExpr's start gate (see Gate). */
export const setStarts: Gate = (c, i) => !!c.lookup(SET_ADVERBS, i, true) || c.is(i, 'ايام', 'عده') || TIMES.has(c.norm(i).replace(/^[وف]/, '')) || !!c.lookup(KULL, i, true) || c.isNumber(i) || !!c.lookup(CARDINALS, i, true);
