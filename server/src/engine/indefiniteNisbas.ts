// An indefinite masculine nisba right after a lone given name is the family name (استطاعت [ميساء مغربي]), not an adjective of the name.
import { beginTag, insideTag } from './tagger';
import { normalizeArabic } from './normalize';
import { wordSet } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** An indefinite masculine nisba, normalised (مغربي، مصري; not مغربية, مغربيا, the article's المغربي). */
const INDEFINITE_NISBA = /^(?!ال)..+[^ي]ي$/;
/** What a nisba of origin is specified by (عراقي الأصل، مصري الجنسية): the nisba is then an adjective, normalised. */
const SPECIFIERS = wordSet('الأصل الجنسية المولد المنشأ الهوية الانتماء الأب الأم الدم');

/**
 * A name is definite, so an adjective after it takes the article (محمد المصري): a nationality without it, masculine and
 * not accusative (a predicate is مغربيا or, of a woman, مغربية), right after a one-word person the given-name lists hold,
 * is the family name the tagger left out (ميساء [مغربي]، سعيد [مصري]). Only a listed nationality (`isNationality`),
 * with no clitic on it, and not specified by the word after it (خالد عراقي الأصل: Iraqi by origin); a given name only
 * (`givenAt`): after a surname named alone a nationality word is read as it stands.
 */
export function indefiniteNisbas(stems: readonly string[], tags: number[], text: (k: number) => string, isNationality: (k: number) => boolean,
  givenAt: (k: number) => boolean): number[] {
  let out = tags;
  for (let g = 0; g + 1 < tags.length; g++) {
    const n = g + 1;
    if (tags[g] !== B_PERS || tags[n] !== 0 || !givenAt(g) || !isNationality(n)) continue;
    if (!INDEFINITE_NISBA.test(stems[n]) || normalizeArabic(text(n)) !== stems[n] || SPECIFIERS.has(stems[n + 1] ?? '')) continue;
    if (out === tags) out = tags.slice();
    out[n] = I_PERS;
  }
  return out;
}
