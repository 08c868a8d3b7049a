// A square the tagger read as a facility (MISC, as FANE tags it) is the place with its head, as the guide tags `[ميدان التحرير]`.
import { beginTag, insideTag, isInside, spanEnd, tagLabel } from './tagger';
import { headForm } from './placeBounds';
import { wordSet as set } from './wordSets';

const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/** Heads of squares (normalised): the place keeps them (`[ميدان التحرير]`، `[ساحة بور سعيد]`). */
const SQUARE_HEADS = set('ميدان ساحة');

/**
 * A MISC span of two words or more that opens with a square's head (في ميدان التحرير، احتجاجات ميدان التحرير) is a place,
 * the head inside, as the guide and its sets tag squares (FANE tags them as facilities, which the tagger learnt). The
 * span's bounds stay; a place the tagger already found after a bare head is left as it is.
 */
export function squaresArePlaces(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tagLabel(tags[b]) !== 'MISC' || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    if (e - b >= 2 && (SQUARE_HEADS.has(stems[b]) || SQUARE_HEADS.has(headForm(stems[b])))) {
      if (out === tags) out = tags.slice();
      for (let k = b; k < e; k++) out[k] = k === b ? B_LOC : I_LOC;
    }
    b = e - 1;
  }
  return out;
}
