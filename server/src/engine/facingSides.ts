// The two sides of a match frame (يحل X ضيفا على Y، يستضيف X، مباراة X وY، تعادل X مع Y، headline X يهزم Y): a club named by a common word there is the team.
import { beginTag, insideTag } from './tagger';
import { definite } from './namePatterns';
import { stripConj } from './quoteCues';
import { wordSet } from './wordSets';
import { listMarks, hasMark } from './nameMarks';
import { matchSlotAt, NOT_OPPONENTS, OPPONENT, PEOPLE_PLURAL, PLAY_VERBS, RESULT_VERBS, SPORTS_CUE_WORDS } from './sportsNews';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Verbs whose subject faces the side after على/مع/أمام/ضد (تعادل X مع Y، ويلتقي X مع Y): results, playing and meeting.
 * Normalised, و taken off before the lookup (the lexicon keeps ويلتقي whole).
 */
const FACING_VERBS: ReadonlySet<string> = new Set([...RESULT_VERBS, ...PLAY_VERBS, ...wordSet('يلتقي التقى سيلتقي سيلعب سيواجه')]);
/** A side's visit: its subject comes as a guest (يحل X ضيفا على Y). */
const GUEST_VERBS = wordSet('يحل حل تحل حلت سيحل ستحل');
const AS_GUEST = wordSet('ضيفا ضيفين');
/** Hosting a side (يستضيف X Y، استضاف X نظيره Y); the host of a tournament is a place, which the place lists keep out. */
const HOST_VERBS = wordSet('يستضيف تستضيف استضاف استضافت سيستضيف ستستضيف');
/** The guest named by its role before its name (يستضيف X نظيره Y، ضيفه Y). */
const COUNTERPARTS = wordSet('نظيره نظيرها ضيفه ضيفها');
/** Match nouns whose genitive and its و-joined second are the two sides (مباراة X وY، لقاء X وY). */
const MATCH_NOUNS = wordSet('مباراة لمباراة بمباراة مواجهة لقاء');
/** A headline's present result verb after its winner (X يهزم Y، X يكتسح Y، X يكسب قمة …). */
const HEADLINE_VERBS = wordSet('يهزم يكتسح يكسب يتغلب يفوز يسحق يقصي يعبر يتعادل يتخطى يجتاز');

/**
 * The side's role or the game's words, never a club's name in these frames (تعادل المنتخب مع …، مباراة الذهاب والإياب):
 * the team nouns and roles of teamSlots' NOT_SIDES, and what a host or a match holds that is no side.
 */
const NOT_NAMES = wordSet(`الفريق الفريقين المنتخب المنتخبات النادي الأندية الخصم المنافس الضيوف المضيف الضيف الزوار أصحاب الفائز الخاسر
  البطل الوصيف الذهاب الإياب النهائي القمة الافتتاح الختام اليوم الأمس الغد السوبر الموسم الأول الأولى الثاني الثانية الأخير الأخيرة
  الدورة النهائيات المنافسات الفعاليات المؤتمر الحفل الاجتماع الجولة الأدوار المرحلة المجموعة`);

/**
 * What a team overcomes or wins that is no side (تغلب الهلال على الغيابات، الهلال يكسب الرهان، يتخطى الصعاب): hardships,
 * stakes and conditions of a game, found facing a listed club in probes (session 60) and never a club's name.
 */
const HARDSHIPS = wordSet(`الغيابات الغياب الإصابات الإصابة الإرهاق التعب الضغوط الضغط الأزمة الأزمات الظروف الصعاب الصعوبات العقبة
  العقبات العوائق المشاكل المشكلات النقص الرهان الرهانات التحدي التحديات المعركة الثقة الاحترام العقدة النحس الهزيمة الخسارة
  الطقس الحرارة الرطوبة الأمطار البرد الإرهاب المال الأموال الملايين الجائزة الجوائز الصفقة العقد`);

/**
 * Who and where a club meets that is no team (يلعب الهلال مع الحكم، يلتقي الهلال مع الإدارة، الهلال يكسب الجمهور، يحل
 * ضيفا على العاصمة، مباراة الهلال والتحكيم): the game's officials, a club's own people and its public, a place's common noun.
 */
const GAME_PEOPLE = wordSet(`الحكم الحكام التحكيم الإدارة الجمهور الجماهير المشجعين الإعلام الصحافة اللاعب اللاعبين اللاعبون المدرب
  المدربين الرئيس الرئاسة الجهاز العاصمة المدينة البلدة القرية الملعب الملاعب الأرض الميدان`);

/** A name list that makes a word no club in these frames: a person, a place or a nationality (a given name aside: هلال). */
const NOT_CLUB_LISTS = listMarks(['LOC', 'NAT', 'PER', 'LAST', 'PLAST'], { exact: true });

type Side = 'team' | 'listed' | 'open' | 'none';

