// A results line of two sides and their goals (البقعة 1 الجزيرة 0): each side is a team.
import { beginTag, insideTag, markSpan, spanEnd, spanStart } from './tagger';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from './dateLexicon';
import { PREPOSITIONS } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
/** A side's goals: one or two digits or صفر; years and counts are longer. */
const GOALS = /^(\d{1,2}|صفر)$/;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
/** A month's name, which a date's day and year stand around. */
const monthWord = (w: string) => GREGORIAN_MONTHS.has(w) || HIJRI_MONTHS.has(w);
/** Words of a side's name at most (اتحاد الرمثا). */
const MAX_SIDE = 3;

/**
 * A sentence that is only `side goals side goals` (البقعة 1 الجزيرة 0 .، الصريح 3 اتحاد الرمثا 1), as sports pages list a
 * round's results, names two teams: each side left O or read as a place is one ORGANIZATION (a country there is its team,
 * as the project tags countries playing). The goals are one or two digits or صفر, so a date (10 تموز 1931) is none, and
 * a side with a month or a preposition in it is none either (من رقم 1 حتى رقم 6). A span the tagger ran across the first
 * goals (`[مصر 2 الجزائر] 1`، `تونس [3 المغرب] 0`) is read as untagged: no name holds a score.
 */
export function tagResultLines(stems: readonly string[], input: number[]): number[] {
  let n = stems.length;
  while (n > 0 && !ARABIC_WORD.test(stems[n - 1]) && !GOALS.test(stems[n - 1])) n--;
  if (n < 4 || n > 2 * MAX_SIDE + 2 || !GOALS.test(stems[n - 1])) return input;
  let d = -1;
  for (let k = 1; k < n - 2; k++) if (GOALS.test(stems[k]) && /^\d/.test(stems[k])) { if (d >= 0) return input; d = k; }
  if (d < 1 || d > MAX_SIDE || n - 2 - d < 1 || n - 2 - d > MAX_SIDE) return input;
  let tags = input;
  if (input[d] !== 0) {
    const b = spanStart(input, d);
    tags = input.slice();
    tags.fill(0, b, spanEnd(input, b));
  }
  const sides: [number, number][] = [[0, d], [d + 1, n - 1]];
  for (const [b, e] of sides) {
    for (let k = b; k < e; k++) if (!ARABIC_WORD.test(stems[k]) || monthWord(stems[k]) || PREPOSITIONS.has(stems[k]) || stems[k] === 'صفر') return input;
    // Each side is O or one place span of its own, nothing else.
    const o = tags.slice(b, e).every((t) => t === 0);
    const place = tags[b] === B_LOC && tags.slice(b + 1, e).every((t) => t === I_LOC);
    if (!o && !place) return input;
  }
  const out = tags.slice();
  for (const [b, e] of sides) markSpan(out, b, e, B_ORG, I_ORG);
  return out;
}
