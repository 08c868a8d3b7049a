// An app named in quotes right after its head `تطبيق` (تطبيق " كلنا أمن "، أطلقت تطبيقا " زائر ") is a product: MISC, the head outside.
import { beginTag, insideTag, isInside, markSpan } from './tagger';
import type { Token } from './tokenize';
import { TITLE_OPENERS } from './quoteMarks';
import { closedTitleEnd, opensQuote } from './workTitles';
import { presentVerb } from './verbRunOns';
import { wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';
import { RULE_NOUNS } from './productRepeats';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** The head, normalised stems: the noun and its accusative (أطلقت تطبيقا " … "). */
const APP_HEADS = set('تطبيق تطبيقا');
/** The longest app name: longer quoted words are a statement or a slogan. */
const MAX_NAME_WORDS = 3;
/**
 * Demonstratives and particles: a quote opening on one is a phrase or a statement (تطبيق " هذا القرار "، تطبيق " سوف
 * يفشل "), never an app's name (the sets' apps: كتابي، سند، زائر، كلنا أمن، إنستاباي، ويبوك).
 */
const STATEMENT_OPENERS = set('هذا هذه ذلك تلك هؤلاء سوف قد لقد لن لم لا ليس ليست إن أن كان كانت');

export const APP_CUE = wideCueBit([APP_HEADS]);

/**
 * The one to three words quoted right after an indefinite `تطبيق` are the app's name (عبر تطبيق " [كلنا أمن] "، تطبيق " [سند] "),
 * whatever the tagger read inside: apps are named by common words, so no word count guards them. Not after `بتطبيق` nor
 * a definite word or a rule's noun first, where تطبيق is "applying" (بتطبيق " إرادة الرب "، تطبيق " الشريعة "،
 * تطبيق " خطة النقاط الخمس ")، not a quote opening with a present verb
 * (a statement: تطبيق " يحتاج إلى وقت "); a past verb's shape is no guard, apps are named by such words (" سند "). `wordFreq(w)`, `nameWord(w)`: training count of a word and whether the lists hold it as a name part.
 */
export function tagQuotedApps(sentence: readonly Token[], stems: readonly string[], tags: number[],
  wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let h = 0; h + 3 < n; h++) {
    const q = h + 1;
    if (!APP_HEADS.has(stems[h]) || tags[h] !== 0 || sentence[h].norm.startsWith('ب') || !TITLE_OPENERS.has(sentence[q].text) || !opensQuote(sentence, q)) continue;
    const e = closedTitleEnd(sentence, tags, q, MAX_NAME_WORDS);
    if (e < 0 || isInside(tags[q + 1])) continue;
    const first = sentence[q + 1];
    // A rule, law or plan first: تطبيق is applying it (تطبيق " خطة النقاط الخمس "، تطبيق " قانون قيصر ").
    if (first.kind === 'word' && (first.norm.startsWith('ال') || RULE_NOUNS.has(stems[q + 1]) || STATEMENT_OPENERS.has(first.norm) || presentVerb(first.norm, wordFreq, nameWord))) continue;
    out ??= tags.slice();
    markSpan(out, q + 1, e, B_MISC, I_MISC);
    h = e;
  }
  return out ?? tags;
}
