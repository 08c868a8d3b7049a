// A one-word MISC span that is a verb of the sentence (يؤهل، أفقده، واشتاقت): the tagger's misreading, no work or product.
import { beginTag, insideTag } from './tagger';
import { normalizeArabic } from './normalize';
import { pastVerb, presentVerb } from './verbRunOns';
import { listedMiscWord } from './miscNames';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** A past verb with its object pronoun (أفقده، أبلغها; normalised, so ة, which folds to ه, is told apart on the text): the lexicon keeps few such forms, so the bare past is tested. */
const OBJECT_PRONOUN = /(ه|ها|هم|هما|هن)$/;
/** A feminine past (اشتاقت، تباينت), not a plural's ات (مظلات). */
const FEMININE_PAST = /[^ا]ت$/;

/**
 * The word as written, or its rest after و/ف, is a present verb, a feminine past or a past with its object pronoun whose
 * other forms the training text knows, in no name or MISC list as spelled.
 */
export function sentenceVerb(written: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  const whole = normalizeArabic(written);
  const forms = /^[وف]/.test(whole) ? [whole, whole.slice(1)] : [whole];
  return forms.some((w) => w.length >= 4 && !nameWord(w) && !listedMiscWord(w) &&
    (presentVerb(w, wordFreq, nameWord) || (FEMININE_PAST.test(w) && pastVerb(w.slice(0, -1), wordFreq, nameWord)) ||
      (OBJECT_PRONOUN.test(w) && !written.endsWith('ة') && pastVerb(w.replace(OBJECT_PRONOUN, ''), wordFreq, nameWord))));
}

/**
 * Drops a one-word MISC span whose word, or its rest after و/ف, is a present verb, a feminine past or a past with its
 * object pronoun whose other forms the training text knows, in no list as spelled (a currency such as يوان or a
 * product such as آيفون is listed or has no such kin). A product's or work's one-word name is foreign, or a noun.
 */
export function dropVerbMisc(marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_MISC || tags[k + 1] === I_MISC || marks[k].length > 0) continue;
    // A word in quote marks of its own is a title, whatever its shape (أغنيته " تعبت "، فيلم " يعيش ").
    if (k > 0 && k + 1 < tags.length && TITLE_OPENERS.has(text(k - 1)) && TITLE_CLOSERS.has(text(k + 1))) continue;
    if (!sentenceVerb(text(k), wordFreq, nameWord)) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
