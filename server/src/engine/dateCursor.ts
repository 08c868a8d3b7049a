// The token cursor date parsers walk, the spec types they produce, and the small pieces they share.
import { GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_PAIRS, LEVANTINE_PAIRS, ORDINALS, Unit } from './dateLexicon';
import { KeyFilter } from './keyFilter';
import { Token } from './tokenize';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const DIGITS = /^\d+$/;
const DATE_PART_SEP = /[-/.]/;

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What an expression says, before it is resolved against the document date. */
export type DateSpec =
  /** `direction`: الماضي −1, المقبل +1, الجاري 0; `future`: the sentence speaks of what is ahead (المقرر، سـ); `past`: of what had happened (منذ، كان … قد). */
  /** `after`: an earlier date of the same sentence this one follows (`من 26 رمضان حتى 5 شوال`, `عام 2020 … في 4 آب`). */
  | { kind: 'absolute'; calendar: 'gregorian' | 'hijri'; year?: number; month?: number; day?: number; direction?: number; future?: boolean; past?: boolean; dow?: number; after?: DateSpec }
  /** `after`: the start of the range a weekday ends (`حتى السبت` after `مساء غد الخميس`). */
  | { kind: 'weekday'; dow: number; direction: number; future?: boolean; after?: DateSpec }
  /** `next`: counts from a point named before (اليوم التالي، اليوم نفسه); `from`: that point (otherwise the document date). */
  | { kind: 'relative'; unit: Unit; amount: number; approximate: boolean; next?: boolean; from?: DateSpec }
  /** `since`: introduced by منذ, so it ends at the document date. */
  | { kind: 'duration'; unit: Unit | 'X'; amount?: number; approximate?: boolean; since?: boolean }
  | { kind: 'set'; unit: Unit; amount?: number; dow?: number; part?: string }
  /** Present/past/future reference words (الآن، مؤخراً، قريباً) and calendar references that cannot be resolved. */
  | { kind: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' | 'XXXX-XX-XX' }
  /** A part of a year (Q1–Q4, H1–H2, seasons SP/SU/FA/WI) or a modified period (نهاية، مطلع، منتصف). */
  | { kind: 'part'; code?: string; mod?: 'START' | 'MID' | 'END'; direction?: number; of: DateSpec }
  /** `routine`: the hour of a routine schedule (يوميا beside it), on no particular day. */
  | { kind: 'time'; hour?: number; minute?: number; part?: string; day?: DateSpec; routine?: boolean }
  /** A fiscal year, by its first calendar year or relative to the current one, optionally a quarter of it. */
  | { kind: 'fiscal'; year?: number; direction?: number; code?: string }
  | { kind: 'decade'; decade: number; century?: number }
  | { kind: 'century'; century: number };

export interface DateCandidate {
  type: DateType;
  start: number;
  end: number;
  spec: DateSpec;
}

/** `start` is set when the first token(s) are a signal word left outside the span (منذ، خلال). */
export interface Match { end: number; type: DateType; spec: DateSpec; start?: number }

export const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
export const APPROX = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'اكثر', 'اقل', 'ما', 'يقرب', 'يزيد', 'يناهز']);
export const HOURS_FEM = new Map([['الواحده', 1], ['الثانيه', 2], ['الثالثه', 3], ['الرابعه', 4], ['الخامسه', 5], ['السادسه', 6], ['السابعه', 7], ['الثامنه', 8], ['التاسعه', 9], ['العاشره', 10], ['الحاديه', 1]]);

/**
 * Every clitic reading of every key of a table, with the answer `Cursor.lookup` gives for it: built once per
 * table on first use (the tables are fixed), so a lookup is one probe instead of one or two per reading.
 * Readings are added in the order lookup tries them (PREFIXES order, the bare rest before the restored alef)
 * and the first one stays, so the same prefix wins.
 */
