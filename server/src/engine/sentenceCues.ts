// Which rule passes' cue words a sentence holds, in one lookup per token: a pass whose cues are absent is skipped.
// (Each pass tested its own word set on every token of every sentence; most sentences hold none of them.)

/** Cue word (normalised, clitic-free stem) → the bits of the passes it triggers. */
const CUE_BITS = new Map<string, number>();
let nextBit = 0;
/** A sentence summary with every bit set: every pass runs (for callers without a summary). */
export const ALL_CUES = -1;

/**
 * Registers a pass's cue words and returns the pass's bit. Called when a rule module loads; a pass registered here
 * must change nothing in a sentence where none of its words is a token's stem.
 */
export function cueBit(...lists: Iterable<string>[]): number {
  if (nextBit >= 31) throw new Error('sentenceCues: more than 31 passes');
  const bit = 1 << nextBit++;
  for (const words of lists) for (const w of words) CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit);
  return bit;
}

/** Set when a stem opens with an ASCII digit (a score, a year): passes reading numbers need one. */
export const DIGIT_CUE = cueBit([]);

/** The bits of the passes whose cue words occur among the sentence's stems, and DIGIT_CUE. */
export function sentenceCues(stems: readonly string[]): number {
  let bits = 0;
  for (let k = 0; k < stems.length; k++) {
    const s = stems[k];
    const c = s.charCodeAt(0);
    if (c >= 48 && c <= 57) bits |= DIGIT_CUE;
    const b = CUE_BITS.get(s);
    if (b !== undefined) bits |= b;
  }
  return bits;
}
