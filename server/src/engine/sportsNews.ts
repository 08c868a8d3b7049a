// Whether a sentence is sports news, and the match words the sports passes share (cue words, result and playing verbs).
import { FilteredSet } from './keyFilter';
import { normalizeArabic } from './normalize';
import { wordSet as set } from './wordSets';
import { cueBit, DASH_CUE, markBit } from './sentenceCues';

/** Words that make a sentence sports news (clitic-free, normalised; with and without ال). */
export const SPORTS_CUE_WORDS: ReadonlySet<string> = new Set(`
  مباراة مباريات الدوري دوري فاز يفوز تعادل خسر هدف هدفين أهداف المدرب مدرب لاعب اللاعب لاعبي فريق الفريق ملعب الملعب
  نادي النادي كأس الكأس بطولة البطولة الموسم ديربي المنتخب منتخب منتخبا منتخبي الجولة جولة ركلة ركلات الشوط تأهل التأهل نصف النهائي
  ضيفه مضيفه الصدارة المتصدر فازت خسرت تعادلت تغلب تغلبت هزم هزمت
  المباراة المباريات مباراتي التعادل الأهداف الهدف الحارس حارس المهاجم مهاجم هداف الهداف الديربي
  مرمى المرمى تصفيات التصفيات الترجيح مونديال المونديال مباراته مباراتها
`.split(/\s+/).filter(Boolean).map(normalizeArabic));
export const SPORTS_CUES = new FilteredSet(SPORTS_CUE_WORDS);

/** Guard words of the cue list, and the words after them that make a bodyguard or a watchman of them (normalised). */
const GUARDS = set('الحارس حارس');
const NOT_GOALKEEPER = set('الشخصي الشخصيين الخاص الأمني الليلي الأمن المبنى العقار البوابة القصر السجن الحدود المنزل');

/** Words between two clubs of a match report (normalised: على → علي). */
export const OPPONENT: ReadonlySet<string> = new Set(['علي', 'امام', 'مع', 'ضد']);
/**
 * بهدف is a goal or an aim (بهدف تعزيز التعاون: in order to): a goal before a goal's adjective, count or scorer (بهدف وحيد،
 * بهدف ثان، بهدف سجله) or right after a side's lead (تقدمه بهدف، تقدم ه بهدف). The lexicon keeps it whole, so SPORTS_CUE_WORDS
 * cannot hold it.
 */
const BY_GOAL = set('بهدف');
const GOAL_AFTER = set('واحد وحيد نظيف مبكر متأخر قاتل ثان ثاني ثالث رابع خامس سجله سجلها أحرزه أحرزها مقابل دون');
const LEADS = set('تقدمه تقدمها');
const goalAt = (stems: readonly string[], k: number) => BY_GOAL.has(stems[k]) && ((k + 1 < stems.length && GOAL_AFTER.has(stems[k + 1])) ||
  (k > 0 && LEADS.has(stems[k - 1])) || (k > 1 && (stems[k - 1] === 'ه' || stems[k - 1] === 'ها') && stems[k - 2] === 'تقدم'));
/** Bits of the sentence summary (sentenceCues.ts): without either, only a scoreline makes the sentence sports news. */
export const SPORTS_CUE = cueBit(SPORTS_CUE_WORDS, BY_GOAL);
export const OPPONENT_CUE = cueBit(OPPONENT);
/**
 * Words that make sports news only with the words next to them: a side's points a few words after its tally or the gap to
 * the next side (رفع رصيده إلى 58 نقطة، برصيد 33 نقطة، بفارق أربع نقاط), and the ball before its game (لكرة القدم). Points
 * alone are no cue (نقاط التفتيش، خطة من عشر نقاط), nor is the ball (الكرة الأرضية).
 */
const POINTS = set('نقطة نقاط نقطتين');
const TALLIES = set('رصيد رصيده رصيدها بفارق فارق');
const TALLY_REACH = 4;
const BALL = set('كرة الكرة لكرة');
const BALL_GAMES = set('القدم السلة اليد الطائرة');
export const POINTS_CUE = cueBit(POINTS, BALL);
const pointsAt = (stems: readonly string[], k: number) =>
  (POINTS.has(stems[k]) && stems.slice(Math.max(0, k - TALLY_REACH), k).some((s) => TALLIES.has(s))) ||
  (BALL.has(stems[k]) && k + 1 < stems.length && BALL_GAMES.has(stems[k + 1]));
