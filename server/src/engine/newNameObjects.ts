// An unseen one-word name (a new company or body read as a person) run on into the verb's object after it (أطلقت زيمكو [هاتفا]).
import { beginTag, insideTag, spanEnd } from './tagger';
import { ANY_LISTS, hasMark } from './nameMarks';
import { KNOWN_FORM } from './pronounNouns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * personBounds' objectsEndNames drops an indefinite accusative whose singular the training text knows as a common noun
 * (COMMON_NOUN times). A rarer noun (هاتف, 10) stays in the name when the name itself is new: the subject of a company's or
 * body's verb the lists never saw. A person span of two words whose first word no list holds and whose second is an
 * accusative in ا (four letters or more, in no list) is cut after the first word when the singular is known to the text
 * (KNOWN_FORM times) and so is its definite form (الهاتف): an Arabic common noun, for a name is never seen with the article
 * and without it alike. Not after a listed word (نور [أسما]: a given name before its family name). `out` is changed in place.
 */
export function newNameObjects(stems: readonly string[], marks: readonly string[][], out: number[], wordFreq: (w: string) => number): void {
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] !== B_PERS || out[b + 1] !== I_PERS || spanEnd(out, b) !== b + 2) continue;
    const w = stems[b + 1];
    if (hasMark(marks[b], ANY_LISTS) || hasMark(marks[b + 1], ANY_LISTS) || w.length < 4 || !w.endsWith('ا') || w.startsWith('ال')) continue;
    const bare = w.slice(0, -1);
    if (wordFreq(bare) >= KNOWN_FORM && wordFreq('ال' + bare) >= KNOWN_FORM) out[b + 1] = 0;
  }
}