/**
 * What stands at k in a side's slot: a team already (an ORGANIZATION span starting, or for the left side ending, there),
 * a club the lists hold (one definite word, no person, place or nationality list), an open definite word that may be a side
 * when the other is a team, or nothing. A definite word right after it with no clitic makes a noun phrase (الاتحاد الأوروبي،
 * الهلال الأحمر، النصر المؤزر), no side; so does a people's plural or a role.
 */
function sideAt(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: readonly number[], k: number, left: boolean): Side {
  if (k < 0 || k >= stems.length) return 'none';
  if (out[k] === B_ORG || (left && out[k] === I_ORG && (k + 1 >= out.length || out[k + 1] !== I_ORG))) return 'team';
  if (out[k] !== 0 || (prefixes[k] !== '' && prefixes[k] !== 'و')) return 'none';
  const w = stems[k];
  if (!definite(w) || w.length < 5 || PEOPLE_PLURAL.test(w) || NOT_NAMES.has(w) || HARDSHIPS.has(w) || GAME_PEOPLE.has(w) || NOT_OPPONENTS.has(w) || SPORTS_CUE_WORDS.has(w)) return 'none';
  if (k + 1 < stems.length && definite(stems[k + 1]) && !prefixes[k + 1]) return 'none';
  if (hasMark(marks[k], NOT_CLUB_LISTS)) return 'none';
  return marks[k].includes('CLUB-S') ? 'listed' : 'open';
}

/**
 * The match frames of a sentence as [left side, right side] token pairs, the right side -1 where the frame names one side:
 * a facing verb X على/مع/أمام/ضد Y; a match noun X وY; يحل X ضيفا (على Y); يستضيف X (نظيره) Y; a headline opening with X
 * and a present result verb, Y after it or after على/مع/أمام. Bounded by the sentence: one pass over its tokens.
 */
export function matchFrames(stems: readonly string[], prefixes: readonly string[]): Array<[number, number]> {
  const n = stems.length;
  const frames: Array<[number, number]> = [];
  for (let k = 1; k < n; k++) {
    if (prefixes[k] !== '') continue;
    const before = stripConj(stems[k - 1]);
    if (FACING_VERBS.has(before) && k + 2 < n && OPPONENT.has(stems[k + 1])) frames.push([k, k + 2]);
    else if (MATCH_NOUNS.has(stems[k - 1]) && k + 1 < n && prefixes[k + 1] === 'و') frames.push([k, k + 1]);
    else if (GUEST_VERBS.has(before) && k + 1 < n && AS_GUEST.has(stems[k + 1])) frames.push([k, k + 3 < n && stems[k + 2] === 'علي' ? k + 3 : -1]);
    else if (HOST_VERBS.has(before)) frames.push([k, k + 2 < n && COUNTERPARTS.has(stems[k + 1]) ? k + 2 : k + 1 < n && !prefixes[k + 1] ? k + 1 : -1]);
  }
  const first = stems[0] === '"' ? 1 : 0;
  if (n > first + 2 && HEADLINE_VERBS.has(stems[first + 1])) frames.push([first, OPPONENT.has(stems[first + 2]) ? first + 3 : first + 2]);
  return frames;
}

/**
 * Where a club named by a body's head stays (dropBareHeads' keep): a result's side (matchSlotAt: تعادل الهلال مع [الاتحاد]) or
 * a side of a match frame (يحل [الاتحاد] ضيفا على …), the frames found once per sentence, at the first question.
 */
export function bareHeadSides(stems: readonly string[], prefixes: readonly string[]): (k: number) => boolean {
  let sides: Set<number> | undefined;
  return (k) => matchSlotAt(stems, k) || (sides ??= new Set(matchFrames(stems, prefixes).flat())).has(k);
}

/**
 * In a sports sentence, the sides of a match frame (matchFrames) are teams (ORGANIZATION): a listed club however common
 * its word (ويستضيف [الهلال] في الجولة المقبلة), and an open definite word facing a team or a listed club (يحل [الاتحاد]
 * ضيفا على الفتح، مباراة [الشباب] والفيصلي). In NewsFANE, WikiFANE, AQMAR and Wojood, of the sides of the verb and match
 * frames facing a team, 7 of 7 are tagged ORGANIZATION, listed clubs there 4 of 4; an open word facing no team is no sure
 * side (القرامطة، الأولى: 1 O, 2 NORP) and is left.
 */
export function tagFacingSides(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[], sports: boolean): number[] {
  if (!sports) return tags;
  let out = tags;
  const mark = (k: number) => {
    if (out === tags) out = tags.slice();
    out[k] = B_ORG;
  };
  for (const [x, y] of matchFrames(stems, prefixes)) {
    // A listed club is a team alone; an open word only facing a team or a listed club.
    const a = sideAt(stems, prefixes, marks, out, x, true);
    const b = y < 0 ? 'none' : sideAt(stems, prefixes, marks, out, y, false);
    const anchored = (s: Side) => s === 'team' || s === 'listed';
    if (a === 'listed' || (a === 'open' && anchored(b))) mark(x);
    if (b === 'listed' || (b === 'open' && anchored(a))) mark(y);
  }
  return out;
}
