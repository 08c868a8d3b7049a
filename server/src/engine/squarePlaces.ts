// A square the tagger read as a facility (MISC, as FANE tags it) is the place with its head, as the guide tags `[ميدان التحرير]`.
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { headForm } from './placeBounds';
import { wordSet as set } from './wordSets';

const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/** Heads of squares (normalised): the place keeps them (`[ميدان التحرير]`، `[ساحة بور سعيد]`). */
export const SQUARE_HEADS = set('ميدان ساحة');

/**
 * A MISC span of two words or more that opens with a square's head (في ميدان التحرير، احتجاجات ميدان التحرير) is a place,
 * the head inside, as the guide and its sets tag squares (FANE tags them as facilities, which the tagger learnt). The
 * span's bounds stay. A place the tagger found after a bare head takes the head in when it opens with a definite word, the
 * square's own name (ساحة [الشهداء] → [ساحة الشهداء]); a town after it is left as it is (ساحة [كهرمانة], as FANE tags it).
 */
export function squaresArePlaces(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  const square = (k: number) => SQUARE_HEADS.has(stems[k]) || SQUARE_HEADS.has(headForm(stems[k]));
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === B_LOC && b > 0 && tags[b - 1] === 0 && stems[b].startsWith('ال') && square(b - 1)) {
      if (out === tags) out = tags.slice();
      out[b - 1] = B_LOC;
      out[b] = I_LOC;
      continue;
    }
    if (tagLabel(tags[b]) !== 'MISC' || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    if (e - b >= 2 && square(b)) {
      if (out === tags) out = tags.slice();
      markSpan(out, b, e, B_LOC, I_LOC);
    }
    b = e - 1;
  }
  return out;
}
