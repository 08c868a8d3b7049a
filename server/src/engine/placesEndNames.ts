// Step 7 of adjustPersonBounds (personBounds.ts): a place or body closing a person name is the sentence's, not the name's.
import { beginTag, insideTag, spanEnd } from './tagger';
import { normalizeArabic } from './normalize';
import { NAME_PARTICLES } from './triggers';
import { hasMark, NAME_LISTS, NOT_NAME_LISTS, listMarks } from './nameMarks';
import { COMMON_NOUN } from './pronounNouns';

const B_PERS = beginTag('PERS');
const PER_MARK_ANY = listMarks(['PER']);

const named = (marks: readonly string[][], k: number) => hasMark(marks[k], NAME_LISTS);
const notName = (marks: readonly string[][], k: number) => hasMark(marks[k], NOT_NAME_LISTS);

/**
 * 7. A listed body or place behind a preposition closing a name is not the name's; a listed place of two words closing
 *    a longer name (سونيا غاندي [إسلام آباد]) is the place after the name; so is one word closing a name of three that
 *    only the place lists hold (زار عمرو موسى [بيروت]: the visit's object), but not after a kunya or lineage word, whose
 *    name it is (أحمد أبو غزة).
 */
export function placesEndNames(stems: string[], marks: readonly string[][], out: number[], text: (k: number) => string, wordFreq: (w: string) => number): void {
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    // A word behind ل or ب that only a body or place list holds, one the training text knows well, is where the words go
    // (المدرب جمال [لرويترز] أن); a rare one is a surname's letters (محمد بنيس: not ب + نيس).
    if (e - b >= 2 && notName(marks, e - 1) && !named(marks, e - 1) && /^[لب]/.test(text(e - 1)) &&
      normalizeArabic(text(e - 1)).slice(1) === stems[e - 1] && wordFreq(stems[e - 1]) >= COMMON_NOUN) {
      out[e - 1] = marks[e - 1].includes('ORG-S') ? beginTag('ORG') : marks[e - 1].includes('LOC-S') ? beginTag('LOC') : 0;
    } else if (e - b >= 4 && marks[e - 2].includes('LOC-B') && marks[e - 1].includes('LOC-E') && !hasMark(marks[e - 2], PER_MARK_ANY)) {
      out[e - 2] = beginTag('LOC');
      out[e - 1] = insideTag('LOC');
    } else if (e - b >= 3 && marks[e - 1].includes('LOC-S') && !named(marks, e - 1) && !NAME_PARTICLES.has(stems[e - 2])) {
      out[e - 1] = beginTag('LOC');
    }
    b = e - 1;
  }
}
