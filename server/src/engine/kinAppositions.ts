// A kinship noun and its adjective after a name describe the person (اسماعيل [الابن البكر]), they are no part of the name.
import { beginTag, spanEnd } from './tagger';
import { wordSet as set } from './wordSets';

const B_PERS = beginTag('PERS');
/** Definite kinship nouns, normalised (ة as ه). */
const KIN = set('الابن الابنه الاب الام الاخ الاخت الزوج الزوجه الشقيق الشقيقه الحفيد الحفيده');

/**
 * A person span that ends in a definite kinship noun and one definite adjective after it (فاسماعيل [الابن البكر]،
 * فيليب [الابن الاكبر]) ends before the noun: "the eldest son" is said of the person. A kinship noun closing the span
 * alone stays (جورج بوش الابن، بوش الأب: how news tells the two presidents apart).
 */
export function kinAppositions(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    const kin = e - 2;
    if (kin > b && KIN.has(stems[kin]) && stems[e - 1].startsWith('ال') && !KIN.has(stems[e - 1])) {
      if (out === tags) out = tags.slice();
      out[kin] = 0;
      out[e - 1] = 0;
    }
    b = e - 1;
  }
  return out;
}
