// A listed religion in an adjective's place (الجالية [اليهودية]، دولة [يهودية]) describes the noun before it, and one as a compound name's second half (نور الإسلام) is the name: no MISC.
import { COMPOUND_OPENERS } from './compoundOpeners';
import { beginTag, insideTag } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** The religions' feminine forms, normalised: the name with ال (اعتنق المسيحية), the adjective too (القيم المسيحية). */
const RELIGIONS = set('مسيحية يهودية بوذية هندوسية');
/** Without ال a religion's word names no religion: an adjective (قرية مسيحية) or a noun in construct (إسلام المرء، أعلن إسلام ه). */
const INDEFINITE = new Set([...RELIGIONS, ...set('إسلام')]);
/** Heads whose definite religion after them is still the religion (الديانة اليهودية), normalised stems. */
const RELIGION_HEADS = set('الديانة الدين العقيدة الديانات الأديان');
/**
 * The religion that is the fixed second half of a compound given name (سيف الإسلام، نور الإسلام، فخر الإسلام): after such an
 * opener the training corpora put it inside a person or a building 4 times in 4 and never leave it a word of its own.
 */
const NAME_HALVES = set('الإسلام');
/** A definite word, its clitics on (بالقيم، والجالية، للطائفة). */
const DEFINITE = /^([وف]?[بك]?ال|[وف]?لل)/;

/**
 * Drops a one-word MISC span on a religion's feminine form that is an adjective: indefinite (قرية مسيحية — the religion's
 * name is definite; so is إسلام in construct), or definite right after a definite noun it agrees with (الأساطير البوذية، بالقيم المسيحية). The name
 * stays after a verb, a preposition or a noun in construct (اعتنق المسيحية، بين اليهودية والإسلام، انتشار المسيحية), after
 * و (الإسلام والمسيحية) and after a head that names it (الديانة اليهودية). Also drops الإسلام right after a compound name's
 * opener (محمد [نور الإسلام]): with the lists off the tagger reads the religion and loses the person's second half.
 */
export function dropReligionAdjectives(sentence: Token[], stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_MISC || tags[k + 1] === I_MISC) continue;
    const norm = sentence[k].norm;
    if (NAME_HALVES.has(norm) && COMPOUND_OPENERS.has(sentence[k - 1].norm)) {
      if (out === tags) out = tags.slice();
      out[k] = 0;
      continue;
    }
    const definite = norm.startsWith('ال');
    if (definite ? !RELIGIONS.has(norm.slice(2)) : !INDEFINITE.has(norm)) continue;
    const prev = sentence[k - 1];
    const adjective = !definite || (prev.kind === 'word' && DEFINITE.test(prev.norm) && !RELIGION_HEADS.has(stems[k - 1]) && tags[k - 1] !== B_MISC);
    if (!adjective) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
