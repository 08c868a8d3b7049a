// A body named by its indefinite head and one word no text writes with the article (حركة [زمردي]، على شبكة [كرمالي]): a name no list holds.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { wordSet } from './wordSets';
import { POSSESSIVE_END } from './pronounNouns';
import { RARE_WORD } from './nameMarks';
import { allBaseArabic } from './normalize';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Heads that name a body by the word after them in construct (حركة طالبان، صحيفة معاريف، دار ميريت، تعاونية تيفاوين). Not heads of places or buildings;
 * not اتحاد، تيار، مجلس, whose indefinite complement is as often a common noun the training text met (اتحاد كتاب); not
 * مجموعة، شبكة, which group or net things of a science no news text holds (مجموعة فينيل، شبكة سطوح).
 */
const HEADS = wordSet('حركة شركة جمعية رابطة نقابة مؤسسة منظمة وكالة قناة صحيفة جريدة مجلة حزب مصرف جماعة جبهة تعاونية دار مكتبة');
/** The pass's bit (wideCues.ts): a sentence without an indefinite body head is left as it is, so lateBodyPasses skips it there. */
export const HEADED_NAME_CUE = wideCueBit([HEADS]);
/** Words after which دار is a verb of a clause (حيث دار، بعدما دار), normalised. */
const VERB_OPENERS = wordSet('حيث قد لقد وقد كما ثم عندما بعدما فيما حين حينما بينما الذي التي');
/** Words right after a head that are no name however rare (demonstratives, adverbs). */
const NOT_NAMES = wordSet('أمس امس غدا أيضا كذلك مجددا مؤخرا حاليا سابقا لاحقا رسميا هذه هذا تلك ذلك واحدة أخرى اخرى');
/** Possessive pronouns as split-clitic text writes them apart (FANE's `تصريحات ه`). */
const SPLIT_PRONOUNS = wordSet('ه ها هم هما هن كم نا');
/** A word's training count from which the tagger has met it as a word of the language (a verb, a noun): the tagger reads those itself. */
const KNOWN_WORD = 10;
/** The shapes of an elative (أكبر) and of a broken plural أفعال (أسواق), normalised: a common word however rare. */
const ELATIVE_OR_PLURAL = /^(ا...|ا..ا.)$/;
/** The shapes of a participle (مقاوم، معتدل، متطرف، مستقل، منفتح), normalised: an adjective of the head (حزب مقاوم), however rare. */
const PARTICIPLE = /^(م.ا..|م.ت..|مت...|مست...|من...)$/;

/**
 * An indefinite head of `HEADS` (a clitic on it allowed: لشبكة) that the tagger left O, and one word after it that the
 * tagger left O or read as a one-word place or person: the word is the body's name, and head and word one ORGANIZATION,
 * when the word carries no clitic and no article, is Arabic letters, and is no word of the language: the training text
 * knows it fewer than `KNOWN_WORD` times and never with the article (a common noun in construct is seen both ways:
 * شركة طيران، الطيران), it is no elative or plural أفعال, no accusative (شبكة طرقا) and no pronoun-suffixed noun. A word a
 * list holds as a place or person (`named`) is left to the lists (شركة ماجد الفطيم). `freq(w)`: training count of a
 * normalised word; `freqAt(k)`: token k's. `out` is a copy when changed.
 */
export function tagHeadedNames(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean,
  named: (k: number) => boolean, isNationality: (k: number) => boolean, freq: (w: string) => number, freqAt: (k: number) => number): number[] {
  let out = tags;
  const n = stems.length;
  for (let h = 0; h + 1 < n; h++) {
    // A head after ك is a likeness (كحزب مقاوم), not a body's name.
    if (out[h] !== 0 || !HEADS.has(stems[h]) || !isWord(h) || prefixes[h].endsWith('ك')) continue;
    // دار opening a clause is the verb "took place" (ودار سجال، حيث دار نقاش), not the publishing house.
    if (stems[h] === 'دار' && (/^[وف]$/.test(prefixes[h]) || (h > 0 && VERB_OPENERS.has(stems[h - 1])))) continue;
    const k = h + 1;
    const lone = out[k] === 0 || (!isInside(out[k]) && tagLabel(out[k]) !== 'ORGANIZATION' && (k + 1 >= n || !isInside(out[k + 1])));
    if (!lone || !isWord(k) || prefixes[k]) continue;
    const w = stems[k];
    if (w.startsWith('ال') || w.length < 3 || !allBaseArabic(w) || POSSESSIVE_END.test(w) || NOT_NAMES.has(w) || ELATIVE_OR_PLURAL.test(w) || PARTICIPLE.test(w)) continue;
    if (freqAt(k) >= KNOWN_WORD || freq('ال' + w) >= RARE_WORD || (w.endsWith('ا') && freq('ال' + w.slice(0, -1)) >= RARE_WORD) || named(k)) continue;
    // A feminine ending after a feminine head agrees with it (رابطة فضفاضة); a sound plural's singular is a common noun (مجموعة صفقات).
    if (w.endsWith('ه') || (w.endsWith('ات') && freq('ال' + w.slice(0, -2) + 'ه') >= RARE_WORD)) continue;
    // A masculine plural's construct form is a common noun too (جمعية مزارعي، نقابة معلمي: ال…ين is common).
    if (w.endsWith('ي') && freq('ال' + w + 'ن') >= RARE_WORD) continue;
    // A pronoun split off after it makes it a possessed common noun (دار مبعث ه: the house of his mission).
    if (k + 1 < n && SPLIT_PRONOUNS.has(stems[k + 1])) continue;
    // A definite word after it other than a nationality goes on with the name or makes it a construct (جريدة تلفراف الريف).
    if (k + 1 < n && isWord(k + 1) && stems[k + 1].startsWith('ال') && !isNationality(k + 1)) continue;
    if (out === tags) out = tags.slice();
    out[h] = B_ORG;
    out[k] = I_ORG;
    h = k;
  }
  return out;
}
