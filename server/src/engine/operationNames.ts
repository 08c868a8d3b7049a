// A military or security operation named in quotes after an indefinite عملية (عملية " الرصاص المصبوب ") is an event: MISC.
import { beginTag, insideTag, markSpan } from './tagger';
import type { Token } from './tokenize';
import { TITLE_OPENERS } from './quoteMarks';
import { closedTitleEnd, opensQuote } from './workTitles';
import { endsAsNisba } from './namePatterns';
import { femininePast, pastVerb, presentVerb, verbalNoun } from './verbRunOns';
import { wordSet as set, wordSetWithArticle } from './wordSets';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** The indefinite head (normalised stem): the definite العملية before a quote is its subject, the quote what is said of it (العملية « تأتي نصرة … »). */
const OPERATION = set('عملية');
/** The longest operation name: longer quoted words are a statement. */
const MAX_NAME_WORDS = 4;
/** Training-text count below which a one-word name is the operation's own (a common one describes it: عملية " نوعية "). */
const RARE_NAME = 5;
const DEFINITE = /^ال../;
/** A form IV verbal noun as written (الإصلاح، الإعمار): its hamza below tells it from a plural (الأسوار), which folding loses. */
const FORM_IV_WRITTEN = /^الإ..ا.$/;
/** Verbal nouns of forms V and X that verbRunOns' shapes leave out (التحول، الاستفتاء), normalised. */
const FORM_V_X = /^ال(?:ت[^ا]{3}|است..ا.)$/;
/** Words that make عملية a surgery (normalised stems, with ال or without): the sentence names a doctor, a patient or surgery (not a hospital: war reports name those). */
const MEDICAL = wordSetWithArticle('طبيب طبيبة أطباء جراح جراحة جراحي جراحية جراحات مريض مريضة مرضى خضع يخضع تخدير');

/**
 * The words quoted right after an indefinite عملية, closed within four words, are the operation's name (تبدأ عملية
 * " [الرصاص المصبوب] "، وتعد عملية " [عمود السحاب] "), names the tagger read inside them too (عملية " درع [الفرات] "):
 * the guide tags named events MISC. Not a quote opening with a verb (a statement), not one common word or a nisba (عملية
 * " نوعية "، " جراحية "), not words that are neither definite nor a construct, nor a slogan with a present verb, nor a
 * body or person the lists hold (`listedAt(k)`) that the tagger read there, nor a process (a definite verbal noun first)
 * or a surgery (a medical word in the sentence); not a span running out of the marks. `freq(k)`: training count of token k; `wordFreq(w)`, `nameWord(w)`:
 * of a word, and whether the lists hold it as a name part (verbs are told as verbRunOns tells them).
 */
export function tagOperationNames(sentence: readonly Token[], stems: readonly string[], tags: number[], freq: (k: number) => number,
  wordFreq: (w: string) => number, nameWord: (w: string) => boolean, listedAt: (k: number) => boolean = () => false): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let h = 0; h + 3 < n; h++) {
    const q = h + 1;
    if (!OPERATION.has(stems[h]) || tags[h] !== 0 || !TITLE_OPENERS.has(sentence[q].text) || tags[q] !== 0 || !opensQuote(sentence, q)) continue;
    const e = closedTitleEnd(sentence, tags, q, MAX_NAME_WORDS);
    if (e < 0) continue;
    const first = sentence[q + 1].norm;
    if (sentence[q + 1].kind === 'word' && (presentVerb(first, wordFreq, nameWord) || pastVerb(first, wordFreq, nameWord) || femininePast(first, wordFreq, nameWord))) continue;
    // A present verb further in is a slogan or a statement too (شعار عملية " الشعب يريد إسقاط النظام ").
    let said = false;
    for (let k = q + 2; k < e && !said; k++) said = sentence[k].kind === 'word' && presentVerb(sentence[k].norm, wordFreq, nameWord);
    if (said) continue;
    // A definite verbal noun of a derived form names a process, not an operation (عملية " الانتقال السياسي "، " التخصيب
    // النووي "، " الإصلاح الشامل "): operations are named by things (الرصاص المصبوب، الجرف الصامد، الفجر الجديد).
    if (DEFINITE.test(first) && (verbalNoun(first, wordFreq) || FORM_V_X.test(first) || FORM_IV_WRITTEN.test(sentence[q + 1].text))) continue;
    // A doctor, a patient or surgery in the sentence makes it a surgery (أجرى الطبيب عملية " القلب المفتوح " للمريض).
    if (stems.some((s) => MEDICAL.has(s))) continue;
    // A body or person the lists hold, read as one by the tagger, is who carried the operation out (عملية " [حزب الله] ").
    let actor = true;
    for (let k = q + 1; k < e && actor; k++) actor = tags[k] !== 0 && listedAt(k);
    if (actor) continue;
    if (e === q + 2 && (freq(q + 1) >= RARE_NAME || endsAsNisba(first))) continue;
    // A name of words is definite or a construct (الرصاص المصبوب، درع الفرات): a statement is not (" استمرت ساعتين ").
    if (e > q + 2 && !DEFINITE.test(first) && !DEFINITE.test(sentence[q + 2].norm)) continue;
    out ??= tags.slice();
    markSpan(out, q + 1, e, B_MISC, I_MISC);
    h = e;
  }
  return out ?? tags;
}
