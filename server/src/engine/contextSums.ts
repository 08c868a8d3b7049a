// A token's own word scores plus what its neighbours add in their roles, summed into its emission row with the nine tags unrolled.
import { NUM_TAGS } from './tagger';

// The unrolled sums below are written for O plus B-/I- of four labels.
if (NUM_TAGS !== 9) throw new Error(`contextSums assumes 9 tags, the tag set has ${NUM_TAGS}`);

/** Offsets of the context roles in `contextFeatures` (c-2, c-1, c+1, c+2): the order a word's role rows are kept and added in. */
export const ROLES = [-2, -1, 1, 2];

/** What contextSums reads of a scored word: its block of scores (own row, then one row per role) and where it starts. */
export interface ScoreBlock { chunk: Float64Array; at: number }

/**
 * Writes into `em` at token i's row its own scores, then adds each neighbour's role row (the `boundary` rows
 * past either end of the sentence), in ROLES order. Nine running sums in registers instead of 45 read-add-writes of
 * the emission array per token (the sums are the same, added in the same order): this runs once per token of
 * every sentence tagged.
 */
export function contextSums(words: readonly ScoreBlock[], i: number, boundary: Float64Array, em: Float64Array): void {
  const n = words.length;
  const own = words[i];
  const a = own.chunk;
  const at = own.at;
  let e0 = a[at], e1 = a[at + 1], e2 = a[at + 2], e3 = a[at + 3], e4 = a[at + 4], e5 = a[at + 5], e6 = a[at + 6], e7 = a[at + 7], e8 = a[at + 8];
  for (let r = 0; r < 4; r++) {
    const j = i + ROLES[r];
    let src = boundary;
    let o = r * NUM_TAGS;
    if (j >= 0 && j < n) { src = words[j].chunk; o += words[j].at + NUM_TAGS; }
    e0 += src[o]; e1 += src[o + 1]; e2 += src[o + 2]; e3 += src[o + 3]; e4 += src[o + 4];
    e5 += src[o + 5]; e6 += src[o + 6]; e7 += src[o + 7]; e8 += src[o + 8];
  }
  const base = i * NUM_TAGS;
  em[base] = e0; em[base + 1] = e1; em[base + 2] = e2; em[base + 3] = e3; em[base + 4] = e4;
  em[base + 5] = e5; em[base + 6] = e6; em[base + 7] = e7; em[base + 8] = e8;
}
