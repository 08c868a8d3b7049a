// A one-word mention that is a future-tense verb (`سيزور`, `وسيقاتل`) is the sentence's verb, never a name.
import { isInside, spanEnd } from './tagger';
import { FUTURE_VERB } from './triggers';

/** Training-text count of the present form (`يزور` for `سيزور`) from which the word is read as the verb. */
const COMMON_VERB = 2;
/** Any name, place, body or people list, spelled as listed: `ستيفن`, `سيدني`, `سيمنس` stay what the lists say (a
 * transliteration-folded match is too loose here: `سيزور` folds like a listed name part). */
const LISTED = /^(PER|NAME|FIRST|LAST|PLAST|LOC|ORG|CLUB|NAT)-/;

export function dropFutureVerbMentions(stems: readonly string[], marks: readonly string[][], tags: number[], wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0 || isInside(tags[b]) || spanEnd(tags, b) !== b + 1) continue;
    const s = stems[b];
    if (!FUTURE_VERB.test(s) || marks[b].some((m) => LISTED.test(m)) || wordFreq(s.slice(1)) < COMMON_VERB) continue;
    (out ??= tags.slice())[b] = 0;
  }
  return out ?? tags;
}
