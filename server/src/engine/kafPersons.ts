// A one-word person read behind an attached ك (وتأتي [ك]امري) is a misread word: news names no one person "like X" alone.
import { beginTag, dropSpans } from './tagger';
import { RARE_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');

/**
 * Drops a one-word person whose word carries the preposition ك (alone or after و/ف, not ال) when the word as written is rare in
 * the training text (under RARE_WORD) (`wholeFreq(k)`): the splitter cut an unknown word (كامري، a car) into ك and a name-like rest (امري).
 * NewsFANE puts no person right after a split ك (0 in about 100). A longer name after ك stays (كصلاح الدين: like Saladin).
 */
export function dropKafPersons(prefixes: readonly string[], tags: number[], wholeFreq: (k: number) => number): number[] {
  return dropSpans(tags, B_PERS, (b, e) => e === b + 1 && /^[وف]?ك$/.test(prefixes[b]) && wholeFreq(b) < RARE_WORD);
}
