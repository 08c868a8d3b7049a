// A lone word that ICU names as a country is the country, not a person, whatever the given-name lists say (إن [جورجيا] تتعرض).
import { beginTag, insideTag } from './tagger';
import { icuRegionNames } from './regionNames';
import { PERSON_TITLE_FORMS } from './triggers';
import type { Token } from './tokenize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const B_LOC = beginTag('LOC');

/**
 * A person span of one word whose form (after و/ف) is an ICU country name becomes that place. Given names that are also
 * countries (جورجيا, إسرائيل) made the tagger read the country as a person; across the four training corpora and our
 * own sets a lone country word is a person 3 times (annotation slips) against thousands of places. After a title
 * (`الممثلة جورجيا`) the word is the given name and stays a person.
 */
export function countriesNotPersons(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_PERS || tags[k + 1] === I_PERS) continue;
    if (k > 0 && PERSON_TITLE_FORMS.has(stems[k - 1])) continue;
    const regions = icuRegionNames();
    const w = sentence[k].norm;
    if (!regions.has(w) && !regions.has(w.replace(/^[وف]/, ''))) continue;
    if (out === tags) out = [...tags];
    out[k] = B_LOC;
  }
  return out;
}
