// Which rule passes' cue words a sentence holds, in one lookup per token: a pass whose cues are absent is skipped.
// (Each pass tested its own word set on every token of every sentence; most sentences hold none of them.)

import type { GazWord } from './gazetteer';
import { KeyFilter } from './keyFilter';

/** Cue word (normalised, clitic-free stem) → the bits of the passes it triggers. */
const CUE_BITS = new Map<string, number>();
let nextBit = 0;
/** Turns most words away before the map is probed; built at the first sentence, rebuilt if a pass registered since. */
let cueFilter: KeyFilter | undefined;
let filteredWords = -1;
/** A sentence summary with every bit set: every pass runs (for callers without a summary). */
export const ALL_CUES = -1;

/**
 * Registers a pass's cue words and returns the pass's bit. Called when a rule module loads; a pass registered here
 * must change nothing in a sentence where none of its words is a token's stem. All 31 bits are taken (session 42): a new
 * pass's cue goes to wideCueBit (wideCues.ts, no limit) and is read with hasWideCue(); a bit here throws when its module loads.
 */
export function cueBit(...lists: Iterable<string>[]): number {
  if (nextBit >= 31) throw new Error('sentenceCues: more than 31 passes');
  const bit = 1 << nextBit++;
  for (const words of lists) for (const w of words) CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit);
  return bit;
}

/** Set when a stem opens with an ASCII digit (a score, a year): passes reading numbers need one. */
export const DIGIT_CUE = cueBit([]);
/** Set by the tagger when a word holds a Latin letter (its shape is `latin`): passes reading Latin-script names need one. */
export const LATIN_CUE = cueBit([]);
/** Set by a dash alone (`2 - 1`) or a stem opening with a digit that holds one (`2-1`): a scoreline needs one. */
export const DASH_CUE = cueBit(['-']);
/** Set by an opening bracket (a punctuation token's stem is its text): passes reading bracketed names and letters need one. */
export const BRACKET_CUE = cueBit(['(']);

/** The bits of the passes whose cue words occur among the sentence's stems, and DIGIT_CUE. */
export function sentenceCues(stems: readonly string[]): number {
  let bits = 0;
  for (let k = 0; k < stems.length; k++) bits |= stemCues(stems[k]);
  return bits;
}

/** What one stem adds to sentenceCues (the same for every token of the stem while cueVersion() stays). */
export function stemCues(s: string): number {
  if (filteredWords !== CUE_BITS.size) { cueFilter = new KeyFilter(CUE_BITS.keys()); filteredWords = CUE_BITS.size; }
  const c = s.charCodeAt(0);
  let bits = c >= 48 && c <= 57 ? (s.includes('-') ? DIGIT_CUE | DASH_CUE : DIGIT_CUE) : 0;
  if (!cueFilter!.mayHave(s)) return bits;
  const b = CUE_BITS.get(s);
  if (b !== undefined) bits |= b;
  return bits;
}

/** Changes when a pass registers cue words: a stem's remembered stemCues() is out of date then. */
export function cueVersion(): number {
  return CUE_BITS.size + nextBit;
}

/** Gazetteer mark (`PER-B`, `LOC-B` …) → the bits of the passes it triggers: the same summary for list marks. */
const MARK_BITS = new Map<string, number>();
let nextMarkBit = 0;

/** Registers the list marks a pass starts from and returns its bit; as cueBit, the pass must change nothing without them. */
export function markBit(...marks: string[]): number {
  if (nextMarkBit >= 31) throw new Error('sentenceCues: more than 31 mark passes');
  const bit = 1 << nextMarkBit++;
  for (const m of marks) MARK_BITS.set(m, (MARK_BITS.get(m) ?? 0) | bit);
  return bit;
}

/**
 * The bits of the passes whose list marks occur in the sentence (`marks`: each token's gazetteer marks; `words`: its
 * words, when given). A token whose marks are its word's own single-word marks (gazetteerMarks hands out `gw.single`
 * itself, never changed in place, as listScores' cache reads it too) takes their bits kept on the word: one field read
 * instead of a map probe per mark, on every token of every sentence.
 */
export function sentenceMarks(marks: readonly (readonly string[])[], words?: readonly { gw: GazWord }[]): number {
  let bits = 0;
  for (let k = 0; k < marks.length; k++) {
    const ms = marks[k];
    if (ms.length === 0) continue;
    const gw = words?.[k].gw;
    if (gw === undefined || ms !== gw.single) bits |= marksBits(ms);
    else {
      if (gw.markBitsAt !== nextMarkBit) { gw.markBits = marksBits(ms); gw.markBitsAt = nextMarkBit; }
      bits |= gw.markBits;
    }
  }
  return bits;
}

/** The bits of one token's marks. */
function marksBits(ms: readonly string[]): number {
  let bits = 0;
  for (let j = 0; j < ms.length; j++) {
    const b = MARK_BITS.get(ms[j]);
    if (b !== undefined) bits |= b;
  }
  return bits;
}
