// A town of the news places list joined by و to a place the tagger read ([الفلوجة] [وهيت] ولم ...), where the list runs on into the sentence.
import { beginTag, isInside, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { newsPlaceOrCountry } from './prepositionPlaces';

const B_LOC = beginTag('LOC');
/** Training-text count below which the tagger knows the word too little to overrule the list (as prepositionPlaces.ts). */
const RARE = 20;

/**
 * A word `وX` right after a place span, X a place of the project's news list or a country ICU names that the training text
 * saw fewer than 20 times, is the next place of the list, whatever follows it (في [الزبير] [والرميلة] تكلف البلاد):
 * coordinatedPlaces (placeBounds.ts) asks an unlisted word for the list's end, which a verb or a clause after it denies.
 * The curated list holds no frequent word, so a common noun after و (والمنطقة، والقرية) never passes.
 * `restFreq(k)`: training count of token k without its first letter.
 */
export function conjoinedNewsPlaces(sentence: readonly Token[], tags: number[], restFreq: (k: number) => number): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    const cur = out ?? tags;
    if (cur[k] !== 0 || sentence[k].kind !== 'word' || tagLabel(cur[k - 1]) !== 'LOCATION') continue;
    const w = sentence[k].norm;
    if (w[0] !== 'و' || w.length < 4 || (k + 1 < tags.length && isInside(cur[k + 1]))) continue;
    if (!newsPlaceOrCountry(w.slice(1)) || restFreq(k) >= RARE) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
