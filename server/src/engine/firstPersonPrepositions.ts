// A preposition with "me" closing a person's name (واقترب [كريم] مني ،) is the sentence going on, never a name part.
import { beginTag, insideTag } from './tagger';
import { withoutMarks } from './normalize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * من، عن، مع with the first-person pronoun, as written with ي (مني، عني، معي). The name lists fold ى onto ي, so مني meets منى
 * (Mona) and the tagger runs a lone given name into it (`وطلب [أحمد مني] :`); in the four training corpora the three words
 * stand 14 times, all O. Only as a name's last word after another: opening a name مني is Minni or Egypt's spelling of Mona
 * (`[مني أركو مناوي]`).
 */
const FIRST_PERSON_PREPOSITIONS = new Set(['مني', 'عني', 'معي']);

/** A person span of two words or more ending in one of them ends before it. `text(k)`: token k as written. */
export function endNamesAtFirstPersonPrepositions(tags: number[], text: (k: number) => string): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== I_PERS || tags[k + 1] === I_PERS || !FIRST_PERSON_PREPOSITIONS.has(withoutMarks(text(k)))) continue;
    if (tags[k - 1] !== B_PERS && tags[k - 1] !== I_PERS) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
