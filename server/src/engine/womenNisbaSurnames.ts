// A masculine nisba after a woman's title and given name is her family name (الباحثة [ليلى الجزائري]), not an adjective of hers.
import { beginTag, insideTag } from './tagger';
import { normalizeArabic } from './normalize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** A definite masculine nisba, normalised (الجزائري، المصري; not the feminine الجزائرية, whose ة folds to ه). */
const MASCULINE_NISBA = /^ال..+[^ي]ي$/;

/**
 * After a woman's title (الباحثة، الوزيرة، مديرة: a title ending in ة) and a given name, a definite masculine nisba is her
 * family name: as an adjective of hers it would be feminine (الجزائرية), so the tagger, which read a nationality and left
 * out the given name with it, is wrong (قالت الباحثة [ليلى الجزائري] من معهد باستور). The given name untagged or a person
 * alone; the nisba without a clitic. `titleAt(k)`: word k is a title; `givenAt(k)`: word k, or its whole form where the
 * splitter cut a letter off (ليلى as ل + يلى), is a listed given name.
 */
export function womenNisbaSurnames(stems: readonly string[], tags: number[], text: (k: number) => string, titleAt: (k: number) => boolean,
  givenAt: (k: number) => boolean): number[] {
  let out = tags;
  for (let g = 1; g + 1 < tags.length; g++) {
    const n = g + 1;
    if ((tags[g] !== 0 && tags[g] !== B_PERS) || tags[n] !== 0 || tags[g - 1] !== 0 || !titleAt(g - 1) || !stems[g - 1].endsWith('ه')) continue;
    if (!givenAt(g) || !MASCULINE_NISBA.test(stems[n]) || normalizeArabic(text(n)) !== stems[n]) continue;
    if (out === tags) out = tags.slice();
    out[g] = B_PERS;
    out[n] = I_PERS;
  }
  return out;
}
