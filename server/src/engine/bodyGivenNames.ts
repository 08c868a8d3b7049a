// A given name a listed body ran into, right before the person it opens (مفوضية الاتحاد الأفريقي [ألفا] عمر كوناري): the person's.
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { EXACT_NAME_LISTS, hasMark, listMarks } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Any body or club list's mark on a word (a phrase's word at any place), exact or folded. */
const BODY_ANY = listMarks(['ORG', 'CLUB']);
/** Any place or people list's mark, exact or folded. */
const PLACE_ANY = listMarks(['LOC', 'NAT']);

/**
 * A body span of three words or more whose last word but one closes a phrase the body list holds (ORG-E) and whose last word
 * no body or club list holds while a name list holds it as spelled (no place list and no article either, unless a listed
 * person's name opens there), with a person span right after it: the
 * listed body ended where the list says, and the word the tagger ran it on with is the given name of the person after
 * (رئيس مفوضية الاتحاد الأفريقي ألفا | عمر كوناري). The person starts there.
 */
export function bodyGivenNames(marks: readonly string[][], tags: number[], text: (k: number) => string): number[] {
  let out = tags;
  for (let k = 2; k + 1 < tags.length; k++) {
    if (tags[k + 1] !== B_PERS || !isInside(tags[k]) || tagLabel(tags[k]) !== 'ORGANIZATION' || tagLabel(tags[k - 1]) !== 'ORGANIZATION') continue;
    // The span holds at least two words before this one (a listed body of two words or more).
    if (!isInside(tags[k - 1])) continue;
    if (!marks[k - 1].includes('ORG-E') || hasMark(marks[k], BODY_ANY) || !hasMark(marks[k], EXACT_NAME_LISTS)) continue;
    // A listed person's name opening at the word (ألفا عمر كوناري) settles it, though a village is called so too, or the
    // hamza-less spelling reads like the article (الفا); else no place list and no article (an adjective of the body).
    if (!marks[k].includes('PER-B') && (hasMark(marks[k], PLACE_ANY) || text(k).startsWith('ال'))) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    out[k + 1] = I_PERS;
  }
  return out;
}
