// A kinship noun beside a name describes the person: after it with its adjective (اسماعيل [الابن البكر]) or before it with its pronoun (شقيقته [هدى]); no part of the name.
import { beginTag, spanEnd } from './tagger';
import { wordSet as set } from './wordSets';
import { kinWithPronoun } from './kinNames';

const B_PERS = beginTag('PERS');
/** Definite kinship nouns, normalised (ة as ه). */
const KIN = set('الابن الابنه الاب الام الاخ الاخت الزوج الزوجه الشقيق الشقيقه الحفيد الحفيده');
/** "Son/daughter of" before a kinship noun with its pronoun (ابن عمها، بنت خاله): the relation is the two words. */
const CHILD_OF = set('ابن وابن بنت وبنت ابنه وابنه');
/** امه normalised is also أمة, which opens women's names before a divine name (أمة الله، أمة الرحمن). */
const AMA = /^[وفل]?امه$/;

/**
 * A person span that ends in a definite kinship noun and one definite adjective after it (فاسماعيل [الابن البكر]،
 * فيليب [الابن الاكبر]) ends before the noun: "the eldest son" is said of the person. A kinship noun closing the span
 * alone stays (جورج بوش الابن، بوش الأب: how news tells the two presidents apart).
 * A span opening with a kinship noun that carries its pronoun, alone or after ابن/بنت, and going on past it
 * (`وقالت [شقيقته هدى]`، `وقال [ابن عمها فيديل أوبيانغ]`، `[والده ابو محمد]`) begins after it: no name opens with "his
 * sister". `norm(k)`: token k normalised, whole (its clitic on it).
 */
export function kinAppositions(stems: readonly string[], tags: number[], norm: (k: number) => string = (k) => stems[k]): number[] {
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
    const rel = CHILD_OF.has(norm(b)) && b + 1 < e ? b + 1 : b;
    if (rel + 1 < e && out[rel + 1] !== 0 && kinWithPronoun(norm(rel)) && !(AMA.test(norm(rel)) && stems[rel + 1].startsWith('ال'))) {
      if (out === tags) out = tags.slice();
      for (let j = b; j <= rel; j++) out[j] = 0;
      out[rel + 1] = B_PERS;
    }
    b = e - 1;
  }
  return out;
}
