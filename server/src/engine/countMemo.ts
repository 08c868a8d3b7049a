// One document's words' training-text counts, kept between its versions: linking asks one for most words of a changed paragraph.
import type { Lexicon } from './clitics';

/** Words kept before the memo starts over (a long session of typing meets new words forever; a count asked again is the same). */
const MAX_WORDS = 1 << 18;

/**
 * `lexicon.freq` through a map of the words this document asked before. After an edit to a one-line article, linking
 * asks the count of ~200,000 words again (phraseRepeats, repeatSlots), most of them the last version's: a probe into the
 * lexicon's large map each was a tenth of the edit; a document's few tens of thousands of words answer from a small one.
 * The lexicon never changes under a document's analyzer, so a kept count is the lexicon's.
 */
export function countMemo(lexicon: Lexicon): (norm: string) => number {
  let known = new Map<string, number>();
  return (w) => {
    let c = known.get(w);
    if (c === undefined) {
      c = lexicon.freq(w);
      if (known.size >= MAX_WORDS) known = new Map();
      // A flat copy of a longer word: a slice of a version's text would keep that whole text alive (interner.ts).
      known.set(w.length > 12 ? (' ' + w).slice(1) : w, c);
    }
    return c;
  };
}
