// A company named without a head as the subject of a company's own act (استحوذت [زيمكو] على حصة، أطلقت [زيمكو] هاتفا).
import { wideCueBit } from './wideCues';
import { beginTag, insideTag } from './tagger';
import { wordSet } from './wordSets';
import { POSSESSIVE_END } from './pronounNouns';
import { RARE_WORD } from './nameMarks';
import { allBaseArabic } from './normalize';
import { derivedCommonNoun } from './derivedNouns';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * Feminine verbs of what a company does with its products, deals and money (normalised, without و/ف). A feminine verb
 * before its subject says the subject is a woman, a place or a body (شركة left unsaid); these acts are a company's, not a
 * speaker's: قالت، أكدت and the like are left out, for a woman named by her surname alone says them as often (وقالت ميركل).
 */
const COMPANY_ACTS = wordSet('أعلنت أطلقت استحوذت طرحت افتتحت طورت باعت تصدرت أبرمت كشفت ضخت استثمرت خفضت');
/** The same acts with و/ف still on the stem, as the clitic splitter leaves a verb it does not know (واستحوذت): one lookup, no copy per word. */
const JOINED_ACTS = new Set([...COMPANY_ACTS].flatMap((v) => ['و' + v, 'ف' + v]));
/** The pass's bit (wideCues.ts): a sentence without a company's act (أعلنت) is left as it is, so lateBodyPasses skips it there. */
export const COMPANY_SUBJECT_CUE = wideCueBit([COMPANY_ACTS, JOINED_ACTS]);
/** Adverbs and demonstratives that go right after a verb, which the article test misses (الأمس is rare in news). */
const NOT_NAMES = wordSet('أمس امس غدا أيضا كذلك مجددا مؤخرا حاليا سابقا لاحقا رسميا قبل بعد هنا هناك هذه هذا تلك ذلك مجرد');
/** The shapes of an elative (أنحف) and of a broken plural أفعال (أفران), normalised: a common word however rare. */
const ELATIVE_OR_PLURAL = /^(ا...|ا..ا.)$/;

/** The training text knows the word with the article too: a common noun (a name is not seen both ways). */
const commonWord = (w: string, freq: (w: string) => number) => freq('ال' + w) >= RARE_WORD;

/**
 * One word right after a verb of `COMPANY_ACTS` (with or without و/ف on it), that the tagger left O or read as a one-word
 * person, with no clitic, not definite, no place or person any list holds (`named`), is the company that acted:
 * `وأعلنت [زيمكو] أرباحا قياسية`. Not a common noun, the verb's object or its subject of another kind (أطلقت صواريخ،
 * وقعت اشتباكات، أعلنت مصادر): the training text knows those with the article too (`commonWord`), and an
 * accusative's singular in ا likewise (صاروخا), a dual's singular (شركتا: الشركة), and a derived verbal noun (توسيع), while
 * a name is never seen with the article and without it alike. Not a pronoun-suffixed word (أعلنت أنها), an adverb or a
 * demonstrative (أعلنت أمس، أطلقت هذه القوات), an elative or a plural أفعال (أنحف، أفران), nor a word before a definite one other than a nationality (the head of a
 * construct: أعلنت خلية الإعلام). `freq(w)`: training count of a normalised word. `out` is a copy when changed.
 */
export function tagCompanySubjects(stems: readonly string[], prefixes: readonly string[], tags: number[], named: (k: number) => boolean,
  freq: (w: string) => number, isNationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 1; k < stems.length; k++) {
    const verb = stems[k - 1];
    const act = COMPANY_ACTS.has(verb) || (!prefixes[k - 1] && JOINED_ACTS.has(verb));
    if (!act || (prefixes[k - 1] !== '' && prefixes[k - 1] !== 'و' && prefixes[k - 1] !== 'ف') || out[k - 1] !== 0) continue;
    const w = stems[k];
    const lone = out[k] === 0 || (out[k] === B_PERS && (k + 1 >= stems.length || out[k + 1] !== I_PERS));
    if (!lone || prefixes[k] || w.startsWith('ال') || w.length < 3 || !allBaseArabic(w) || POSSESSIVE_END.test(w) || NOT_NAMES.has(w) || named(k)) continue;
    if (ELATIVE_OR_PLURAL.test(w) || commonWord(w, freq) || (w.endsWith('ا') && commonWord(w.slice(0, -1), freq)) || derivedCommonNoun('ال' + w, freq) ||
      (/(تا|ات)$/.test(w) && commonWord(w.slice(0, -2) + 'ه', freq))) continue;
    // A definite word after it other than a nationality makes it the head of a construct (أعلنت خلية الإعلام الأمني).
    if (k + 1 < stems.length && stems[k + 1].startsWith('ال') && !isNationality(k + 1)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_ORG;
  }
  return out;
}
