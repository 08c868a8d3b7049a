// A person the tagger reads where news names a person (وقالت [X]، السيدة [X]، [X] الذي) weighs more in the article's vote.
import { cueKind } from './quoteCues';
import { Token } from './tokenize';
import { EXACT_NAME_LISTS, hasMark, NOT_NAME_LISTS } from './nameMarks';
import { masculine } from './personSlotPlaces';

/**
 * The vote of such a mention. The tagger's own reading in that slot is a person's: what the slot adds is that the reading is
 * no guess, so the article's other mentions of the word, read as a place by its foreign shape (وقالت [بوعزة] … في أهلية
 * [بوعزة]), follow it. Below DEFINITION_CONFIDENCE (a body defined in brackets), which is the article naming it outright.
 */
export const SLOT_CONFIDENCE = 0.9;

/** A relative after a noun: a person's (بوعزة التي، مارتينز الذي) where the tagger reads the noun as one. */
const RELATIVES = new Set(['الذي', 'التي']);
const FEMININE_RELATIVE = 'التي';

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

/** Lists of persons proper, as spelled: a given name, surname or full name (not the Wikidata name parts, which hold brands: هوندا). */
const PERSON_LISTS = /^(PER|FIRST|LAST|PLAST)-/;
/** Lists of bodies and clubs, as spelled. */
const BODY_LISTS = /^(ORG|CLUB)-/;

/**
 * Whether the slot may weigh for the mention over words k..e-1. Not where the lists hold a word as a body or club and
 * none as a person's given name, surname or full name (وقال [توتنهام]، وقالت [هوندا]): a club or company speaks with a verb
 * of saying as a person does, so the slot says nothing of a person there, and the confidence the user sees would rise
 * on the misreading. Not a feminine one (after وقالت، before التي) when the lists hold its words as a place and none as a
 * name part (هافانا): a capital speaks in the feminine (وقالت هافانا), and the tagger, misreading it there, would carry
 * the article's other mentions (وصل الوفد إلى [هافانا]) with it. A man whose surname is also a place keeps his masculine
 * slot (وقال [مارتينز]).
 */
export function slotMayVote(sentence: readonly Token[], marks: readonly (readonly string[])[], k: number, e: number): boolean {
  let place = false;
  let named = false;
  let body = false;
  for (let j = k; j < e; j++) {
    if (hasMark(marks[j], PERSON_LISTS)) return true;
    named ||= hasMark(marks[j], EXACT_NAME_LISTS);
    body ||= hasMark(marks[j], BODY_LISTS);
    place ||= hasMark(marks[j], NOT_NAME_LISTS);
  }
  if (body) return false;
  if (named || !place) return true;
  const feminineVerb = k > 0 && cueKind(sentence[k - 1]) === 'verb' && !masculine(sentence[k - 1].norm);
  return !feminineVerb && !(e < sentence.length && sentence[e].norm === FEMININE_RELATIVE);
}
