// Parsers for periods around a date: modifiers (نهاية، مطلع), parts of a year (الربع الأول، صيف 2019), vague spans (الأيام الأخيرة) and reference words (الآن).
import { Cursor, DateSpec, Gate, Match, num } from './dateCursor';
import { TIME_PREPS } from './dateContext';
import { fiscalStarts, fiscalYear } from './dateFiscal';
import { CARDINALS, DIRECTIONS, N, PERIODS, UNITS } from './dateLexicon';
import { calendarDate, decadeOrCentury, relative, YEAR_WORDS, yearExpr } from './dateParsers';
import { timeExpr } from './dateTimes';

const MODS = new Map<string, 'START' | 'MID' | 'END'>([
  ['نهايه', 'END'], ['متم', 'END'], ['اواخر', 'END'], ['ختام', 'END'], ['اخر', 'END'], ['بدايه', 'START'], ['مطلع', 'START'], ['اوائل', 'START'], ['مستهل', 'START'],
  ['اول', 'START'], ['منتصف', 'MID'], ['اواسط', 'MID'],
]);

/** A period at i that a modifier or a part-of-year word can apply to: a month, a year, العام الماضي, or a bare العام (this year). */
function period(c: Cursor, i: number): Match | undefined {
  const dc = decadeOrCentury(c, i);
  if (dc) return dc;
  const m = calendarDate(c, i) ?? yearExpr(c, i) ?? relative(c, i);
  if (m && m.type === 'DATE' && (m.spec.kind === 'absolute' || m.spec.kind === 'relative' && m.spec.unit !== 'D')) return m;
  const per = c.lookup(PERIODS, i, false);
  if (per && per.value !== 'D' && per.value !== 'CE' && !c.lookup(DIRECTIONS, i + 1, false)) return { end: i + 1, type: 'DATE', spec: { kind: 'relative', unit: per.value, amount: 0, approximate: false } };
  return undefined;
}

/** `نهاية العام الجاري`, `مطلع 2024`, `أواخر أكتوبر المقبل`, `منتصف الشهر المقبل`. */
function modified(c: Cursor, i: number): Match | undefined {
  const mod = c.lookup(MODS, i, true);
  if (!mod) return undefined;
  const inner = period(c, i + 1);
  if (!inner) return undefined;
  const first = c.is(i, 'اول');
  if (first && inner.spec.kind === 'absolute' && inner.spec.year && !inner.spec.month) return undefined;
  // أول مارس is the first of March; مطلع مارس is early March.
  if (first && inner.spec.kind === 'absolute' && inner.spec.month && !inner.spec.day) return { end: inner.end, type: 'DATE', spec: { ...inner.spec, day: 1 } };
  return { end: inner.end, type: 'DATE', spec: { kind: 'part', mod: mod.value, of: inner.spec } };
}

