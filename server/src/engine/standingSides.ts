// Towns and countries standing as teams in a league table or a fixture: a side's points, its lead, its place, its next match.
import { beginTag, spanEnd } from './tagger';
import { hasBehindConjunction, wordSet } from './wordSets';
import { BIDS, placeToTeam } from './countryTeams';
import { wideCueBit } from './wideCues';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_STANDING_SIDES = new TagDraft();

const B_LOC = beginTag('LOC');

/** A table's points (رصيده إلى 41 نقطة): with a number they make a sentence a standing, not a balance or a stock index's move. */
const POINTS = wordSet('نقطة نقاط نقطتين');
/** After points, a rate's (3 نقاط مئوية، 50 نقطة أساس): a balance or a price moves by them, no side. */
const RATE_POINTS = wordSet('مئوية أساس');
/** What only a side owns, its pronoun on it (رصيده، صدارتها، شباكه): the place before it is a team. */
const SIDE_HOLDINGS = wordSet('رصيده رصيدها صدارته صدارتها');
/** A balance is a country's too (رفعت مصر رصيدها من الذهب): only the table's points make رصيد a side's. */
const BALANCES = wordSet('رصيده رصيدها');
/** A match's nouns that make a headline sports news with no cue word of sportsNews (يعزز صدارته بثلاثية في شباك …). */
const MATCH_NOUNS = wordSet('شباك بثلاثية بثنائية برباعية بخماسية الشوط');
/** Verbs of a place in the table (يحتل المركز الثالث), normalised. */
const TABLE_VERBS = wordSet('يحتل تحتل احتل احتلت');
/** The table's places after such a verb. */
const TABLE_PLACES = wordSet('المركز المرتبة الصدارة');
/** Words after which the table lists a side (في المركز الثالث خلف …، متقدمة على …، بفارق ست نقاط عن …). */
const BEHIND = wordSet('خلف');
const AHEAD = wordSet('متقدما متقدمة');
/** Verbs of a coming match whose subject is a side (ويلتقي … مع، ويستعد … لمواجهة). */
const FIXTURE_VERBS = wordSet('يلتقي تلتقي التقى التقت يستعد تستعد');
/** Words right after that subject that name the other side. */
const FIXTURE_LINKS = wordSet('مع لمواجهة لملاقاة ضد امام');
/** The same with their لـ split off by the lexicon (ل + مواجهة). */
const FIXTURE_NOUNS = wordSet('مواجهة ملاقاة');

/** A lead in points over the side after عن (بفارق تسع نقاط عن [تنزانيا]، بفارق نقطتين عن …): that side stands in the table too. */
const GAP = wordSet('بفارق فارق');
/**
 * A table's words, one of which a lead in points stands beside in sports news (يعزز صدارته، رصيده، المركز الثالث، يتصدر المجموعة):
 * an index's, an exam's or a poll's lead in points has none (سجلت تونس 40 نقطة في مؤشر … بفارق ثلاث نقاط عن [المغرب]).
 */
const STANDINGS = wordSet(`المركز الصدارة صدارة بصدارة صدارته صدارتها رصيد رصيده رصيدها الترتيب ترتيب المجموعة للمجموعة مجموعته مجموعتها
  يتصدر تتصدر تصدر تصدرت ويتصدر وتتصدر`);
/** Rankings no table holds even in a sentence the points gate as sports (an index, a survey, an exam): their leads are places'. */
const NOT_TABLES = wordSet('مؤشر المؤشر بمؤشر مؤشرات تصنيف التصنيف استطلاع الاستطلاع استطلاعات امتحان الامتحان الامتحانات اختبار الاختبار');
/** Words of a title or a match won in a sentence where a side loses على حساب (at the expense of): the beaten side. */
const WON = wordSet('لقب بلقب اللقب باللقب توج يتوج تتوج توجت يتوجون فاز فازت يفوز تفوز الفوز بفوز فوزه فوزها تأهل تأهلت يتأهل تتأهل');

/** A win's nouns before على and the beaten side (بفوز على الكويت، الفوز على …): no sports word needed, a place is won over only in a match. */
const WINS = wordSet('فوز الفوز بفوز فوزه فوزها بفوزه بفوزها');
/** tagStandingSides' bit (wideCues.ts): outside a sports sentence it reads only one with points, a match noun or a win. */
export const STANDING_CUE = wideCueBit([POINTS, MATCH_NOUNS, WINS]);

/** Rankings and contests that are no match: an index's points and table (مؤشر، البورصة), a war or an election won, normalised. */
const OTHER_RACES = wordSet('مؤشر المؤشر بمؤشر لمؤشر مؤشرات البورصة بورصة الأسهم السوق تصنيف التصنيف الحرب حرب المعركة الانتخابات انتخابات');


