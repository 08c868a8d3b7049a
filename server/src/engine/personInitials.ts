// A person's initials: the letters and periods between a given name and a surname, or before a surname, are in the name.
import { beginTag, insideTag } from './tagger';
import { labelledByLetter, loneLetter, MAX_INITIALS, Token } from './tokenize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const isPerson = (t: number) => t === B_PERS || t === I_PERS;
/** Letters that abbreviate a title, not a name (`د.` دكتور، `م.` مهندس، `أ.` أستاذ): titles stay outside names. */
const TITLE_LETTERS = new Set(['د', 'م', 'أ', 'ا']);
/** One letter, Arabic or Latin, written alone, as the sentence splitter reads an initial (tokenize.ts), not a title's. */
const initial = (t: Token | undefined) => t !== undefined && loneLetter(t) && !TITLE_LETTERS.has(t.text) && /\p{L}/u.test(t.text);

/**
 * Initials the tagger left out or read as a name's end join the person after them (`[جون ر. تولكين]`، `[ج. ك. رولينغ]`،
 * `[كاثلين ج . ماكينيس]`): a run of `letter .` pairs right before a person span, after a person span or nothing tagged.
 * Not before a name opening with و, a second person (`محمد ب . وهشام`), nor after a span of another label.
 */
export function joinInitials(sentence: Token[], tags: number[]): number[] {
  let out = tags;
  for (let k = 1; k + 1 < tags.length; k++) {
    if (tags[k + 1] !== B_PERS || sentence[k].text !== '.' || !initial(sentence[k - 1]) || sentence[k + 1].text.startsWith('و')) continue;
    // The run of initials back from the period before the surname.
    let b = k - 1;
    for (let n = 1; n < MAX_INITIALS && b >= 2 && sentence[b - 1].text === '.' && initial(sentence[b - 2]); n++) b -= 2;
    const before = b > 0 ? tags[b - 1] : 0;
    // A letter labelling the noun before it (`المجموعة ب .`) is no initial, whatever name follows.
    if (before === 0 && labelledByLetter(sentence[b - 1])) continue;
    if (tags.slice(b, k + 1).some((t) => t !== 0 && !isPerson(t)) || (before !== 0 && !isPerson(before))) continue;
    if (out === tags) out = tags.slice();
    for (let j = b; j <= k + 1; j++) out[j] = j === b && !isPerson(before) ? B_PERS : I_PERS;
  }
  return out;
}
