// Sides before a score in sports news (هزم فيها [المرخية] 5 - صفر): the word or place right before a match score is a team.
import { normalizeArabic } from './normalize';
import { beginTag, insideTag, markSpan } from './tagger';
import { isDigit, MATCH_VERBS, OPPONENT, SPORTS_CUES } from './sportsNews';
import { NOT_SIDES } from './teamSlots';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** A match score as the stems spell it: `4 - صفر`، `2 - 1` (three tokens) or `2-1`; years (2006 - 2007) are no score. */
function scoreAt(stems: readonly string[], k: number): boolean {
  const goals = (s: string | undefined) => s !== undefined && (/^\d{1,2}$/.test(s) || s === 'صفر');
  return (/^\d{1,2}$/.test(stems[k]) && stems[k + 1] === '-' && goals(stems[k + 2])) || /^\d{1,2}-\d{1,2}$/.test(stems[k]);
}

/** How many match scores the sentence holds: more than one makes a results line. */
export function scorelines(stems: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < stems.length; k++) if (isDigit(stems[k].charCodeAt(0)) && scoreAt(stems, k)) n++;
  return n;
}

/** What a score counts (بواقع أشواط 6 - 4، بفارق نقاط، نسبة الاستحواذ 60 - 40): no side of the match. */
const SCORE_NOUNS = new Set('أشواط اشواط نقاط أهداف اهداف جولات مجموعات أشواطا الاستحواذ استحواذ التسديدات الركنيات'.split(' ').map(normalizeArabic));
/** Training-text count below which a word right before a score is a team's name the lists lack (المرخية، مسيمير). */
const RARE_SIDE = 3;
/**
 * Training-text count below which a definite word joined by و before a score in a results line (two scores or more) is a
 * side (هزم فيها المرخية 5 - صفر [والأهلي] 4 - صفر): the list of results leaves it no other reading, short of an ordinary
 * noun of the language (الحزب، العام).
 */
const LISTED_RESULT_SIDE = 100;

/** A word in the opponent's slot of a person (تغلب [ديوكوفيتش] على نادال 6 - 4): a player, no team. */
function personsFacing(stems: readonly string[], out: readonly number[], j: number): boolean {
  if (j < 2 || !OPPONENT.has(stems[j - 1])) return false;
  let b = j - 2;
  while (b > 0 && out[b] === I_PERS) b--;
  return out[b] === B_PERS;
}

/**
 * The side right before a score in a sports sentence (هزم فيها [المرخية] 5 - صفر و[الأهلي] 4 - صفر، فازت الغابون على
 * [مدغشقر] 4 - صفر) is a team: a place span there is ORGANIZATION, and so is a word O that a place or club list holds or
 * that the training text hardly knows. Not a word behind a preposition (بنتيجة 2 - 1) nor a sports word (الشوط 1 - 0).
 */
export function sidesBeforeScores(stems: readonly string[], marks: readonly string[][], out: number[], freq: (k: number) => number, prefixes: readonly string[]): void {
  // Whether the sentence is a results line, asked only of a word the other readings left (most sentences hold one score).
  let results: boolean | undefined;
  for (let k = 1; k < stems.length; k++) {
    if (!isDigit(stems[k].charCodeAt(0)) || !scoreAt(stems, k)) continue;
    const j = k - 1;
    if (out[j] === B_LOC || out[j] === I_LOC) {
      let b = j;
      while (b > 0 && out[b] === I_LOC) b--;
      if (out[b] !== B_LOC) continue;
      markSpan(out, b, j + 1, B_ORG, I_ORG);
    } else if (out[j] === 0 && !personsFacing(stems, out, j) && (!prefixes[j] || prefixes[j] === 'و') && stems[j].length >= 4 && /^[\u0621-\u064A]/.test(stems[j]) &&
      !SPORTS_CUES.has(stems[j]) && !MATCH_VERBS.has(stems[j]) && !SCORE_NOUNS.has(stems[j]) &&
      // A definite word right after a definite noun left O is its adjective (على البلد [المضيف] 2 - 0), no side.
      !(stems[j].startsWith('ال') && !prefixes[j] && out[j - 1] === 0 && stems[j - 1].startsWith('ال')) &&
      (marks[j].some((m) => m === 'CLUB-S' || m === 'LOC-S') || freq(j) < RARE_SIDE ||
        (prefixes[j] === 'و' && stems[j].startsWith('ال') && !NOT_SIDES.has(stems[j]) && freq(j) < LISTED_RESULT_SIDE && (results ??= scorelines(stems) > 1)))) out[j] = B_ORG;
  }
}
