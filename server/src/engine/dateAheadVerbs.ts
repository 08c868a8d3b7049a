// A bare weekday after a present verb of what is coming (ويعقد المجلس جلسته يوم الأربعاء، لتنحسر يوم الخميس) is ahead.
import { Cursor } from './dateCursor';
import { isListedPastVerb, joinedVerb } from './dateContext';

/**
 * Present verbs whose shape no past verb or common noun shares, after و/ف/ل: ي + three letters or more (يعقد، يختتم),
 * تت (تتأثر، تتراجع), تن and تست + three (تنحسر، تستمر). ت + three alone is left out: تحدث، توجه، تظاهر are past verbs too.
 */
const PRESENT = /^[وفل]?(ي[\u0621-\u064A]{3,}|تت[\u0621-\u064A]{2,}|تن[\u0621-\u064A]{3}|تست[\u0621-\u064A]{2,})$/;
/**
 * Words of that shape that are no verb (يوم، يونيو، يناير، ينابيع، يوسف) or verbal nouns of form II (تنفيذ، تنظيم). يناير and
 * ينابيع are spelled out: a bare ينا also caught the present verbs يناقش، ينافس، يناشد.
 */
const NOT_PRESENT = /^[وفل]?(يوم|يون|يول|يناير|ينابيع|يوس|يون|يحي|يزيد|يمن|يمين|يسار|يهود|تن[\u0621-\u064A]ي[\u0621-\u064A])/;
/** Present verbs of reporting: news quotes past words in the present (ويقول الوزير في تصريحات الخميس). */
const REPORTING = new Set(['يقول', 'تقول', 'يضيف', 'تضيف', 'يوكد', 'تؤكد', 'توكد', 'يشير', 'تشير', 'يري', 'تري', 'يوضح', 'توضح', 'يذكر', 'تذكر', 'يعتبر', 'تعتبر', 'يوجد', 'توجد', 'يعرف', 'تعرف']);
/** Words before a present verb that put it in the past (لم يعقد، كان يعمل): the search stops there. */
const PAST_FRAME = new Set(['لم', 'لما', 'كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'ظل', 'ظلت', 'بات', 'باتت']);
/** Clause bounds; بعد too (ويأتي القرار بعد اجتماع المجلس الخميس): the weekday dates the event before the verb. */
const STOPS = new Set(['.', '!', '?', '؟', '؛', '،', ',', ':', 'ان', 'انه', 'انها', 'الذي', 'التي', 'الذين', 'حيث', 'منذ', 'ومنذ', 'بعد', 'وبعد']);

/** Verbal nouns of suspending or closing (تعليق، تعطيل، إغلاق، تأجيل): what a decision suspends is ahead of it. */
const SUSPENSIONS = new Set(['تعليق', 'تعطيل', 'اغلاق', 'تاجيل', 'الغاء', 'وقف', 'منع', 'تمديد', 'ايقاف']);
/** Past verbs of deciding and announcing (قررت، أعلنت), with و/ف. */
const DECIDED = /^[وف]?(قرر|اعلن)(ت|وا)?$/;

/**
 * True when the clause before k opens with a past verb (وشهدت مدينة يافا، والتقى الرئيس ياسر): a word of a present verb's
 * shape after it with no و/ف/ل of its own is a name (يافا، ينبع، ياسر، يعقوب), not the clause's verb.
 */
function opensInPast(c: Cursor, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const w = c.norm(j);
    if (STOPS.has(w)) return false;
    if (isListedPastVerb(w)) return true;
    const opens = j === 0 || STOPS.has(c.norm(j - 1));
    // A clause's opening past verb joined by و (وشهدت، وتعرضت، وسجل), of no present verb's shape.
    if (opens) return joinedVerb(w) && !PRESENT.test(w);
  }
  return false;
}

/**
 * True when the nearest verb before the weekday at i, in its clause, is a present verb of that shape (not reporting),
 * or when a decision's verbal noun of suspending comes between its verb and the weekday (قررت الوزارة تعطيل الدوام يوم
 * الخميس; not قررت الحكومة يوم الأحد تعليق الدراسة, where the weekday is the decision's).
 */
export function presentVerbAhead(c: Cursor, i: number): boolean {
  let suspension = false;
  // Twelve words: a minister's title and name and the object between the verb and the weekday (ويعرض الوزير الأول … على مجلس الوزراء الاثنين).
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const w = c.norm(k);
    if (SUSPENSIONS.has(w)) suspension = true;
    if (suspension && DECIDED.test(w)) return true;
    if (STOPS.has(w) || isListedPastVerb(w)) return false;
    if (!PRESENT.test(w) || NOT_PRESENT.test(w)) continue;
    const bare = w.replace(/^[وفل]/, '');
    if (bare === w && opensInPast(c, k)) return false;
    return !REPORTING.has(bare) && !PAST_FRAME.has(c.norm(k - 1).replace(/^[وف](?=لم|كان)/, ''));
  }
  return false;
}
