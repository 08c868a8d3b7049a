// A body no text holds, governed by a title and run into the person after it (مؤسس [أمبير] [أحمد سالم]): the body apart from its head's holder.
import { beginTag, insideTag } from './tagger';
import { wordSet } from './wordSets';
import { ANY_NAME_LIST, hasMark } from './nameMarks';

const B_ORG = beginTag('ORG');
const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/**
 * Titles that govern the body they are held in, indefinite (مؤسس X: X's founder): a name right after one is its genitive,
 * the body, for the holder is named after it. With the article the title takes the holder's name at once (المدير أحمد).
 */
const CONSTRUCT_TITLES = wordSet('مؤسس مؤسسة رئيس رئيسة مدير مديرة صاحب صاحبة مالك مالكة');
/** A country's ending (قازاقستان، تانزانيا): the title then governs a country spelled as no list holds, a place, not a body. */
const COUNTRY_ENDING = /(ستان|يا)$/;
/** Words a person span must have for a body to be split off its front: the body, a given name, a later name. */
const MIN_WORDS = 3;

/**
 * A person span of `MIN_WORDS` or more right after a construct title (no article, no clitic but و), whose first word the
 * training text never met (`unseen(k)`) and no name list holds, and whose second word is a listed given name (`given(k)`):
 * the first word is the body the title is held in, one ORGANIZATION (a LOCATION if it ends as a country does), and the
 * person begins at the given name (رئيسة [نيرام] [مادلين ندوبايا]); a title the tagger took into the span is left out of both. `text(k)`: token k as written.
 * `out` is a copy when changed.
 */
export function splitBodyBeforePersons(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  unseen: (k: number) => boolean, given: (k: number) => boolean, text: (k: number) => string): number[] {
  let out = tags;
  for (let s = 0; s + MIN_WORDS <= tags.length; s++) {
    if (out[s] !== B_PERS) continue;
    let e = s + 1;
    while (e < out.length && out[e] === I_PERS) e++;
    // The title before the span, or taken into it by the tagger (مؤسس أمبير أحمد … read as one person).
    const inside = CONSTRUCT_TITLES.has(stems[s]);
    const t = inside ? s : s - 1;
    const b = t + 1;
    if (t < 0 || !CONSTRUCT_TITLES.has(stems[t]) || (prefixes[t] && prefixes[t] !== 'و') || prefixes[b] || e - b < MIN_WORDS - 1 || e - s < MIN_WORDS) { s = e - 1; continue; }
    // A feminine title must be written with ة: رئيسه is "its head" (ووصفه رئيسه [أبكر عبد الكريم]), the name his own.
    if (stems[t].endsWith('ه') && !text(t).endsWith('ة')) { s = e - 1; continue; }
    if (!unseen(b) || hasMark(marks[b], ANY_NAME_LIST) || !given(b + 1)) { s = e - 1; continue; }
    if (out === tags) out = tags.slice();
    if (inside) out[t] = 0;
    out[b] = COUNTRY_ENDING.test(stems[b]) ? B_LOC : B_ORG;
    out[b + 1] = B_PERS;
    s = e - 1;
  }
  return out;
}
