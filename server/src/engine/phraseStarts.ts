// The gazetteer search's phrase starts: a 32-bit filter of the second words that may follow each start, and the
// start's second step kept per next word's form, so the common word pairs are neither probed nor rebuilt per occurrence.
import type { Gazetteer, GazWord } from './gazetteer';

/**
 * `next`: the second words of the phrases `first` begins; `bits`: their secondBit()s, so that a next word none of whose
 * bits is there is rejected without probing the set (the probe, a cache miss per word pair, failed 98 % of the time).
 */
export interface PhraseStart { first: string; folded: boolean; next: Set<string>; bits: number; steps: Map<string, SecondStep> | undefined }

/**
 * What the phrase search reads at a start's second word: the two-word phrase (its second word as split or whole), the
 * lists holding it, and whether a longer phrase may follow. The same pairs of forms recur (وزير الخارجية, الأمم المتحدة):
 * kept per start by the second word's whole form (which fixes its stem and folded stem), the pair's strings are built and
 * hashed once, not per occurrence.
 */
export interface SecondStep { phrase: string; lists: string | undefined; more: boolean; stem: string; foldedStem: string }

/** One of 32 bits picked by a hash of the word: the same word always the same bit. */
function secondBit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return 1 << ((h ^ (h >>> 16)) & 31);
}

/** The union of the secondBit()s of a set of second words, made once per set (the gazetteer's sets are never changed). */
const SET_BITS = new WeakMap<Set<string>, number>();
function bitsOf(next: Set<string>): number {
  let bits = SET_BITS.get(next);
  if (bits === undefined) {
    bits = 0;
    for (const s of next) bits |= secondBit(s);
    SET_BITS.set(next, bits);
  }
  return bits;
}

/** A phrase start with its set's bits. */
export const phraseStart = (first: string, folded: boolean, next: Set<string>): PhraseStart =>
  ({ first, folded, next, bits: bitsOf(next), steps: undefined });

/** The union of the starts' bits: a next word with none of them continues none of their phrases. */
export function startBitsOf(starts: readonly PhraseStart[]): number {
  let bits = 0;
  for (let x = 0; x < starts.length; x++) bits |= starts[x].bits;
  return bits;
}

/** Fills w's bitsExact (its stem and whole form) and bitsFolded (its folded stem). */
export function setSecondBits(w: GazWord): void {
  w.bitsExact = secondBit(w.stem) | (w.whole === w.stem ? 0 : secondBit(w.whole));
  w.bitsFolded = w.foldedStem === w.stem ? w.bitsExact : secondBit(w.foldedStem);
}

/** The search's step from `phrase` (its first `len - 1` words) to word w: the longer phrase, its lists, and whether to go on. */
export function phraseStep(phrase: string, w: GazWord, folded: boolean, gaz: Gazetteer, readWhole: boolean): SecondStep {
  const map = folded ? gaz.folded : gaz.phrases;
  let longer = phrase + ' ' + (folded ? w.foldedStem : w.stem);
  // A later word the list holds with its clitic (`منظمة الدول المصدرة للبترول`, `حزب العدالة والتنمية`) is read whole.
  if (readWhole && !folded && w.whole !== w.stem && !map.has(longer) && !gaz.prefixes.has(longer)) {
    const whole = phrase + ' ' + w.whole;
    if (map.has(whole) || gaz.prefixes.has(whole)) longer = whole;
  }
  // An empty list string is no match (as the search has always read it).
  const lists = map.get(longer) || undefined;
  return { phrase: longer, lists, more: lists !== undefined || gaz.prefixes.has(longer), stem: w.stem, foldedStem: w.foldedStem };
}

/** phraseStep from a start to its second word, kept on the start (with `readWhole` only: the tagger's reading). */
export function secondStep(start: PhraseStart, w: GazWord, gaz: Gazetteer, readWhole: boolean): SecondStep {
  if (!readWhole) return phraseStep(start.first, w, start.folded, gaz, readWhole);
  // Kept by the whole form, checked against the stems it was read with (numbers and marks have no whole form: all '').
  let step = start.steps?.get(w.whole);
  if (step === undefined || step.stem !== w.stem || step.foldedStem !== w.foldedStem) {
    step = phraseStep(start.first, w, start.folded, gaz, readWhole);
    (start.steps ??= new Map()).set(w.whole, step);
  }
  return step;
}
