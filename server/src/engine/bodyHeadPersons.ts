// A body's head with its article, run into the person after it (الباحثة في [المنظمة] إيلاريا أليغروزي): the head points back to a body, the rest is the person.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { arabicFirst } from './normalize';
import { NOT_NAME_LISTS, hasMark } from './nameMarks';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Heads of bodies with the article (normalised): alone they name the body the article named before, no name of their own. */
const DEFINITE_HEADS = wordSet('المنظمة المفوضية الهيئة الجامعة الوكالة الوزارة الشركة اللجنة المؤسسة الجمعية الحركة الحزب المجلس البنك الصندوق المركز المعهد الرابطة النقابة البعثة');
/** Training-text count below which an unlisted word may be a foreign given name. */
const RARE = 3;

/**
 * A body span of three words or more whose first word is a head with the article and whose second is a given name the lists
 * hold, or a rare word no place, people, body or club list holds before another rare word (not the sentence's verb and
 * object: إن الشركة تهدر المال العام), with no clitic or article: a construct's head takes no
 * article, so the head is the body the text named before (المنظمة: the organisation), no part of a name, and the words
 * after it are the person the tagger ran into it (المتحدثة باسم [المفوضية] جنيفر باغونيس). The head is left O.
 */
export function splitBodyHeadPersons(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  text: (k: number) => string, given: (k: number) => boolean, freq: (k: number) => number): number[] {
  let out = tags;
  for (let b = 0; b + 2 < tags.length; b++) {
    if (tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    const n = b + 1;
    const person = e - b >= 3 && DEFINITE_HEADS.has(stems[b]) && !prefixes[n] && !stems[n].startsWith('ال') && arabicFirst(text(n)) &&
      (given(n) || (freq(n) < RARE && freq(n + 1) < RARE && !hasMark(marks[n], NOT_NAME_LISTS))) && !marks.slice(n, e).some((m) => hasMark(m, NOT_NAME_LISTS));
    if (person) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      markSpan(out, n, e, B_PERS, I_PERS);
    }
    b = e - 1;
  }
  return out;
}