const FASL = new Map([['فصل', 1]]);
const AWINA = new Map([['الاونه', 1]]);
const WAQT = new Map([['الوقت', 1]]);
const FATRA = new Map([['فتره', 1], ['وقت', 1]]);
/** Words of results and statistics: a bare الربع الثالث near them is a quarter of the year, not of a match. */
const MONEY = /^(ارباح|الارباح|ايرادات|الايرادات|مبيعات|المبيعات|النمو|نمو|الناتج|التضخم|البطاله|الاقتصاد|صافي|عجز|العجز|فائض|الصادرات|الواردات|الميزانيه|الموازنه|توزيعات|اسهم|الاسهم|البورصه)$/;
function aboutMoney(c: Cursor, i: number): boolean {
  // أرباحاً، أرباحها: tanween alef and possessive suffixes come off.
  for (let k = Math.max(0, i - 15); k < i + 15; k++) {
    const w = c.norm(k).replace(/^[وفبل]/, '');
    if (MONEY.test(w) || MONEY.test(w.replace(/(ا|ها|هم|ه)$/, ''))) return true;
  }
  return false;
}
const BARE_QUARTER_BEFORE = new Set(['في', 'خلال', 'عن', 'حتي', 'منذ', 'وفي', 'وخلال']);
const ORDER = new Map([['الاول', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الاخير', 0]]);
/** Algerian and Tunisian السداسي is a half as their الثلاثي is a quarter (السداسي الأول من 2026). */
const PARTS = new Map([['الربع', 'Q'], ['الثلاثي', 'Q'], ['الفصل', 'Q'], ['النصف', 'H'], ['السداسي', 'H']]);
const SEASONS = new Map([['صيف', 'SU'], ['الصيف', 'SU'], ['شتاء', 'WI'], ['الشتاء', 'WI'], ['ربيع', 'SP'], ['الربيع', 'SP'], ['خريف', 'FA'], ['الخريف', 'FA']]);

/** `الربع الثاني من العام الجاري`, `النصف الأول من 2024`, `الثلاثي الأخير من سنة 2024`, `صيف 2019`, `فصل الصيف المقبل`. */
function yearPart(c: Cursor, i: number): Match | undefined {
  const part = c.lookup(PARTS, i, true);
  if (part) {
    const n = ORDER.get(c.norm(i + 1));
    if (n === undefined || (part.value === 'H' && n > 2)) return undefined;
    const at = c.is(i + 2, 'من') ? i + 3 : i + 2;
    const code = part.value + (n === 0 ? (part.value === 'Q' ? 4 : 2) : n);
    // الربع الأول من السنة المالية 2025/2026: a fiscal quarter.
    const fiscal = fiscalYear(c, at);
    if (fiscal && fiscal.spec.kind === 'fiscal') return { end: fiscal.end, type: 'DATE', spec: { ...fiscal.spec, code } };
    const inner = period(c, at);
    // `عن الربع الثالث` in a results story: the latest such quarter.
    // A bare السداسي الثاني likewise: السداسي names only a half of the calendar year.
    const bareQuarter = !inner && (part.value === 'Q' || c.norm(i).endsWith('السداسي')) && at === i + 2 && (!c.norm(i).endsWith('الفصل') && BARE_QUARTER_BEFORE.has(c.norm(i - 1)) || /^[بل]ال(ربع|ثلاثي)$/.test(c.norm(i)));
    if (bareQuarter && aboutMoney(c, i)) {
      const of: DateSpec = { kind: 'relative', unit: 'Y', amount: 0, approximate: false };
      return { end: i + 2, type: 'DATE', spec: { kind: 'part', code, direction: -1, of } };
    }
    if (!inner || !(inner.spec.kind === 'absolute' && !inner.spec.month || inner.spec.kind === 'relative' && inner.spec.unit === 'Y')) return undefined;
    return { end: inner.end, type: 'DATE', spec: { kind: 'part', code, of: inner.spec } };
  }
  const at = c.lookup(FASL, i, true) ? i + 1 : i;
  const season = c.lookup(SEASONS, at, at === i);
  if (!season || c.is(at + 1, 'الاول', 'الثاني', 'الاخر', 'العربي')) return undefined;
  const dir = c.lookup(DIRECTIONS, at + 1, false);
  if (dir && !c.is(at + 1, 'هذا', 'هذه')) return { end: at + 2, type: 'DATE', spec: { kind: 'part', code: season.value, direction: dir.value, of: { kind: 'relative', unit: 'Y', amount: 0, approximate: false } } };
  const from = c.is(at + 1, 'من') ? at + 2 : at + 1;
  const inner = yearExpr(c, from) ?? (c.lookup(YEAR_WORDS, from, false) ? relative(c, from) : undefined) ?? (c.is(from, 'هذا') ? relative(c, from) : undefined);
  // فصل الشتاء with its head noun and no year: this year's season.
  if (!inner && at > i && TIME_PREPS.has(c.norm(i - 1))) return { end: at + 1, type: 'DATE', spec: { kind: 'part', code: season.value, of: { kind: 'relative', unit: 'Y', amount: 0, approximate: false } } };
  if (!inner || !(inner.spec.kind === 'absolute' || inner.spec.kind === 'relative' && inner.spec.unit === 'Y')) return undefined;
  return { end: inner.end, type: 'DATE', spec: { kind: 'part', code: season.value, of: inner.spec } };
}

const REF_WORDS = new Map<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>([
  ['الان', 'PRESENT_REF'], ['حاليا', 'PRESENT_REF'], ['راهنا', 'PRESENT_REF'], ['مؤخرا', 'PAST_REF'], ['موخرا', 'PAST_REF'], ['قريبا', 'FUTURE_REF'],
]);

/** Alan, Alain: a clitic, then أ/آ/إ and لان (tested without diacritics and tatweel). */
const NAME_ALAN = /^[وفبلك]{0,2}[\u0622\u0623\u0625]لان$/;
/**
 * Words around الآن misspelled with a hamza (حتى ألان، لغاية ألان، ألان على، ألان فقط) that never stand around the name:
 * before it the limits "until", after it a particle no surname is.
 */
const NOW_BEFORE = new Set(['حتى', 'وحتى', 'لغاية', 'ولغاية', 'لحد', 'ولحد'].map(N));
const NOW_AFTER = new Set(['على', 'عن', 'تحت', 'فوق', 'سوى', 'فقط', 'لم', 'لن', 'لا', 'قد'].map(N));

/** `الآن`, `حالياً`, `في الوقت الراهن`, `حتى اللحظة`, `مؤخراً`. */
function reference(c: Cursor, i: number): Match | undefined {
  const w = c.lookup(REF_WORDS, i, true);
  // Written with its hamza or madda first, the word is the given name (الجنرال آلان بيليغريني، ألان جوبيه), not الآن.
  if (w && w.value === 'PRESENT_REF' && NAME_ALAN.test(c.text(i).replace(/\p{Mn}|\u0640/gu, '')) && !NOW_BEFORE.has(c.norm(i - 1)) && !NOW_AFTER.has(c.norm(i + 1))) return undefined;
  if (w) return w.value === 'FUTURE_REF' && c.is(i + 1, 'من') ? undefined : { end: i + 1, type: 'DATE', spec: { kind: 'ref', value: w.value } };
  if (c.lookup(WAQT, i, true) && c.is(i + 1, 'الراهن', 'الحالي', 'الحاضر')) return { end: i + 2, type: 'DATE', spec: { kind: 'ref', value: 'PRESENT_REF' } };
  if (c.lookup(AWINA, i, true) && c.is(i + 1, 'الاخيره')) return { end: i + 2, type: 'DATE', spec: { kind: 'ref', value: 'PAST_REF' } };
  // حتى الساعة, "so far": no hour follows.
  if (c.is(i, 'الساعه') && c.is(i - 1, 'حتي') && (c.norm(i + 1) === '' || /^[^\u0621-\u064A\d]/.test(c.norm(i + 1)))) return { end: i + 1, type: 'DATE', spec: { kind: 'ref', value: 'PRESENT_REF' } };
  // في وقت لاحق من اليوم: later today is today; في وقت سابق من الأسبوع is this week.
  const within = c.is(i, 'وقت') && c.is(i + 1, 'لاحق', 'سابق') && c.is(i + 2, 'من') ? c.lookup(PERIODS, i + 3, false) : undefined;
  if (within && within.value !== 'CE' && within.value !== 'DE' && !c.lookup(DIRECTIONS, i + 4, false)) return { end: i + 4, type: 'DATE', spec: { kind: 'relative', unit: within.value, amount: 0, approximate: false } };
  if (c.is(i, 'اللحظه') && (c.is(i - 1, 'حتي') || c.is(i - 1, 'هذه') && c.is(i - 2, 'في'))) return { end: i + 1, type: 'DATE', spec: { kind: 'ref', value: 'PRESENT_REF' } };
  return undefined;
}

const VAGUE_DIRECTIONS = new Set(['الماضيه', 'الاخيره', 'المقبله', 'القادمه', 'الفائته', 'المنصرمه', 'الماضيين', 'الاخيرين', 'المقبلين', 'القادمين', 'الاولي', 'الاولين', 'الماضي', 'الاخير', 'المقبل']);
/** الأولى, and the dual الأولين of `الأسبوعين الأولين من الشهر`. */
const FIRST = new Set(['الاولي', 'الاولين']);
const COUNTED_LEADS = new Set(['خلال', 'وخلال', 'طوال', 'وطوال', 'طيله', 'مدي']);
const DEFINITE_NUMBERS = new Map([...CARDINALS].map(([k, v]) => [N('ال' + k), v]));

/** `الأيام الأخيرة`, `الأشهر الستة الماضية`, `الساعات الـ24 الماضية`, `الأسبوعين الماضيين`: a DURATION ending or starting now. */
function vaguePeriod(c: Cursor, i: number): Match | undefined {
  // `الـ48 ساعة الماضية`: the article, the number, then the unit.
  if (c.is(i, 'ال') && num(c, i + 1) !== undefined) {
    const u = UNITS.get(c.norm(i + 2));
    if (u && VAGUE_DIRECTIONS.has(c.norm(i + 3))) return { end: i + 4, type: 'DURATION', spec: { kind: 'duration', unit: u.unit, amount: num(c, i + 1) } };
  }
  const w = c.norm(i);
  if (!w.startsWith('ال') && !/^[وبلف]ال/.test(w)) return undefined;
  const bare = w.slice(w.indexOf('ال') + 2);
  const unit = UNITS.get(bare);
  if (!unit || !(unit.plural || unit.count)) return undefined;
  let at = i + 1;
  let amount = unit.count;
  const counted = at;
  if (c.is(at, 'ال') && num(c, at + 1) !== undefined) { amount = num(c, at + 1); at += 2; } else if (DEFINITE_NUMBERS.has(c.norm(at))) { amount = DEFINITE_NUMBERS.get(c.norm(at)); at++; }
  // خلال الأشهر الستة، بعد …: a counted period after خلال needs no direction; not `حرب الأيام الستة` (no lead), nor a
  // count that goes on (الأعوام الأربعة عشر، الساعات الأربع والعشرين).
  const explicit = at > counted;
  if (explicit && !VAGUE_DIRECTIONS.has(c.norm(at)) && COUNTED_LEADS.has(c.norm(i - 1)) && !c.is(at, 'عشر', 'عشره') && !/^و/.test(c.norm(at))) {
    return { end: at, type: 'DURATION', spec: { kind: 'duration', unit: unit.unit, amount } };
  }
  if (!VAGUE_DIRECTIONS.has(c.norm(at))) return undefined;
  // `الساعات الأولى من صباح اليوم`: the start of the period that follows.
  if (FIRST.has(c.norm(at)) && c.is(at + 1, 'من')) {
    const inner = timeExpr(c, at + 2) ?? relative(c, at + 2) ?? calendarDate(c, at + 2);
    if (inner) return { end: inner.end, type: inner.type === 'TIME' ? 'TIME' : 'DATE', spec: { kind: 'part', mod: 'START', of: inner.spec } };
  }
  // الأشهر التسعة الأولى من العام: the first N units of a period last N units.
  if (FIRST.has(c.norm(at)) && c.is(at + 1, 'من') && amount !== undefined && period(c, at + 2)) return { end: period(c, at + 2)!.end, type: 'DURATION', spec: { kind: 'duration', unit: unit.unit, amount } };
  // الأيام الثلاثة الأولى من العملية: with a count the first days are a length (bare الأيام الأولى is a vague time).
  if (FIRST.has(c.norm(at)) && !explicit) return undefined;
  return { end: at + 1, type: 'DURATION', spec: { kind: 'duration', unit: unit.unit, amount } };
}

/** `اليوم الـ220 من الحرب`, `اليوم الثالث للمؤتمر`: a day counted from an event; it cannot be resolved without the event. */
function countedDay(c: Cursor, i: number): Match | undefined {
  if (!c.is(i, 'اليوم')) return undefined;
  let at = i + 1;
  if (c.is(at, 'ال') && num(c, at + 1) !== undefined) at += 2; else if (/^ال(اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)$/.test(c.norm(at))) { at++; if (c.is(at, 'عشر') || /^و?ال(عشرين|ثلاثين|اربعين|خمسين)$/.test(c.norm(at))) at++; } else return undefined;
  if (c.is(at, 'من', 'علي') && /^ال/.test(c.norm(at + 1))) return { end: at + 2, type: 'DATE', spec: { kind: 'ref', value: 'XXXX-XX-XX' } };
  if (/^لل/.test(c.norm(at))) return { end: at + 1, type: 'DATE', spec: { kind: 'ref', value: 'XXXX-XX-XX' } };
  return undefined;
}

/** `فترة طويلة`, `مدة قصيرة`: vague durations with an unknown unit. */
function vagueDuration(c: Cursor, i: number): Match | undefined {
  if (!c.lookup(FATRA, i, true) || !c.is(i + 1, 'طويله', 'طويل', 'قصيره', 'وجيزه')) return undefined;
  return { end: i + 2, type: 'DURATION', spec: { kind: 'duration', unit: 'X' } };
}

const ERA_HEADS = new Map([['الفتره', 1], ['فتره', 1], ['الحقبه', 1], ['حقبه', 1], ['العهد', 1], ['عهد', 1], ['العصر', 1], ['عصر', 1]]);
const DYNASTIES = /^(العثماني|العثمانيه|المملوكي|المملوكيه|الاموي|الامويه|العباسي|العباسيه|الفاطمي|الفاطميه|الايوبي|الايوبيه)$/;

/** `الفترة العثمانية`, `فترة الحكم العثماني`, `العصر العباسي`: a historical era, a time in the past (as Wojood marks it). */
function era(c: Cursor, i: number): Match | undefined {
  if (!c.lookup(ERA_HEADS, i, true)) return undefined;
  const at = c.is(i + 1, 'الحكم') ? i + 2 : i + 1;
  return DYNASTIES.test(c.norm(at)) ? { end: at + 1, type: 'DATE', spec: { kind: 'ref', value: 'PAST_REF' } } : undefined;
}

export const PERIOD_PARSERS = [era, modified, yearPart, fiscalYear, reference, vaguePeriod, countedDay, vagueDuration];
export const PERIOD_START_WORDS = [...ERA_HEADS.keys(), ...MODS.keys(), ...PARTS.keys(), ...SEASONS.keys(), 'فصل', ...REF_WORDS.keys(), 'الوقت', 'اللحظه', 'فتره', 'وقت', 'اليوم', 'الاونه',
  ...[...UNITS.keys()].map((k) => 'ال' + k)];
/** Start gates of PERIOD_PARSERS (see Gate). */
export const PERIOD_STARTS = new Map<(c: Cursor, i: number) => Match | undefined, Gate>([
  [era, (c, i) => !!c.lookup(ERA_HEADS, i, true)],
  [modified, (c, i) => !!c.lookup(MODS, i, true)],
  [yearPart, (c, i) => !!(c.lookup(PARTS, i, true) || c.lookup(FASL, i, true) || c.lookup(SEASONS, i, true))],
  [fiscalYear, fiscalStarts],
  [reference, (c, i) => !!(c.lookup(REF_WORDS, i, true) || c.lookup(WAQT, i, true) || c.lookup(AWINA, i, true)) || c.is(i, 'الساعه', 'وقت', 'اللحظه')],
  [vaguePeriod, (c, i) => c.is(i, 'ال') || c.norm(i).startsWith('ال') || /^[وبلف]ال/.test(c.norm(i))],
  [countedDay, (c, i) => c.is(i, 'اليوم')],
  [vagueDuration, (c, i) => !!c.lookup(FATRA, i, true)],
]);
