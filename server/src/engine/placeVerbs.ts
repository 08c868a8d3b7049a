// A one-word place that is a verb of the sentence (مجلس المحافظة [يصوت]، اشتباكات [أوقعت] 65 قتيلا): the tagger's misreading.
import { beginTag, insideTag } from './tagger';
import { sentenceVerb } from './miscVerbs';

const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/**
 * Drops a one-word LOCATION span in no list (a listed place such as عدن or نجد is also a verb's form, and the lists
 * decide) whose word is a verb's form the training text knows in its other persons (miscVerbs.sentenceVerb).
 */
export function dropVerbPlaces(marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_LOC || tags[k + 1] === I_LOC || marks[k].length > 0) continue;
    if (!sentenceVerb(text(k), wordFreq, nameWord)) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
