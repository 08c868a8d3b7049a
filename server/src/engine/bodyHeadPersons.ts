// A body's head with its article, run into the person after it (الباحثة في [المنظمة] إيلاريا أليغروزي): the head points back to a body, the rest is the person.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { arabicFirst } from './normalize';
import { NOT_NAME_LISTS, hasMark, listMarks } from './nameMarks';
import { CLAUSE_STOPS } from './clauseVerbs';
import { THAT_PARTICLES, wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Heads of bodies with the article (normalised): alone they name the body the article named before, no name of their own. */
export const DEFINITE_HEADS = wordSet('المنظمة المفوضية الهيئة الجامعة الوكالة الوزارة الشركة اللجنة المؤسسة الجمعية الحركة الحزب المجلس البنك الصندوق المركز المعهد الرابطة النقابة البعثة الحكومة الشرطة الجيش');
/** The pass splits only a span opening at one of these heads as a stem: a sentence without one is left as it is. */
export const BODY_HEAD_CUE = wideCueBit([DEFINITE_HEADS]);
/** Training-text count below which an unlisted word may be a foreign given name. */
const RARE = 3;
/** Body and club lists as spelled: a word they hold after the head may be the body's own name. */
const BODY_LISTS = listMarks(['ORG', 'CLUB'], { exact: true });

/** What the pass reads of a sentence's tokens beyond stems and marks. */
export interface HeadReads {
  text: (k: number) => string;
  given: (k: number) => boolean;
  freq: (k: number) => number;
  /** Token k is a title or role noun (رئيس، المتحدث): a head in construct with it is the title's body, the name comes after. */
  title: (k: number) => boolean;
}

/**
 * A body span whose first word is a head with the article and whose next word has no clitic or article: a construct's head
 * takes no article, so the head is the body the text named before (المنظمة: the organisation), no part of a name, and the
 * words after it are the person the tagger ran into it (المتحدثة باسم [المفوضية] جنيفر باغونيس). The head is left O. Read so
 * when the span has three words or more and its second is a listed given name, or a rare word no place, people, body or club
 * list holds before another rare word (not the sentence's verb and object: إن الشركة تهدر المال العام); when the words after
 * the head end at a stop or at أن/إن (الحكومة سوراسك كيتيبونغ ان، للحزب بارك جي يون :), no body list holds them and, unless
 * the first is a given name, none has the article (a verb and its object: إن الشركة تهدر المال العام ،); or when
 * the head is a title's complement and one given or rare word follows it (رئيس الحكومة انان). A hamza-less أن the tagger
 * took at the span's end is left O.
 */
/** A token from `from` up to `to` carries a mark of `lists`: read in place, no slice per span. */
function markedIn(marks: readonly string[][], from: number, to: number, lists: RegExp): boolean {
  for (let k = from; k < to; k++) if (hasMark(marks[k], lists)) return true;
  return false;
}

/** A stem from `from` up to `to` has the article. */
function definiteIn(stems: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (stems[k].startsWith('ال')) return true;
  return false;
}

export function splitBodyHeadPersons(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  reads: HeadReads): number[] {
  const { text, given, freq, title } = reads;
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    const n = b + 1;
    let end = e;
    while (end - n > 1 && THAT_PARTICLES.has(stems[end - 1]) && !prefixes[end - 1]) end--;
    const bare = e - b >= 2 && DEFINITE_HEADS.has(stems[b]) && !prefixes[n] && !stems[n].startsWith('ال') && arabicFirst(text(n));
    const name = bare && (given(n) || (freq(n) < RARE && !hasMark(marks[n], NOT_NAME_LISTS)));
    const closed = end < tags.length && (CLAUSE_STOPS.has(text(end)) || (THAT_PARTICLES.has(stems[end]) && !prefixes[end]));
    const person = bare && (
      (end - b >= 3 && name && (given(n) || freq(n + 1) < RARE) &&
        !markedIn(marks, n, end, NOT_NAME_LISTS)) ||
      (name && closed && !markedIn(marks, n, end, BODY_LISTS) &&
        (given(n) || !definiteIn(stems, n + 1, end))) ||
      (name && end - b === 2 && b > 0 && title(b - 1)));
    if (person) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      markSpan(out, n, end, B_PERS, I_PERS);
      for (let k = end; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}