/** Any mark of the clubs list (sentenceMarks): two clubs facing each other need one. */
export const CLUB_MARKS = markBit('CLUB-S', 'CLUB-B', 'CLUB-I', 'CLUB-E');

/** Verbs and nouns of a match result whose subject or opponent is a team (normalised, clitic-free). */
export const MATCH_VERBS = new Set(`
  فاز يفوز فازت تعادل يتعادل تعادلت خسر يخسر خسرت تغلب يتغلب تغلبت هزم يهزم هزمت تأهل يتأهل تأهلت توج تتوج يلتقي التقي يواجه واجه
  فوزه فوزا تعادله خسارته
`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** A match result right before the opponent's slot (فوزه على، الخسارة أمام، تعادله مع): the side after it is a team. */
export const RESULT_BEFORE_OPPONENT = new Set(`
  فاز فازت تعادل تعادلت خسر خسرت فوزه فوزها الفوز تعادله تعادلها خسارته خسارتها الخسارة هزيمته هزيمتها الهزيمة
`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** Definite words after على/مع/أمام that are an adverb or a side's role, not its name (على الرغم، على الفور، مع الضيوف). */
export const NOT_OPPONENTS = new Set(`
  الرغم الأقل الفور التوالي الإطلاق الأرجح الأغلب الأرض الضيوف المضيف المضيفين المنافس الخصم الخصوم المنافسين الزوار الجماهير
`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** A definite nisba plural (الكوريين، المحليين) is a people or a group of players, no club (NewsFANE: a people, untagged). */
export const PEOPLE_PLURAL = /^ال.{2,}ي(ين|ون)$/;

/** Result verbs whose subject right after them is a side of the match (not the nouns فوزه، تعادله: their owner comes before). */
export const RESULT_VERBS = new Set(`
  فاز يفوز فازت تفوز تعادل يتعادل تعادلت تتعادل خسر يخسر خسرت تخسر تغلب يتغلب تغلبت تتغلب هزم يهزم هزمت تأهل يتأهل تأهلت تتأهل
`.split(/\s+/).filter(Boolean).map(normalizeArabic));
/** A result verb in the sentence (sentenceCues.ts): two places facing each other after one are teams. */
const RESULT_VERB_CUE = cueBit(RESULT_VERBS);
/** Verbs of playing a match whose subject is a side (ويلعب [المغرب] مباراة الافتتاح); not hosting (تستضيف قطر البطولة: the host country). */
export const PLAY_VERBS = new Set('يلعب لعب تلعب لعبت يواجه واجه تواجه واجهت يلاقي لاقى تلاقي لاقت'.split(' ').map(normalizeArabic));

/** A match's words (مباراته، مشواره، خسارتها، سيلعب، المنتخب; لقائ the stem FANE splits ه from: لقائ ه): one of them a few words before أمام/ضد/لمواجهة makes the country there an opponent. */
const MATCH_WORDS = new Set(`مشوار مشواره مشوارها مباراته مباراتها مباراتهم مباراة المباراة لقاء اللقاء لقائه لقائها لقائ الملحق منتخب المنتخب منتخبها منتخبه منتخبنا فريق الفريق
  فريقه فريقها لاعبو لاعبي مهاجم مدرب سيلعب سيواجه
  ${[...RESULT_BEFORE_OPPONENT].join(' ')}`.split(/\s+/).filter(Boolean).map(normalizeArabic));
const MATCH_REACH = 5;
/** A match's word or verb in the few words before k (مباراة اليوم [أمام]): what makes أمام/ضد there face a side. */
export const matchWordBefore = (stems: readonly string[], k: number) =>
  stems.slice(Math.max(0, k - MATCH_REACH), k).some((s) => MATCH_WORDS.has(s) || MATCH_VERBS.has(s) || PLAY_VERBS.has(s));

/** Words between a result and its opponent's slot at most (تعادل [الهلال] مع …، فاز الفريق بسهولة على …). */
const SLOT_REACH = 4;

/**
 * Token k is a side of a match result: the opponent after على/مع/أمام/ضد with a match verb or result a few words before
 * (تعادل الهلال مع [الاتحاد]), or the subject right after a result verb that faces one (فاز [الاتحاد] على …). A club named
 * by a body's head (الاتحاد، الشرطة، الجيش) stands there as a team, not as the bare common noun.
 */
export function matchSlotAt(stems: readonly string[], k: number): boolean {
  if (k < 1) return false;
  if (OPPONENT.has(stems[k - 1])) {
    for (let j = Math.max(0, k - 1 - SLOT_REACH); j < k - 1; j++) if (MATCH_VERBS.has(stems[j]) || RESULT_BEFORE_OPPONENT.has(stems[j])) return true;
    return false;
  }
  return RESULT_VERBS.has(stems[k - 1]) && k + 1 < stems.length && OPPONENT.has(stems[k + 1]);
}

/** An ASCII digit, tested before the scoreline expression: most words fail it without running the expression. */
export const isDigit = (c: number) => c >= 48 && c <= 57;

// The tests that make a sentence sports news, as functions of it: most sentences fail them, and closures made for the
// test were garbage per sentence.
/** A scoreline (2 - 1، 4 - صفر) makes a results line sports news even without a cue word. */
export function scoreline(stems: readonly string[]): boolean {
  return stems.some((s, k) => (s === '-' && k > 0 && /^\d+$/.test(stems[k - 1]) && k + 1 < stems.length && /^(\d+|صفر)$/.test(stems[k + 1])) ||
    (s.length >= 3 && s.length <= 5 && isDigit(s.charCodeAt(0)) && /^\d{1,2}-\d{1,2}$/.test(s)));
}

/** A draw's verbs and nouns: before مع/أمام a few words on they are a match's (تعادل مع [الكرخ]، وتعادله أمام …; the corpora's text 16 in 17). */
const DRAWS = set('تعادل يتعادل تعادلت تتعادل التعادل بتعادل تعادله تعادلها');
const DRAW_REACH = 3;

/** A guard with a word saying whose or of what (الحارس [الشخصي] للرئيس، حارس [الأمن]) is no goalkeeper; بهدف counts as goalAt says. */
export function sportsWord(stems: readonly string[], cues: number): boolean {
  return ((cues & SPORTS_CUE) !== 0 && stems.some((s, k) => (SPORTS_CUES.has(s) && !MATCH_VERBS.has(s) &&
    !(GUARDS.has(s) && k + 1 < stems.length && NOT_GOALKEEPER.has(stems[k + 1]))) ||
    (DRAWS.has(s) && stems.slice(k + 1, k + 1 + DRAW_REACH).some((w) => w === 'مع' || w === 'امام')) || goalAt(stems, k))) ||
    ((cues & POINTS_CUE) !== 0 && stems.some((_, k) => pointsAt(stems, k)));
}

/**
 * A result verb alone is no cue (خسر القطن المصري مكانته، التقى الوزير): it takes a sports noun, a scoreline, or listed
 * clubs on both sides of `على`/`مع`/`أمام`. Facing clubs need a word between them (على، مع، أمام، ضد). Two listed places
 * facing each other after a result verb (وتعادل [العراق] مع [السعودية]) are two teams. `على` and `مع` are in most
 * sentences: the scans behind them run only where a club mark or a result verb is too.
 */
export function facing(stems: readonly string[], marks: readonly string[][], cues: number, listed: number): boolean {
  const club = (k: number) => k >= 0 && k < stems.length && marks[k].some((m) => m.startsWith('CLUB-'));
  const place = (k: number) => k < stems.length && marks[k].includes('LOC-S');
  return ((listed & CLUB_MARKS) !== 0 && stems.some((s, k) => OPPONENT.has(s) && club(k - 1) && club(k + 1))) ||
    ((cues & RESULT_VERB_CUE) !== 0 && stems.some((s, k) => RESULT_VERBS.has(s) && place(k + 1) && OPPONENT.has(stems[k + 2]) && place(k + 3)));
}

/**
 * A sentence the sports passes read: a sports word, a scoreline, or two sides facing each other (see sportsWord and facing).
 * `word`: sportsWord's answer when the caller has it already (the stems are the same for every pass of a sentence).
 */
export const sportsSentence = (stems: readonly string[], marks: readonly string[][], cues: number, listed: number,
  word = sportsWord(stems, cues)): boolean =>
  word || ((cues & DASH_CUE) !== 0 && scoreline(stems)) || ((cues & OPPONENT_CUE) !== 0 && facing(stems, marks, cues, listed));

/** What the sports passes ask of a sentence, read once per sentence: a sports word (sportsWord), sports news (sportsSentence). */
export interface SportsGate { word: boolean; sentence: boolean }
