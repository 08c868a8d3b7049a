// The two sides of a match result (وفاز [الكوكب] على [الشعلة]): a definite word no list knows facing another side is a team.
import { definite, definiteNisba } from './namePatterns';
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { NOT_OPPONENTS, OPPONENT, PEOPLE_PLURAL, RESULT_VERBS, SPORTS_CUES } from './sportsNews';
import { wordSet } from './wordSets';
import { hasMark, listMarks } from './nameMarks';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const NAT_PER_FIRST_LAST_MARK_ANY = listMarks(['NAT', 'PER', 'FIRST', 'LAST']);

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');

/** A loss whose loser is the subject and whose winner follows أمام (وسقط [الكوكب] أمام [الشعلة]); the verb means a fall elsewhere. */
const FELL = wordSet('سقط سقطت يسقط تسقط');
/** Verbs whose object is the result, the opponent after it (وحقق [الرائد] فوزا كبيرا على [النهضة]). */
export const ACHIEVED = wordSet('حقق حققت يحقق تحقق');
/** The result those verbs take (فوزا، الفوز، تعادلا). */
export const RESULT_OBJECTS = wordSet('فوزا الفوز فوزه انتصارا تعادلا');
/** A word this frequent in the training text is an ordinary noun (الحزب، الجيش): no club's name unlisted. */
const COMMON = 100;
/** The shortest definite name: ال and three letters. */
const MIN_LENGTH = 5;

/** A nisba seen this rarely in the training text is a town's (الجديدي: 2, الفاسي: 6), not a common adjective (الدولي، المحلي). */
const RARE_NISBA = 10;

/**
 * A town's rare nisba right after a side (أمام [المغرب التطواني]، على [الدفاع الجديدي]): part of the club's name. Not a
 * nationality (الزمالك المصري: the adjective stays outside, as for listed clubs).
 */
export function townNisbaAt(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: readonly number[], freq: (k: number) => number, k: number): boolean {
  return k < out.length && out[k] === 0 && !prefixes[k] && definiteNisba(stems[k], 2, false) && freq(k) < RARE_NISBA && !marks[k].some((m) => m.startsWith('NAT'));
}

/**
 * An unknown side: one definite word without a clitic, the tagger left O, rare in the training text, no list's nationality,
 * person or given name (a definite word is no name part), no game's word, role or people (المنافس، الكوريين), and no noun
 * phrase going on after it (a bare definite word after it is its adjective or genitive: على الصعيد المحلي), but a town's
 * nisba.
 */
function unknownSide(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: readonly number[], freq: (k: number) => number, k: number): boolean {
  if (k >= out.length || out[k] !== 0 || prefixes[k] || !definite(stems[k]) || stems[k].length < MIN_LENGTH || freq(k) >= COMMON) return false;
  if (SPORTS_CUES.has(stems[k]) || NOT_OPPONENTS.has(stems[k]) || PEOPLE_PLURAL.test(stems[k])) return false;
  if (hasMark(marks[k], NAT_PER_FIRST_LAST_MARK_ANY)) return false;
  return k + 1 >= out.length || prefixes[k + 1] !== '' || !definite(stems[k + 1]) || townNisbaAt(stems, prefixes, marks, out, freq, k + 1);
}

/** Where the town after a club's word ends (الأهلي [شندي]): a place span the tagger read or a rare word a place list holds; k when none. */
function townEnd(marks: readonly string[][], out: readonly number[], freq: (k: number) => number, k: number): number {
  if (out[k] === B_LOC) return spanEnd(out, k);
  return out[k] === 0 && marks[k].includes('LOC-S') && freq(k) < COMMON ? k + 1 : k;
}

/**
 * The end of a side opening at k: a place or body span the tagger read, or one unknown word, with the town's name or nisba
 * after it (على [الأهلي شندي]، أمام [المغرب التطواني]); -1 when none opens there.
 */
function sideEnd(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: readonly number[], freq: (k: number) => number, k: number): number {
  if (k >= out.length) return -1;
  let e = -1;
  if (out[k] === B_LOC || out[k] === B_ORG) e = spanEnd(out, k);
  else if (unknownSide(stems, prefixes, marks, out, freq, k)) e = k + 1 < out.length && !prefixes[k + 1] ? townEnd(marks, out, freq, k + 1) : k + 1;
  if (e < 0 || out[k] === B_ORG) return e;
  return townNisbaAt(stems, prefixes, marks, out, freq, e) ? e + 1 : e;
}

/**
 * In a sports sentence, the subject of a result verb and the side after على/مع/أمام (وفاز [الكوكب] على [الشعلة]، وتعادل
 * [النهضة] مع [الرائد]، وسقط [الكوكب] أمام [الشعلة]، وحقق [الرائد] فوزا كبيرا على [النهضة]) are both teams when one of
 * them is a definite word no list knows: the clubs of a league the lists lack. A place span there is the team too.
 */
export function tagResultSides(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: number[], freq: (k: number) => number): void {
  for (let v = 0; v + 3 < out.length; v++) {
    const fell = FELL.has(stems[v]);
    const achieved = ACHIEVED.has(stems[v]);
    if (out[v] !== 0 || (!RESULT_VERBS.has(stems[v]) && !fell && !achieved)) continue;
    const xe = sideEnd(stems, prefixes, marks, out, freq, v + 1);
    if (xe < 0) continue;
    let j = xe;
    if (achieved) {
      if (!RESULT_OBJECTS.has(stems[j] ?? '')) continue;
      j++;
      // One indefinite adjective of the result (فوزا كبيرا، فوزا ثمينا).
      if (j < out.length && !OPPONENT.has(stems[j]) && !prefixes[j] && stems[j].endsWith('ا') && out[j] === 0) j++;
    }
    if (j >= out.length || !OPPONENT.has(stems[j]) || out[j] !== 0 || (fell && stems[j] !== 'امام')) continue;
    const ye = sideEnd(stems, prefixes, marks, out, freq, j + 1);
    if (ye < 0 || (out[v + 1] !== 0 && out[j + 1] !== 0)) continue;
    for (const [b, e] of [[v + 1, xe], [j + 1, ye]]) markSpan(out, b, e, B_ORG, I_ORG);
    v = ye - 1;
  }
}

/**
 * A one-word team right before a town's rare nisba (أمام [المغرب التطواني]، أمام [الطليعة الجديدي]) takes it: the club is
 * named by both words, however the team was found.
 */
export function extendTownNisbas(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: number[], freq: (k: number) => number): void {
  for (let k = 0; k + 1 < out.length; k++) {
    if (out[k] === B_ORG && townNisbaAt(stems, prefixes, marks, out, freq, k + 1)) out[k + 1] = I_ORG;
  }
}
