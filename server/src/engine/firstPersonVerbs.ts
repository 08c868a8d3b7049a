// A word right after أنا/إنني/نحن read as a one-word person is the speaker's own present verb (وأنا [أرى] في حصوله).
import { beginTag, isInside } from './tagger';
import { Token } from './tokenize';
import { wordSet } from './wordSets';
import { SEEN_VERB } from './verbRunOns';

const B_PERS = beginTag('PERS');

/** Subject pronouns of the first person, normalised, with the prefix their present verb takes: أ for I, ن for we. */
const SINGULAR = wordSet('أنا إنني إني أنني لأنني');
const PLURAL = wordSet('نحن إننا أننا لأننا');

/**
 * A one-word person right after a first-person pronoun (و or ف on it too), beginning with that person's present prefix (أ
 * after أنا، ن after نحن), in no given-name list, whose third-person forms (ي/ت + the rest) the training text knows:
 * the pronoun's verb (غير أنني [أرى]، وأنا [أرى]), not a name (أنا [أحمد] is a given name: the list holds it).
 * `count(w)`: a normalised word's training count; `given(k)`: the given-name list holds token k (not the Wikidata parts: أري).
 */
export function firstPersonVerbs(sentence: readonly Token[], stems: readonly string[], tags: number[], count: (w: string) => number,
  given: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 1; k < sentence.length; k++) {
    if (tags[k] !== B_PERS || (k + 1 < tags.length && isInside(tags[k + 1])) || tags[k - 1] !== 0 || sentence[k - 1].kind !== 'word') continue;
    const pronoun = sentence[k - 1].norm.replace(/^[وف](?=..)/, '');
    const prefix = SINGULAR.has(pronoun) ? 'ا' : PLURAL.has(pronoun) ? 'ن' : '';
    const w = sentence[k].norm;
    if (!prefix || w !== stems[k] || !w.startsWith(prefix) || w.length < 3 || given(k)) continue;
    const rest = w.slice(1);
    // The verb's third-person forms (يرى، ترى) counted as verbRunOns counts a verb's kin.
    if (count('ي' + rest) + count('ت' + rest) < SEEN_VERB) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
