// A verb opening a clause that the tagger read as a given name before its subject's title (وأشرف وزير الداخلية): no person.
import { beginTag, spanEnd } from './tagger';
import { PERSON_TITLE_FORMS } from './triggers';

const B_PERS = beginTag('PERS');
/** Training-text count from which an unlisted word is common enough to be read as the word it is (a verb), not a name. */
const COMMON_WORD = 20;

/**
 * A one-word person with و or ف on it, before a title, is the verb whose subject the title opens (وأشرف [وزير الداخلية]
 * على، وحافظ [الأمير] على): the corpora follow a lone name at a clause's start with a title 1 time in 420, and the word
 * must be common in the training text. (Without the conjunction, a sentence may open with a name and its title; a longer
 * span opening with such a verb, وعاد الطبوبي, was tried: the name lists hold too many verbs as name parts.)
 * Only where the word opens its clause, at the sentence's start or after punctuation: after another word it is a name
 * joined to the one before, with its own title in apposition (بين أولمرت [وعباس] رئيس السلطة، بوش [وبلير] رئيس الوزراء).
 * `freq(k)`: the training-text count of token k's stem; `afterWord(k)`: a word (not punctuation) comes right before token k.
 */
export function dropClauseVerbNames(stems: string[], prefixes: string[], tags: number[], freq: (k: number) => number, afterWord: (k: number) => boolean): number[] {
  if (tags.indexOf(B_PERS) < 0) return tags;
  const out = [...tags];
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    if (e - b === 1 && /^[وف]/.test(prefixes[b]) && e < out.length && out[e] === 0 && PERSON_TITLE_FORMS.has(stems[e]) && !afterWord(b) && freq(b) >= COMMON_WORD) out[b] = 0;
    b = e - 1;
  }
  return out;
}