interface Readings<T> { table: Map<string, { value: T; prefix: string }>; filter: KeyFilter; plain: KeyFilter }
const READINGS = new WeakMap<Map<string, unknown>, Readings<unknown>>();

/** The readings of a table with a filter over them (`filter`) and over its own keys (`plain`): most tokens are turned away before a probe. */
function readings<T>(map: Map<string, T>): Readings<T> {
  const known = READINGS.get(map) as Readings<T> | undefined;
  if (known) return known;
  const r = new Map<string, { value: T; prefix: string }>();
  for (const p of PREFIXES) {
    for (const [k, value] of map) if (value !== undefined && value !== null && (!p || k) && !r.has(p + k)) r.set(p + k, { value, prefix: p });
    if (!p.endsWith('ل')) continue;
    for (const [k, value] of map) if (value !== undefined && k.startsWith('ا') && k.length >= 2 && !r.has(p + k.slice(1))) r.set(p + k.slice(1), { value, prefix: p });
  }
  const found = { table: r, filter: new KeyFilter(r.keys()), plain: new KeyFilter(map.keys()) };
  READINGS.set(map, found);
  return found;
}

export class Cursor {
  constructor(private readonly tokens: Token[]) {}
  token(i: number): Token | undefined { return this.tokens[i]; }
  norm(i: number): string { return this.tokens[i]?.norm ?? ''; }
  /** The token as written (what normalisation folds away: آلان, the name Alan, is not الآن, now). */
  text(i: number): string { return this.tokens[i]?.text ?? ''; }
  isNumber(i: number): boolean { return this.tokens[i]?.kind === 'number'; }
  /** Looks a token up with each clitic prefix removed in turn; returns the prefix used. */
  lookup<T>(map: Map<string, T>, i: number, allowPrefix: boolean): { value: T; prefix: string } | undefined {
    const w = this.norm(i);
    const { table, filter, plain } = readings(map);
    if (!allowPrefix) {
      const v = plain.mayHave(w) ? map.get(w) : undefined;
      return v !== undefined ? { value: v, prefix: '' } : undefined;
    }
    const r = filter.mayHave(w) ? table.get(w) : undefined;
    return r ? { value: r.value, prefix: r.prefix } : undefined;
  }
  /**
   * Whether token i's normalised form is one of the words, which callers write normalised (على as علي: a unit test
   * reads every call site), so no call normalises them again. Fixed arity: no rest array per call.
   */
  is(i: number, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string): boolean {
    const w = this.norm(i);
    return w === a || w === b || w === c || w === d || w === e || w === f || w === g || w === h;
  }
}

export function num(c: Cursor, i: number): number | undefined {
  if (c.isNumber(i) && DIGITS.test(c.norm(i))) return Number(c.norm(i));
  return undefined;
}

/** A day of month: digits or ordinal words (الثاني عشر، الحادي والعشرين), optionally followed by من. */
export function dayOfMonth(c: Cursor, i: number): { day: number; end: number } | undefined {
  // `الـ15 من الشهر الجاري`: the article written apart from the digits.
  if ((c.is(i, 'ال')) && num(c, i + 1) !== undefined) {
    const d = num(c, i + 1)!;
    if (d < 1 || d > 31) return undefined;
    return { day: d, end: c.is(i + 2, 'من') ? i + 3 : i + 2 };
  }
  const n = num(c, i);
  if (n !== undefined && n >= 1 && n <= 31) return { day: n, end: i + 1 };
  const o = c.lookup(ORDINALS, i, false);
  if (!o) return undefined;
  let day = o.value;
  let end = i + 1;
  if (day === 0) { if (c.is(end, 'من')) end++; return { day: 1, end }; }
  if (c.is(end, 'عشر')) { day += 10; end++; } else if (day < 10 && c.is(end, 'والعشرين')) { day += 20; end++; } else if (day < 10 && c.is(end, 'والثلاثين')) { day += 30; end++; }
  if (day > 31) return undefined;
  if (c.is(end, 'من')) end++;
  return { day, end };
}

