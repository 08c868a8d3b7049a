// A foreign family name that opens with وال (والكين، والاس، والش) after a given name: the name's, not و + a definite word.
import { beginTag, insideTag, spanEnd } from './tagger';
import { Token } from './tokenize';
import { NOT_NAME_LIST, RARE_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Letters after وال: a foreign surname's rest (كين، تر; ش alone is too short to tell from a clitic's word). */
const MIN_REST = 2;
/** Training count under which the bare rest (كين: Roy Keane's surname, 6) is no noun of the language. */
const BARE_NOUN = 10;
/** A definite nisba adjective (الطبي، الشعبيه normalised): it agrees with a definite noun before it, never with a name. */
const DEFINITE_ADJECTIVE = /^ال[\u0621-\u064A]{2,}(ي|يه)$/;

/**
 * `الممثل [كريستوفر] والكين`: the clitic splitter reads a surname opening with وال as و + a definite word, and the tagger
 * ends the name at the given name alone. A lone given name followed by such a word that the training text never saw — whole,
 * as a definite word, and hardly bare — is that person's full name: a conjoined definite word is one the language uses
 * (`محمد والوفد المرافق`، `بوتين والمسيرات`: مسيرات is known). Not a word a place or body list holds whole (the splitter's
 * stem, كين, may be a place's: its marks do not count). `isGiven(k)`: token k is a listed given name; `lists(w)`: the name
 * lists holding the form w.
 */
export function walSurnames(sentence: readonly Token[], tags: number[], wordFreq: (w: string) => number, isGiven: (k: number) => boolean,
  lists: (w: string) => string | undefined): number[] {
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || spanEnd(tags, b) !== b + 1) continue;
    const k = b + 1;
    const w = sentence[k].norm;
    // Left O, or read as a second person alone (`[مارك] [والدينغ]`): a lone given name is not one of two persons conjoined.
    if ((tags[k] !== 0 && (tags[k] !== B_PERS || spanEnd(tags, k) !== k + 1)) || sentence[k].kind !== 'word' || !w.startsWith('وال') || w.length < 3 + MIN_REST) continue;
    // An Arabic family name behind و, a nisba (ي) or a feminine ending, is the second of two persons (`مبارك والعادلي`).
    if (/[يةه]$/.test(w)) continue;
    // A plural (والكويتيون، والمسيرات) or a noun its definite adjective follows (والكادر الطبي) is a conjoined common noun.
    if (/(ون|ات)$/.test(w) || (k + 1 < tags.length && sentence[k + 1].kind === 'word' && DEFINITE_ADJECTIVE.test(sentence[k + 1].norm))) continue;
    if (wordFreq(w) >= RARE_WORD || wordFreq(w.slice(1)) >= RARE_WORD || wordFreq(w.slice(3)) >= BARE_NOUN || !isGiven(b) ||
      NOT_NAME_LIST.test(lists(w) ?? '')) continue;
    if (out === tags) out = tags.slice();
    out[k] = I_PERS;
  }
  return out;
}
