// A second bank of per-word cue bits (sentenceCues' 31 are taken), for passes that scan every token for a head word: read off each word once.
import { KeyFilter } from './keyFilter';

/** Cue word (a clitic-free stem) → the bits of the passes it triggers. */
const STEM_BITS = new Map<string, number>();
/** Cue word as written whole (normalised, clitics and all) → bits: for passes that test a token's whole form too. */
const NORM_BITS = new Map<string, number>();
let nextBit = 0;
let stemFilter: KeyFilter | undefined;
let normFilter: KeyFilter | undefined;
let filtered = -1;

/**
 * Registers a pass's cue words (`stems`; `norms`: also matched against a token's whole normalised form) and returns its bit.
 * Called when a rule module loads; the pass must change nothing in a sentence where no token matches one of its words.
 */
export function wideCueBit(stems: Iterable<string>[], norms: Iterable<string>[] = []): number {
  if (nextBit >= 31) throw new Error('wideCues: more than 31 passes');
  const bit = 1 << nextBit++;
  for (const words of stems) for (const w of words) STEM_BITS.set(w, (STEM_BITS.get(w) ?? 0) | bit);
  for (const words of norms) for (const w of words) NORM_BITS.set(w, (NORM_BITS.get(w) ?? 0) | bit);
  return bit;
}

/** A word's wide cue bits, from its stem and its whole normalised form (the same for every token of the word). */
export function wordWideCues(stem: string, norm: string): number {
  if (filtered !== STEM_BITS.size + NORM_BITS.size) {
    stemFilter = new KeyFilter(STEM_BITS.keys()); normFilter = new KeyFilter(NORM_BITS.keys()); filtered = STEM_BITS.size + NORM_BITS.size;
  }
  let bits = 0;
  if (stemFilter!.mayHave(stem)) bits |= STEM_BITS.get(stem) ?? 0;
  if (norm !== '' && normFilter!.mayHave(norm)) bits |= NORM_BITS.get(norm) ?? 0;
  return bits;
}

/** Changes when a pass registers cue words: a word's remembered bits are out of date then. */
export function wideCueVersion(): number {
  return nextBit;
}