/**
 * In a sports sentence or a table's line (a number of points), a listed place read as a place is its team where it holds
 * a side's points or lead (ورفع [نواذيبو] رصيده، [نواذيبو] يعزز صدارته), takes a place in the table (ويحتل [تفرغ زينة]
 * المركز الثالث برصيد 33 نقطة), stands behind or ahead of a side in it (خلف [كوريا الجنوبية] [والأردن]، متقدمة على
 * [العراق]), meets another side (ويلتقي [تفرغ زينة] مع الكرامة), or is beaten (بفوز على [الكويت]). A place after في, ب or إلى is where a
 * match is played, and none of these slots; a medal table has no points, and its countries stay places.
 */
export function tagStandingSides(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[], sportsSentence: boolean): number[] {
  const matchNoun = stems.some((s) => MATCH_NOUNS.has(s));
  // Outside sports an index's points rank countries and markets (مؤشر السعادة، المؤشر العام), and a war is won too.
  const otherRace = !sportsSentence && !matchNoun && stems.some((s) => OTHER_RACES.has(s));
  const points = !otherRace && stems.some((s, k) => POINTS.has(s) && k > 0 && /^\d/.test(stems[k - 1]) && !RATE_POINTS.has(stems[k + 1] ?? ''));
  const beaten = (k: number) => !otherRace && k > 1 && stems[k - 1] === 'علي' && WINS.has(stems[k - 2]);
  if (!points && !sportsSentence && !matchNoun && !stems.some((_, k) => beaten(k))) return tags;
  const out = DRAFT_TAG_STANDING_SIDES.begin(tags);
  const listedPlace = (k: number) => out[k] === B_LOC && marks[k].some((m) => m.startsWith('LOC-'));
  const table = points && stems.some((s) => TABLE_PLACES.has(s));
  // The side after a lead in points (بفارق تسع نقاط عن …), its count a number or a word (نقطتين: no count).
  const standing = stems.some((s) => STANDINGS.has(s)) && !stems.some((s) => NOT_TABLES.has(s));
  const gapped = (k: number) => !otherRace && standing && k > 2 && stems[k - 1] === 'عن' && POINTS.has(stems[k - 2]) && (GAP.has(stems[k - 3]) || (k > 3 && GAP.has(stems[k - 4])));
  // The side a title or a match is won at the expense of (على حساب [تونس]), in sports news only and not a bid's or a seat's loser.
  const expense = sportsSentence && stems.some((s) => WON.has(s)) && !stems.some((s) => BIDS.has(s));
  // A nationality there is a player's (على حساب [الكوري الجنوبي] هييونغ تايك لي: a tennis player beaten), no team.
  const lost = (k: number) => expense && k > 1 && stems[k - 1] === 'حساب' && stems[k - 2] === 'علي' && !marks[k].some((m) => m.startsWith('NAT-'));
  for (let k = 0; k < out.length; k++) {
    if (!listedPlace(k)) continue;
    const e = spanEnd(out, k);
    const after = stems[e] ?? '';
    const next = stems[e + 1] ?? '';
    // The verb before the place, behind a joined و the lexicon may keep (ويحتل).
    const verbBefore = (words: ReadonlySet<string>) => k > 0 && hasBehindConjunction(words, stems[k - 1]);
    const holds = (w: string) => SIDE_HOLDINGS.has(w) && (points || !BALANCES.has(w));
    // The side's own points or lead, right after it or after its verb (نواذيبو يعزز صدارته).
    const owner = holds(after) || (out[e] === 0 && prefixes[e] === '' && holds(next));
    const placed = points && verbBefore(TABLE_VERBS) && TABLE_PLACES.has(after);
    const listed = (table && (BEHIND.has(stems[k - 1] ?? '') || (stems[k - 1] === 'علي' && k > 1 && hasBehindConjunction(AHEAD, stems[k - 2])))) || gapped(k);
    const fixture = sportsSentence && verbBefore(FIXTURE_VERBS) && (FIXTURE_LINKS.has(after) || (prefixes[e] === 'ل' && FIXTURE_NOUNS.has(after)));
    if (!owner && !placed && !listed && !fixture && !beaten(k) && !lost(k)) continue;
    placeToTeam(out, k);
    // Sides listed together (خلف كوريا الجنوبية والأردن): the place joined by و is another.
    let j = e;
    while (listed && j < out.length && prefixes[j] === 'و' && listedPlace(j)) { const f = spanEnd(out, j); placeToTeam(out, j); j = f; }
    k = j - 1;
  }
  return DRAFT_TAG_STANDING_SIDES.close(tags, out);
}
