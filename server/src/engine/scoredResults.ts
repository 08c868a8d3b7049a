// A result with its score (فاز الكوكب على الطليعة 2-1): both sides are teams, whatever the lists or the tagger read of them.
import { beginTag, insideTag, isInside, markSpan, spanEnd } from './tagger';
import { MATCH_VERBS, NOT_OPPONENTS, OPPONENT, RESULT_VERBS, SPORTS_CUES } from './sportsNews';
import { PREPOSITIONS, wordSet } from './wordSets';
import { ACHIEVED, RESULT_OBJECTS } from './resultSides';
import { hasMark, listMarks } from './nameMarks';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const NAT_MARK_ANY = listMarks(['NAT']);
const FIRST_PER_MARK_ANY = listMarks(['FIRST', 'PER']);

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');
const B_LOC = beginTag('LOC');

/** A score in words (تعادلا سلبيا، بثلاثية نظيفة), with its ب on it or split off by the lexicon (ب + ثلاثية). */
const SCORE_WORDS = wordSet('سلبيا إيجابيا بهدفين بثنائية بثلاثية برباعية بخماسية بسداسية بثلاثة بأربعة بخمسة');
const GOAL_COUNTS = wordSet('هدفين ثنائية ثلاثية رباعية خماسية سداسية ثلاثة أربعة خمسة');
/** بهدف is a goal before its count or adjective (بهدف نظيف، بهدف وحيد), else an aim (بهدف تعزيز: in order to). */
const ONE_GOAL = wordSet('بهدف هدف');
const ONE_GOAL_AFTER = wordSet('نظيف وحيد واحد دون مقابل لهدف');
/** A side's own word for the other side or itself (نظيره، ضيفه) or a rank (الأولى: the first of the teams named), never a name. */
const NOT_SIDES = wordSet(`نظيره نظيرها نظيريه منافسه منافسها ضيفه ضيفها مضيفه مضيفها مستضيفه غريمه غريمها مضيفته ضيفته
  الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الأخير الأخيرة`);
/** A noun with its owner's pronoun (مضيفتها، فريقهم): the side's word for itself or the other, no name. */
const OWNER_PRONOUN = /(ها|هم|هما)$/;
/** Words of one side: a club's name, its town and a nisba (شباب بلوزداد، النجم الساحلي التونسي). */
const MAX_SIDE = 3;
/** A word this frequent in the training text is a common noun (الملعب، النادي): a nationality after it is the name's own. */
const COMMON = 100;

/** A score at k: a scoreline (3-1، 2 - صفر; wire copy that lost its dash: 3 صفر، 2 1) or a score in words. */
const scoreAt = (stems: readonly string[], prefixes: readonly string[], k: number): boolean => k < stems.length &&
  (/^\d{1,2}-\d{1,2}$/.test(stems[k]) || (/^\d{1,2}$/.test(stems[k]) && /^(\d{1,2}|صفر)$/.test((stems[k + 1] === '-' ? stems[k + 2] : stems[k + 1]) ?? '')) ||
    SCORE_WORDS.has(stems[k]) || (prefixes[k] === 'ب' && GOAL_COUNTS.has(stems[k])) ||
    (ONE_GOAL.has(stems[k]) && (stems[k] !== 'هدف' || prefixes[k] === 'ب') && ONE_GOAL_AFTER.has(stems[k + 1] ?? '')));

/** Sports nouns that open a club's name before its adjective (النادي الإفريقي، الملعب التونسي). */
const CLUB_HEADS = wordSet('النادي الملعب');

/** A clitic or a pronoun the text splits off as a token of its own (ب فوز ها): no word of a name. */
const SPLIT_AFFIXES = wordSet('و ف ب ل ك ه ها هم هما هن نا كم');
/** A result's noun before its owner's split pronoun (ب فوز ها على …). */
const RESULT_NOUNS = wordSet('فوز خسارة هزيمة تعادل انتصار');
/** When and how a result came, between the verb and the opponent (فاز الأهلي [اليوم] على …): no part of a side. */
const ADVERBS = wordSet('اليوم أمس الليلة مساء صباح مجددا أيضا بدوره بدورها كذلك');

/**
 * A word a side may hold: Arabic letters, no split clitic or pronoun, preposition (في القاهرة: where it was played) or
 * adverb of time, no sports noun (الفريق، المنتخب) or result (فوز), role or adverb (المنافس، الرغم), no side's pronoun noun.
 */
const sideWord = (stems: readonly string[], k: number): boolean => /^[\u0621-\u064A]+$/.test(stems[k]) && !SPLIT_AFFIXES.has(stems[k]) &&
  !PREPOSITIONS.has(stems[k]) && !ADVERBS.has(stems[k]) &&
  !SPORTS_CUES.has(stems[k]) && !MATCH_VERBS.has(stems[k]) && !RESULT_NOUNS.has(stems[k]) &&
  !NOT_OPPONENTS.has(stems[k]) && !NOT_SIDES.has(stems[k]) && !OWNER_PRONOUN.test(stems[k]) && !OPPONENT.has(stems[k]) && !RESULT_OBJECTS.has(stems[k]);

