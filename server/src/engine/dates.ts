// Detects Arabic date and time expressions in a paragraph's tokens and describes each as a resolvable spec.
import { sourcePrefixLength } from './clitics';
import { APPROX, Cursor, DateCandidate, DateSpec, Gate, HOURS_FEM, Match, monthAt, monthStarts, PREFIXES } from './dateCursor';
import { futureCue, pastCue, sinceCue } from './dateContext';
import { presentVerbAhead } from './dateAheadVerbs';
import {
  CARDINALS, DAY_PARTS, DECADES, ENGLISH_MONTHS, GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_PAIRS, LEVANTINE_PAIRS, ORDINALS, PERIODS, SET_ADVERBS, UNITS, WEEKDAYS,
} from './dateLexicon';
import { setExpr, TIMES } from './dateSets';
import { markRoutineTimes } from './dateRoutine';
import { linkNextDay } from './dateAnaphora';
import {
  amountExpr, calendarDate, decadeOrCentury, numericDate, PARSER_STARTS, RELATIVE_DAYS, relative, weekday, YEAR_WORDS, yearExpr,
} from './dateParsers';
import { holiday, HOLIDAY_START_WORDS, holidayStarts } from './dateHolidays';
import { AGE_START_WORDS, ageInWords, ageStarts } from './dateAges';
import { PERIOD_PARSERS, PERIOD_START_WORDS, PERIOD_STARTS } from './datePeriods';
import { timeExpr, timeStarts } from './dateTimes';
import { numberMayContinue } from './dateNumberNext';
import { WordForm } from './interner';
import { KeyFilter } from './keyFilter';
import { normalizeArabic } from './normalize';
import type { Token } from './tokenize';
import { isMasthead } from './mastheads';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const PLAIN_NUMBER = /^[\d.,:/-]*$/;

export type { DateCandidate, DateSpec, DateType } from './dateCursor';

type Parser = (c: Cursor, i: number) => Match | undefined;

export function best(c: Cursor, i: number, parsers: readonly Parser[]): Match | undefined {
  let found: Match | undefined;
  for (const p of parsers) {
    const m = p(c, i);
    if (m && m.end > i && (!found || m.end > found.end)) found = m;
  }
  return found;
}

const BASE_PARSERS: Parser[] = [timeExpr, numericDate, weekday, calendarDate, decadeOrCentury, relative, amountExpr, setExpr, yearExpr, ...PERIOD_PARSERS];
const LEADS = new Map([['بتاريخ', 1], ['تاريخ', 1], ['يوم', 1]]);

