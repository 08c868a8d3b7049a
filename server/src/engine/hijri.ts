// Exact Gregorian ⇄ Hijri (Umm al-Qura) conversion through ICU's islamic-umalqura calendar, no tables.

export interface YMD { year: number; month: number; day: number }

const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const DAY = 86_400_000;

/**
 * ICU's answers by UTC day, remembered: formatToParts is the costly step of date resolution and a
 * document names the same days again and again. Bounded (cleared when full); callers get their own copy.
 */
const KNOWN_DAYS = new Map<number, YMD>();
const KNOWN_DAYS_LIMIT = 10_000;

function fromParts(d: Date): YMD {
  const t = d.getTime();
  const known = KNOWN_DAYS.get(t);
  if (known) return { year: known.year, month: known.month, day: known.day };
  const ymd = formatted(d);
  if (KNOWN_DAYS.size >= KNOWN_DAYS_LIMIT) KNOWN_DAYS.clear();
  KNOWN_DAYS.set(t, ymd);
  return { year: ymd.year, month: ymd.month, day: ymd.day };
}

function formatted(d: Date): YMD {
  const parts = fmt.formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  // ICU reports the era year as "1447 AH" in some builds; relatedYear is absent for this calendar.
  const yearPart = parts.find((p) => p.type === 'year')?.value ?? '';
  return { year: parseInt(yearPart, 10), month: get('month'), day: get('day') };
}

/** Hijri date of a Gregorian date (proleptic, UTC). */
export function gregorianToHijri(g: YMD): YMD {
  return fromParts(new Date(Date.UTC(g.year, g.month - 1, g.day)));
}

function hijriIndex(h: YMD): number {
  return (h.year * 12 + h.month - 1) * 30 + h.day;
}

/**
 * Gregorian date of a Hijri date, found by walking from an estimate until ICU maps it back
 * exactly; undefined for dates that do not exist (e.g. day 30 of a 29-day month).
 */
export function hijriToGregorian(h: YMD): YMD | undefined {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return undefined;
  // 16 July 622 is 1 Muharram 1 AH; a Hijri year averages 354.367 days.
  let t = Date.UTC(622, 6, 16) + Math.round(((h.year - 1) * 354.367 + (h.month - 1) * 29.53 + h.day - 1) * DAY);
  for (let i = 0; i < 8; i++) {
    const got = fromParts(new Date(t));
    const diff = hijriIndex(h) - hijriIndex(got);
    if (diff === 0) {
      const d = new Date(t);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    // Month lengths differ from 30, so step at most a day at a time once close.
    t += (Math.abs(diff) > 2 ? Math.round(diff * 0.98) : Math.sign(diff)) * DAY;
  }
  return undefined;
}

export function isoDate(d: YMD): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function weekdayOf(d: YMD): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addDays(d: YMD, n: number): YMD {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day) + n * DAY);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

export function addMonths(d: YMD, n: number): YMD {
  const total = d.year * 12 + d.month - 1 + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1, day: d.day };
}

export function parseIsoDate(s: string): YMD | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day ? d : undefined;
}
