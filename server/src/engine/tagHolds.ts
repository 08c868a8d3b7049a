// Which labels' spans a sentence's tags hold, as bits, for the rule passes' skips; summed again only when a pass changed the tags.
import { beginTag, insideTag, tagBits } from './tagger';

// A pass returns its input when it changes nothing, so the same array means the same bits. A pass that acts only on one
// label's spans, or on its spans of two words or more (IN_…), is skipped without one.
export const PERS = 1 << beginTag('PERS'), LOC = 1 << beginTag('LOC'), ORG = 1 << beginTag('ORG'), MISC = 1 << beginTag('MISC'), BEGINS = PERS | LOC | ORG | MISC;
export const IN_PERS = 1 << insideTag('PERS'), IN_LOC = 1 << insideTag('LOC'), IN_ORG = 1 << insideTag('ORG'), IN_MISC = 1 << insideTag('MISC');
export const INSIDE = IN_PERS | IN_LOC | IN_ORG | IN_MISC;
const NO_TAGS: number[] = [];
let summed = NO_TAGS, summedBits = 0;
export const holds = (tags: number[], bits: number) => ((tags === summed ? summedBits : (summed = tags, summedBits = tagBits(tags))) & bits) !== 0;
/** Lets go of the last sentence's tags (nothing of a corrected sentence is held). */
export function forgetHeld(): void { summed = NO_TAGS; }
