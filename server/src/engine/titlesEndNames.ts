// Step 4 of adjustPersonBounds (personBounds.ts): a person name ends before the definite title of the next person.
import { beginTag, spanEnd } from './tagger';
import { PERSON_TITLES } from './triggers';
import { hasMark, NAME_LISTS } from './nameMarks';
import { wordSet as set } from './wordSets';

const B_PERS = beginTag('PERS');

/** Adjectives that make the word before them a title (الأمين العام، المدير التنفيذي), normalised. */
const RANK_ADJECTIVES = set('العام العامه التنفيذي التنفيذيه المساعد المساعده');

/**
 * 4. A name runs on into the title of the next person (ميشال عون [السفير] مصطفى أديب): a definite title that no name
 *    list holds ends no name. (Frequent unlisted last words were tried too: too many real surnames are frequent.)
 */
export function titlesEndNames(stems: string[], marks: readonly string[][], out: number[]): void {
  const isTitle = (w: string) => PERSON_TITLES.has(w) || (w.endsWith('ه') && PERSON_TITLES.has(w.slice(0, -1)));
  const n = out.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_PERS) continue;
    let e = spanEnd(out, b);
    while (e - b >= 3 || (e - b === 2 && !stems[b].startsWith('ال'))) {
      const last = e - 1;
      // A title the name lists hold too (الأمين، الأمينة) is the title when its rank adjective follows (الأمينة [العامة]).
      if (!stems[last].startsWith('ال') || !isTitle(stems[last]) || (hasMark(marks[last], NAME_LISTS) && !RANK_ADJECTIVES.has(stems[e] ?? ''))) break;
      out[last] = 0;
      e--;
    }
    b = e - 1;
  }
}