/** `بتاريخ ( 7 / 2 / 2002 )`, `يوم 30 مارس 2019`: a calendar head noun and brackets belong to the expression. */
function withLead(c: Cursor, i: number): Match | undefined {
  if (!c.lookup(LEADS, i, true)) return undefined;
  const colon = c.norm(i + 1) === ':' ? 1 : 0;
  const paren = c.norm(i + 1 + colon) === '(';
  const at = i + 1 + colon + (paren ? 1 : 0);
  const t = c.token(at);
  const inner = t && best(c, at, leadParsersAt(t));
  if (!inner || inner.type !== 'DATE' || inner.spec.kind !== 'absolute' || inner.start !== undefined) return undefined;
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

/** `بين 14 و18 أغسطس`, `من 10 إلى 15 يوليو`: the first day of a range takes the month of the second. */
function rangeStart(c: Cursor, i: number): Match | undefined {
  const d = c.isNumber(i) && /^\d{1,2}$/.test(c.norm(i)) ? Number(c.norm(i)) : undefined;
  if (d === undefined || d < 1 || d > 31 || !c.is(i + 1, 'و', '-', 'الي', 'حتي')) return undefined;
  const second = calendarDate(c, i + 2);
  if (!second || second.spec.kind !== 'absolute' || !second.spec.day || !second.spec.month || second.spec.day <= d) return undefined;
  return { end: i + 1, type: 'DATE', spec: { ...second.spec, day: d } };
}

const PARSERS: Parser[] = [...BASE_PARSERS, withLead, monthThenBracket, rangeStart, holiday, ageInWords];

/** Every parser's start gate; a parser without one would run everywhere (unit-tested: each has one). */
export const START_GATES = new Map<Parser, Gate>([
  ...PARSER_STARTS, ...PERIOD_STARTS, [timeExpr, timeStarts], [holiday, holidayStarts], [ageInWords, ageStarts], [monthThenBracket, monthStarts],
  [withLead, (c, i) => !!c.lookup(LEADS, i, true)], [rangeStart, (c, i) => c.isNumber(i)],
]);
export const DATE_PARSERS: readonly Parser[] = PARSERS;

/**
 * The parsers that can start at a token, by its normalised form (numbers apart): common words (ما، بعد،
 * هذا، كل) start a few kinds of expression, not all twenty-two. Bounded: cleared when it grows past the limit.
 */
const CAN_START = new Map<string, Parser[]>();
const CAN_START_LIMIT = 20_000;
function parsersAt(t: Token): Parser[] {
  // Digits and separators alone are in no word table: such numbers share one entry.
  const key = t.kind === 'number' ? (PLAIN_NUMBER.test(t.norm) ? '\u0000' : '\u0000' + t.norm) : t.norm;
  let list = CAN_START.get(key);
  if (list) return list;
  const one = new Cursor([t]);
  list = PARSERS.filter((p) => START_GATES.get(p)?.(one, 0) ?? true);
  if (CAN_START.size >= CAN_START_LIMIT) CAN_START.clear();
  CAN_START.set(key, list);
  return list;
}

/** The parsers withLead tries after its head noun: BASE_PARSERS but weekday, gated like parsersAt, in the same order. */
const LEAD_INNER = new WeakMap<Parser[], Parser[]>();
function leadParsersAt(t: Token): Parser[] {
  const all = parsersAt(t);
  let list = LEAD_INNER.get(all);
  if (!list) { list = all.filter((p) => p !== weekday && BASE_PARSERS.includes(p)); LEAD_INNER.set(all, list); }
  return list;
}

/** The parsers that match at a number only with a word after it that numberMayContinue knows, and a list without them (kept per list). */
const NUMBER_NEEDS_NEXT = new Set<Parser>([numericDate, calendarDate, amountExpr, timeExpr, rangeStart]);
const ALONE = new WeakMap<readonly Parser[], Parser[]>();
function numberAlone(all: readonly Parser[]): Parser[] {
  let list = ALONE.get(all);
  if (!list) { list = all.filter((p) => !NUMBER_NEEDS_NEXT.has(p)); ALONE.set(all, list); }
  return list;
}

/** Every word a date expression can start with (after clitics); other tokens skip the parsers. */
const START_WORDS = new Set<string>([
  ...[GREGORIAN_MONTHS, HIJRI_MONTHS, LEVANTINE_PAIRS, HIJRI_PAIRS, WEEKDAYS, UNITS, CARDINALS, ORDINALS, DECADES, DAY_PARTS, SET_ADVERBS, LEADS, YEAR_WORDS, RELATIVE_DAYS, PERIODS, HOURS_FEM].flatMap((m) => [...m.keys()]),
  ...PERIOD_START_WORDS.map(normalizeArabic), ...HOLIDAY_START_WORDS, ...AGE_START_WORDS, ...TIMES,
  ...APPROX, 'يوم', 'شهر', 'يومي', 'شهري', 'ايام', 'القرن', 'الساعه', 'كل', 'اول', 'بعد', 'قبل', 'منذ', 'خلال', 'لمده', 'مده', 'طوال', 'طيله', 'عده', 'بضعه', 'بضع', 'هذا', 'هذه', 'ذلك', 'الليله', 'مدار', 'مدي', 'الـ', 'ال', ...[...APPROX].flatMap((w) => ['ل' + w, 'ب' + w]),
]);

/**
 * START_WORDS with every clitic prefix attached, as `Cursor.lookup` strips them (a prefix ending in
 * ل also stands for the article's alef, لل…): one lookup per token instead of one per reading.
 */
const START_FORMS = new Set<string>();
for (const w of START_WORDS) {
  for (const p of PREFIXES) {
    if (!p || w) START_FORMS.add(p + w);
    if (p.endsWith('ل') && w.startsWith('ا') && w.length >= 2) START_FORMS.add(p + w.slice(1));
  }
}

const START_FILTER = new KeyFilter(START_FORMS);

function mayStartDate(t: Token): boolean {
  if (t.kind === 'number' || t.text === '(') return true;
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return ENGLISH_MONTHS.has(t.text.toLowerCase());
  return START_FILTER.mayHave(t.norm) && START_FORMS.has(t.norm);
}

const NO_PARSERS: Parser[] = [];

/** The parsers to try at token i: none where no date can start (mayStartDate). */
function startParsers(t: Token): Parser[] {
  return mayStartDate(t) ? parsersAt(t) : NO_PARSERS;
}

/**
 * startParsers(tokens[i]), decided once per word form when the tokens' forms are known (kind, text and norm, all it
 * reads, are the form's): a token then costs one field read instead of a filter probe, a regex and a table probe.
 */
export function parsersAtToken(tokens: readonly Token[], i: number, forms: readonly WordForm[] | undefined): readonly Parser[] {
  if (forms === undefined) return startParsers(tokens[i]);
  const f = forms[i];
  if (f.dateParsers === undefined) f.dateParsers = startParsers(tokens[i]);
  return f.dateParsers as Parser[];
}

/**
 * Finds date/time expressions among `tokens`; spans exclude proclitics glued to the first word and leading signal words.
 * `forms`: the tokens' word forms (tokenize's), when the caller has them.
 */
export function findDates(tokens: Token[], opts: { inMasthead?: boolean; forms?: readonly WordForm[] } = {}): DateCandidate[] {
  if (!opts.inMasthead && isMasthead(tokens)) return [];
  const c = new Cursor(tokens);
  const out: DateCandidate[] = [];
  const forms = opts.forms;
  let i = 0;
  while (i < tokens.length) {
    let parsers = parsersAtToken(tokens, i, forms);
    if (tokens[i].kind === 'number' && parsers.length > 0 && !numberMayContinue(tokens[i], tokens[i + 1])) parsers = numberAlone(parsers);
    const found = parsers.length > 0 ? best(c, i, parsers) : undefined;
    if (!found) { i++; splitYearRange(tokens[i - 1], out, [tokens[i - 2]?.norm ?? '', tokens[i - 3]?.norm ?? '']); continue; }
    const s = found.start ?? i;
    let last = found.end - 1;
    while (last > s && tokens[last].kind === 'punct' && tokens[last].text !== ')') last--;
    const first = tokens[s];
    const prefix = first.kind === 'word' ? cliticPrefix(first.norm) : '';
    const spec = found.spec;
    // The date (or the day of a time, or the month of نهاية أغسطس) the future cue applies to.
    const cued = spec.kind === 'time' ? spec.day : spec.kind === 'part' ? spec.of : spec;
    if (cued && ((cued.kind === 'absolute' && cued.year === undefined && cued.direction === undefined) || (cued.kind === 'weekday' && cued.direction === 0))) {
      // منذ first: a present verb of lasting before it (تستمر الاحتجاجات منذ الخميس) does not look ahead.
      if (sinceCue(c, s)) { if (cued.kind === 'absolute') cued.past = true; } else if (futureCue(c, s) || (cued.kind === 'weekday' && presentVerbAhead(c, s))) cued.future = true;
      else if (cued.kind === 'absolute' && pastCue(c, s)) cued.past = true;
    }
    linkNextDay(spec, out);
    if (cued && cued.kind === 'absolute' && cued.year === undefined && cued.direction === undefined && !cued.future && cued.dow === undefined) cued.after = earlierInSentence(out, tokens, s);
    if (cued && cued.kind === 'weekday' && cued.direction === 0 && RANGE_END.has(tokens[s - 1]?.norm ?? '') && !LASTED.has((tokens[s - 2]?.norm ?? '').replace(/^[وف]/, ''))) cued.after = earlierInSentence(out, tokens, s);
    if (spec.kind === 'time' && !spec.day) {
      const day = dayBefore(out, tokens, s);
      if (day) spec.day = day;
      // عند الساعة الواحدة after بعد ظهر غد: an hour without its own part of the day follows the day's.
      const prev = out[out.length - 1]?.spec;
      if (day && prev?.kind === 'time' && ['AF', 'EV', 'NI'].includes(prev.part ?? '') && !spec.part && spec.hour !== undefined && spec.hour < 12) spec.hour += 12;
    }
    out.push({ type: found.type, start: first.start + sourcePrefixLength(first.text, prefix), end: tokens[last].end, spec });
    i = found.end;
  }
  markRoutineTimes(out, tokens);
  return out;
}

const RANGE_END = new Set(['حتي', 'الي', 'وحتي', 'والي']);
/** Past verbs of lasting (استمرت حتى الخميس): the span they close is behind the article, whatever date came earlier (غدا). */
const LASTED = new Set(['استمر', 'استمرت', 'استمروا', 'استمرا', 'تواصلت', 'امتد', 'امتدت', 'دام', 'دامت', 'ظل', 'ظلت', 'ظلوا', 'بقي', 'بقيت', 'بقوا']);
const BOUND_WORDS = new Set(['منذ', 'بحلول', 'حتي', 'قبل', 'بعد', 'الي', 'من']);

/**
 * The end of a range (`حتى 5 شوال` after `26 رمضان`) follows its start; a day after an explicit year
 * of the same sentence (`شهد عام 2020 … في 4 آب`) is in that year.
 */
function earlierInSentence(out: DateCandidate[], tokens: Token[], at: number): DateSpec | undefined {
  const prev = out[out.length - 1];
  if (!prev) return undefined;
  for (let k = at - 1; k >= 0 && tokens[k].end > prev.end; k--) if (SENTENCE_END.has(tokens[k].text)) return undefined;
  const p = prev.spec.kind === 'time' ? prev.spec.day : prev.spec;
  if (!p) return undefined;
  if (RANGE_END.has(tokens[at - 1]?.norm ?? '') && (p.kind === 'absolute' || p.kind === 'part' || p.kind === 'weekday' || p.kind === 'relative')) return p;
  if (p.kind !== 'absolute' || p.year === undefined || p.month !== undefined) return undefined;
  // منذ عام 2008، بحلول عام 2030: a year that bounds the sentence's time is not its frame.
  let k = at - 1;
  while (k > 0 && tokens[k].start > prev.start) k--;
  return BOUND_WORDS.has(tokens[k - 1]?.norm.replace(/^و/, '') ?? '') ? undefined : p;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛']);

/** A clock time with no day of its own (`الساعة الثامنة مساءً`) is on the day named earlier in the same sentence (`مساء غد الجمعة`). */
function dayBefore(out: DateCandidate[], tokens: Token[], at: number): DateSpec | undefined {
  const prev = out[out.length - 1];
  if (!prev) return undefined;
  for (let k = at - 1; k >= 0 && tokens[k].end > prev.end; k--) if (SENTENCE_END.has(tokens[k].text)) return undefined;
  const p = prev.spec;
  if (p.kind === 'time') return p.day;
  if (p.kind === 'weekday' || (p.kind === 'relative' && p.unit === 'D') || (p.kind === 'absolute' && p.day)) return p;
  return undefined;
}

/** Heads of a plan's or vision's name (الرؤية الاستراتيجية 2015-2030، خطة 2020-2025), the article and ل/ب read off. */
const PLAN_NAMES = new Set(['رويه', 'الرويه', 'استراتيجيه', 'الاستراتيجيه', 'خطه', 'الخطه', 'اجنده', 'الاجنده', 'مخطط', 'المخطط']);

/** `2020-2022` is one token but two dates, one per year (TimeML: one span per end of a range). */
function splitYearRange(t: Token | undefined, out: DateCandidate[], before: readonly string[]): void {
  const m = t && t.kind === 'number' ? /^(\d{4})[-–/](\d{4})$/.exec(t.norm) : null;
  if (!t || !m || +m[1] < 1900 || +m[2] > 2100 || +m[1] >= +m[2]) return;
  // `الرؤية الاستراتيجية 2015-2030`: the years are the plan's name, like رؤية 2030.
  if (before.some((w) => PLAN_NAMES.has(w.replace(/^[وفبل]/, '')))) return;
  out.push({ type: 'DATE', start: t.start, end: t.start + 4, spec: { kind: 'absolute', calendar: 'gregorian', year: +m[1] } });
  out.push({ type: 'DATE', start: t.end - 4, end: t.end, spec: { kind: 'absolute', calendar: 'gregorian', year: +m[2] } });
}

const ALL_WORDS = [GREGORIAN_MONTHS, HIJRI_MONTHS, LEVANTINE_PAIRS, HIJRI_PAIRS, WEEKDAYS, UNITS, CARDINALS, DECADES, DAY_PARTS, SET_ADVERBS];
const EXTRA = new Set(['يوم', 'امس', 'الامس', 'البارحه', 'اليوم', 'غدا', 'الغد', 'قبل', 'منذ', 'بعد', 'خلال', 'مده', 'طوال', 'طيله', 'الساعه', 'كل', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'عام', 'سنه', 'القرن', 'العقد', 'شهر',
  'الان', 'حاليا', 'مؤخرا', 'الوقت', 'نهايه', 'بدايه', 'مطلع', 'منتصف', 'اواخر', 'اوائل', 'الربع', 'النصف', 'الثلاثي', 'الفصل', 'صيف', 'الصيف', 'شتاء', 'الشتاء', 'فتره', 'الليله', 'مدار', 'مدي', 'عده', 'بضعه', 'بضع', 'الاونه']);

/** The first clitic prefix (PREFIXES order) the word starts with whose rest is calendar vocabulary, or '' (a loop: no arrays per date). */
function cliticPrefix(norm: string): string {
  for (let k = 1; k < PREFIXES.length; k++) {
    const p = PREFIXES[k];
    if (norm.startsWith(p) && firstWordMatchesWithout(norm, p)) return p;
  }
  return '';
}

/** True when the word minus `prefix` is itself calendar vocabulary, i.e. the prefix really is a clitic. */
function firstWordMatchesWithout(norm: string, prefix: string): boolean {
  const rest = norm.slice(prefix.length);
  return calendarWord(rest) || (prefix.endsWith('ل') && calendarWord('ا' + rest));
}

function calendarWord(f: string): boolean {
  // بتاريخ keeps its ب (Wojood's convention for the head noun تاريخ).
  if (EXTRA.has(f) || (START_WORDS.has(f) && f !== 'تاريخ') || APPROX.has(f) || HOURS_FEM.has(f) || /^\d/.test(f)) return true;
  for (const m of ALL_WORDS) if (m.has(f)) return true;
  if (!f.startsWith('ال')) return false;
  const bare = f.slice(2);
  for (const m of ALL_WORDS) if (m.has(bare)) return true;
  return false;
}
