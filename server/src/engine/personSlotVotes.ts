// A person the tagger reads where news names a person (وقالت [X]، السيدة [X]، [X] الذي) weighs more in the article's vote.
import { cueKind } from './quoteCues';
import { Token } from './tokenize';

/**
 * The vote of such a mention. The tagger's own reading in that slot is a person's: what the slot adds is that the reading is
 * no guess, so the article's other mentions of the word, read as a place by its foreign shape (وقالت [بوعزة] … في أهلية
 * [بوعزة]), follow it. Below DEFINITION_CONFIDENCE (a body defined in brackets), which is the article naming it outright.
 */
export const SLOT_CONFIDENCE = 0.9;

/** A relative after a noun: a person's (بوعزة التي، مارتينز الذي) where the tagger reads the noun as one. */
const RELATIVES = new Set(['الذي', 'التي']);

/** What the slot reads of the sentence: whether word k is a title or role noun with the article (السيدة، الملاكمة). */
export type DefiniteTitle = (k: number) => boolean;

/**
 * Whether the person mention over words k..e-1 stands in a person's slot: right after a verb of saying of either gender
 * (a name read as a person after وقالت is a woman, not a country, when the tagger already reads a person), right after a
 * definite title, or right before الذي/التي.
 */
export function inPersonSlot(sentence: readonly Token[], title: DefiniteTitle, k: number, e: number): boolean {
  if (k > 0 && (cueKind(sentence[k - 1]) === 'verb' || title(k - 1))) return true;
  return e < sentence.length && sentence[e].kind === 'word' && RELATIVES.has(sentence[e].norm);
}