/** A two-word month name of `table` at i (a module function: a closure per monthAt call cost a context each). */
function monthPair(c: Cursor, i: number, allowPrefix: boolean, table: Map<string, Map<string, number>>, calendar: 'gregorian' | 'hijri') {
  const first = c.lookup(table, i, allowPrefix);
  const m = first?.value.get(c.norm(i + 1));
  return first && m ? { month: m, calendar, end: i + 2, ambiguous: false, prefix: first.prefix } : undefined;
}

/** A month name at i (one or two words, either calendar); slash-joined alternatives (تموز/يوليو) are swallowed. */
export function monthAt(c: Cursor, i: number, allowPrefix: boolean): { month: number; calendar: 'gregorian' | 'hijri'; end: number; ambiguous: boolean; prefix: string } | undefined {
  let found = monthPair(c, i, allowPrefix, LEVANTINE_PAIRS, 'gregorian') ?? monthPair(c, i, allowPrefix, HIJRI_PAIRS, 'hijri');
  if (!found) {
    const g = c.lookup(GREGORIAN_MONTHS, i, allowPrefix);
    if (g) found = { month: g.value.month, calendar: 'gregorian', end: i + 1, ambiguous: !!g.value.ambiguous, prefix: g.prefix };
    const h = c.lookup(HIJRI_MONTHS, i, allowPrefix);
    if (!found && h) found = { month: h.value, calendar: 'hijri', end: i + 1, ambiguous: c.norm(i).endsWith('صفر'), prefix: h.prefix };
  }
  if (!found) return undefined;
  while ((c.norm(found.end) === '/' || c.norm(found.end) === '-' || c.norm(found.end) === '(') && monthAt(c, found.end + 1, false)) {
    const alt: { end: number } = monthAt(c, found.end + 1, false)!;
    found = { ...found, end: alt.end + (c.norm(alt.end) === ')' ? 1 : 0), ambiguous: false };
  }
  return found;
}

/**
 * Whether a parser can match at token i, looking at that token alone (run on a one-token cursor): a superset
 * of the tokens the parser starts at, so skipping it where the gate says no never changes what is found.
 */
export type Gate = (c: Cursor, i: number) => boolean;

/** The first word of every month name monthAt(c, i, true) reads (one-word names, the first of two-word ones). */
export const monthStarts: Gate = (c, i) => !!(c.lookup(LEVANTINE_PAIRS, i, true) || c.lookup(HIJRI_PAIRS, i, true) || c.lookup(GREGORIAN_MONTHS, i, true) || c.lookup(HIJRI_MONTHS, i, true));

/** Year after a month or the word عام: digits, optionally with م / هـ / ميلادي / هجري. */
export function yearAt(c: Cursor, i: number): { year: number; end: number; hijri?: boolean } | undefined {
  const n = num(c, i);
  if (n === undefined || c.norm(i).length < 3 || c.norm(i).length > 4) return undefined;
  let end = i + 1;
  let hijri: boolean | undefined;
  if (c.is(end, 'ه', 'هجري', 'هجريه', 'للهجره')) { hijri = true; end++; } else if (c.is(end, 'م', 'ميلادي', 'ميلاديه', 'للميلاد')) { hijri = false; end++; }
  return { year: n, end, hijri };
}

/** Joins `7 / 2 / 2002` (tokenised corpora, hand-typed text) into one string with its end token. */
export function spacedNumeric(c: Cursor, i: number): { s: string; end: number } {
  if (!c.isNumber(i)) return { s: c.norm(i), end: i + 1 };
  let s = c.norm(i);
  let end = i + 1;
  // A date has three parts: `03-11-2019 - 08:15` (a byline's date, then its time) stops at the date.
  while (['/', '-', '.'].includes(c.norm(end)) && c.isNumber(end + 1) && end - i < 4 && s.split(DATE_PART_SEP).length < 3) { s += '/' + c.norm(end + 1); end += 2; }
  return { s, end };
}
