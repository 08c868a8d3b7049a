// Whether the token after a number can carry on a date expression that starts at the number: most numbers of news (and the number ending each line of a bench text) are followed by nothing a date parser reads there.
import { DAY_PARTS, DIRECTIONS, ENGLISH_MONTHS, GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_PAIRS, LEVANTINE_PAIRS, UNITS } from './dateLexicon';
import { Token } from './tokenize';

/**
 * Every normalised word that one of the parsers numberNeedsNext names reads right after a number it starts at (each read as
 * written, no clitic stripped: the parsers look these words up without prefixes there):
 * numericDate joins `7 / 2 / 2002` at / - . ; rangeStart needs و - الي حتي; amountExpr a unit, or عشر/عشرة, عدة/بضعة/بضع before one;
 * timeExpr a part of the day; calendarDate a month's first word, الشهر, a direction (الماضي), or / before a month.
 */
const NUMBER_NEXT = new Set<string>([
  '/', '-', '.', 'و', 'الي', 'حتي', 'عشر', 'عشره', 'عده', 'بضعه', 'بضع', 'الشهر',
  ...UNITS.keys(), ...DAY_PARTS.keys(), ...DIRECTIONS.keys(), ...GREGORIAN_MONTHS.keys(), ...HIJRI_MONTHS.keys(), ...LEVANTINE_PAIRS.keys(), ...HIJRI_PAIRS.keys(),
]);

/**
 * False when no parser of numberNeedsNext (dates.ts: numericDate, calendarDate, amountExpr, timeExpr, rangeStart) can match
 * at number token `t` with `next` after it (undefined at the paragraph's end): a number that holds no `:` (a clock time) and
 * is shorter than a written date (`1/1/2000`, 8 characters), before a word none of them reads there, nor an English month
 * (`20 August`, as englishDate reads one: not a word of Arabic script). yearExpr and any other parser still run.
 */
export function numberMayContinue(t: Token, next: Token | undefined): boolean {
  if (t.norm.length >= 8 || t.norm.includes(':')) return true;
  if (next === undefined) return false;
  const w = next.norm;
  if (NUMBER_NEXT.has(w)) return true;
  const c = w.charCodeAt(0);
  return !(c >= 0x0600 && c <= 0x06FF) && ENGLISH_MONTHS.has(w.toLowerCase());
}
