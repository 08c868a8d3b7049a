// A first- or second-person pronoun behind a clitic (وأنا، فأنا، ونحن) is no name, whatever the tagger or a place rule read.
import { isInside } from './tagger';
import type { Token } from './tokenize';
import { withoutMarks } from './normalize';

/**
 * The pronouns of the speaker and the one spoken to as written after a conjunction or preposition: with hamza (أنا) or, as
 * the FANE text writes, without (انا); never آنا, the given name Anna, which normalising would fold into them.
 */
const PRONOUNS = new Set(['أنا', 'انا', 'نحن', 'أنت', 'انت', 'أنتم', 'انتم', 'أنتما', 'انتما', 'أنتن', 'انتن']);

/**
 * Drops a one-word span whose word is a clitic and such a pronoun (جئت إلى دبي [وأنا] في العشرين، [فأنا] لست من عائلة
 * ثرية): the clitic read off leaves a word no list should place, and a person says أنا of himself, no name of his.
 * Only before a word: a pronoun opens a clause, and a name spelled as one (the operator وانا) may close a phrase before a mark.
 * `prefixes[k]`: the normalised proclitic letters of token k (one letter each, as written).
 */
export function dropPronounSpans(sentence: readonly Token[], prefixes: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] === 0 || isInside(tags[k]) || k + 1 >= tags.length || isInside(tags[k + 1]) || !prefixes[k]) continue;
    // A pronoun opens a clause (وأنا في، فأنا لست); a name behind a noun may end one (عدد مشتركي [وانا] ، the operator).
    if (sentence[k + 1].kind !== 'word') continue;
    // Vowel marks and tatweel off first (وَأَنَا، وأنـا), the letters as written kept: آنا stays the name.
    if (PRONOUNS.has(withoutMarks(sentence[k].text).slice(prefixes[k].length))) (out ??= tags.slice())[k] = 0;
  }
  return out ?? tags;
}