/** A side from b to e (exclusive): one to three side words without a clitic (بالقاهرة: where it was played). */
const sideSpan = (stems: readonly string[], prefixes: readonly string[], b: number, e: number): boolean => {
  if (e - b < 1 || e - b > MAX_SIDE) return false;
  for (let k = b; k < e; k++) if (prefixes[k] || (!sideWord(stems, k) && !(k === b && e - b > 1 && CLUB_HEADS.has(stems[k])))) return false;
  return true;
};

/** A person's side: read as a person, or opening on a given name or a nationality (فاز الإسباني رافائيل نادال على …). */
const personSide = (stems: readonly string[], marks: readonly string[][], b: number): boolean =>
  hasMark(marks[b], NAT_MARK_ANY) || (!stems[b].startsWith('ال') && hasMark(marks[b], FIRST_PER_MARK_ANY));

/**
 * The end of a side once a club's nationality after its name is left out (النجم الساحلي [التونسي]، الزمالك [المصري]), as
 * the project's sets tag it; a nationality after a common noun is the name's own (الملعب التونسي، النادي الإفريقي).
 */
function withoutNationality(marks: readonly string[][], freq: (k: number) => number, b: number, e: number): number {
  const last = e - 1;
  if (last === b || !hasMark(marks[last], NAT_MARK_ANY)) return e;
  return last - b >= 2 || freq(last - 1) < COMMON ? last : e;
}

/**
 * Tags b..e-1 as one organisation; a span the tagger ran on past e is cut there. A place or body the tagger read at b keeps
 * its own end: the words after it describe the side (على [لوكسمبورغ] الضعيفة).
 */
function tagSide(out: number[], b: number, e: number): void {
  if (out[b] === B_LOC || out[b] === B_ORG) e = Math.min(e, spanEnd(out, b));
  markSpan(out, b, e, B_ORG, I_ORG);
  for (let k = e; k < out.length && isInside(out[k]); k++) out[k] = 0;
}

/**
 * In a sports sentence, a result verb, its subject, على/مع/أمام and the other side, then the score (فاز [الكوكب] على
 * [الطليعة] 2-1، تعادل [شباب بلوزداد] مع [مولودية الجزائر] سلبيا، حقق [السد] فوزا كبيرا على [العربي] 5-0): the score
 * closes the second side and the opponent word the first, so both are teams of up to three words, short, indefinite or
 * read as places or persons though they are. Not two persons (tennis, chess: فاز نادال على فيدرر 3-1), a side opening on a
 * nationality or a given name, or a side's pronoun noun (نظيره، ضيفه).
 */
export function tagScoredResults(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: number[], freq: (k: number) => number): void {
  for (let v = 0; v + 3 < out.length; v++) {
    const verb = stems[v].startsWith('و') && !RESULT_VERBS.has(stems[v]) ? stems[v].slice(1) : stems[v];
    const achieved = ACHIEVED.has(verb);
    if (out[v] !== 0 || (!RESULT_VERBS.has(verb) && !achieved)) continue;
    // The first side runs to the opponent word (or the result object): within MAX_SIDE words.
    let j = v + 1;
    while (j < out.length && j - v <= MAX_SIDE + 1 && !OPPONENT.has(stems[j]) && !(achieved && RESULT_OBJECTS.has(stems[j]))) j++;
    if (j >= out.length || j - v > MAX_SIDE + 1 || !sideSpan(stems, prefixes, v + 1, j)) continue;
    const xEnd = j;
    if (achieved) {
      if (!RESULT_OBJECTS.has(stems[j])) continue;
      j++;
      // One indefinite adjective of the result (فوزا كبيرا).
      if (j < out.length && !OPPONENT.has(stems[j]) && !prefixes[j] && stems[j].endsWith('ا')) j++;
    }
    if (j >= out.length || !OPPONENT.has(stems[j]) || out[j] !== 0) continue;
    let s = j + 1;
    while (s < out.length && s - j <= MAX_SIDE + 1 && !scoreAt(stems, prefixes, s)) s++;
    if (s >= out.length || s - j > MAX_SIDE + 1 || !sideSpan(stems, prefixes, j + 1, s)) continue;
    const x = v + 1;
    const y = j + 1;
    if (personSide(stems, marks, x) || personSide(stems, marks, y) || (out[x] === B_PERS && out[y] === B_PERS)) continue;
    tagSide(out, x, withoutNationality(marks, freq, x, xEnd));
    tagSide(out, y, withoutNationality(marks, freq, y, s));
    v = s;
  }
}
