// A place no people, body or club list holds, standing where news names a person (الرئيس [X]، [X] الذي، [X] ، رئيس …، وقال [X]، الملاكمة [سلمى X]): a person.
import { beginTag, insideTag } from './tagger';
import { LOCATION_HEADS } from './triggers';
import { COMMAS, PREPOSITIONS, wordSet } from './wordSets';
import { icuRegionNames } from './regionNames';

const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Prepositions of place: a word after them is where something is, whatever else the sentence says of it. */
const PLACE_PREPOSITIONS = wordSet('في إلى من عن نحو عبر داخل خارج قرب حول شمال جنوب شرق غرب وسط أنحاء');
/** The masculine relative: a town or a country is feminine (بغداد التي), a man is not (نيكولاس الذي). */
const MASCULINE_RELATIVE = 'الذي';
/** A clitic that makes the word a place's complement (بكابل، لكابل، ككابل). */
const PLACE_CLITIC = /[بلك]$/;
/** A verb's feminine mark as written: the past's final ت, the present's opening ت (قالت، تقول، تدعو). */
const FEMININE_VERB = /^ت|ت$/;
const CONJ_START = /^[وف]/;
/** Training count from which a word is one the tagger has met: its reading as a place is its own, not a guess at its shape. */
const MET = 3;

/** A verb of the third person masculine: a country speaks in the feminine (وتقول بريطانيا، أعلنت طهران). */
export const masculine = (verb: string) => !FEMININE_VERB.test(verb.replace(CONJ_START, ''));

/** What the pass reads of the sentence (sentenceReads' helpers, by token). */
export interface SlotReads {
  stems: readonly string[];
  prefixes: readonly string[];
  /** Token k as normalised, clitics and all. */
  norm: (k: number) => string;
  /** Token k is a title or a role noun of the title backoff (titleNames' TITLE_CUE words: الرئيس، السيدة، المهاجم). */
  title: (k: number) => boolean;
  /** Token k is a verb of saying (quoteCues' cue verbs). */
  verb: (k: number) => boolean;
  /** A list holds token k as a place, people, body or club. */
  listed: (k: number) => boolean;
  /** A list holds token k as a people, body or club (a nationality, الأمريكي; a club, الزمالك), not only as a place. */
  bodyListed: (k: number) => boolean;
  /** Token k is a listed nationality. */
  nationality: (k: number) => boolean;
  /** Token k's training count (its form and its stem). */
  count: (k: number) => number;
}

/** Token k opens no place's slot: no place clitic on it, no preposition of place nor place head before it. */
function freeOfPlace(r: SlotReads, k: number): boolean {
  if (PLACE_CLITIC.test(r.prefixes[k])) return false;
  return k === 0 || (!PLACE_PREPOSITIONS.has(r.stems[k - 1]) && !LOCATION_HEADS.has(r.stems[k - 1]));
}

/**
 * A definite title before k, with the nationalities that describe him between (الرئيس الفنزويلي [X]); not one that is a
 * place's head too (مجلس المحافظة [يصوت]), and not before a word with a conjunction or a present verb's ي (وحرمان، يصوت).
 */
function titledBefore(r: SlotReads, k: number): boolean {
  if (r.prefixes[k] || r.stems[k].startsWith('ي')) return false;
  let j = k - 1;
  while (j > 0 && r.nationality(j)) j--;
  return j >= 0 && j < k && r.title(j) && r.stems[j].startsWith('ال') && !LOCATION_HEADS.has(r.stems[j]) && !LOCATION_HEADS.has(r.stems[j].slice(2));
}

/**
 * A listed place right after a definite word that is no title is that word's object (وشمل القصف [كفرنبل] الذي شهد): الذي or
 * an apposition after it may describe the definite subject, so only a slot before the place names it a person.
 */
const objectOfSubject = (r: SlotReads, k: number) => r.listed(k) && k > 0 && !r.prefixes[k - 1] && r.stems[k - 1].startsWith('ال') && !r.title(k - 1);

/** A person's slot around k: a definite title before, الذي or a title in apposition after, a masculine verb of saying before. */
function personSlot(r: SlotReads, k: number): boolean {
  const n = r.stems.length;
  if (!objectOfSubject(r, k)) {
    if (k + 1 < n && r.norm(k + 1) === MASCULINE_RELATIVE) return true;
    if (k + 2 < n && COMMAS.has(r.norm(k + 1)) && r.title(k + 2)) return true;
  }
  if (titledBefore(r, k)) return true;
  return k > 0 && r.verb(k - 1) && masculine(r.norm(k - 1));
}

/**
 * A word the place lists hold is the place after any preposition, not only one of place (سيطرت القوات على [سنجار] الذي):
 * its list reading stands wherever the sentence does not name a person by its own shape.
 */
const listedPlaceSlot = (r: SlotReads, k: number) => r.listed(k) && k > 0 && PREPOSITIONS.has(r.stems[k - 1]);

/**
 * A one-word place span no people, body or club list holds is a person where the sentence gives it a person's slot:
 * after a definite title (السيدة [عائشة]), before the masculine الذي (وتطرق [نيكولاس] الذي), before a comma and a title in
 * apposition ([بوش] ، رئيس الولايات المتحدة), after a masculine verb of saying (وقال [X]). A name the tagger never met is
 * read as a place by its foreign shape (only a word the training text has met fewer than MET times: a known word's place
 * reading is the tagger's own, النيل الذي); a place the lists miss is named after a preposition or a head, and these slots
 * pass those by, as they pass by a word with a place's clitic on it (بكابل) and a country ICU names. A word the place lists
 * hold counts too: the lists hold many surnames as towns (بلير، نيكولاس، كوبر، شافيز), and a rare word's place reading is the
 * list's, which the slot outweighs (وتطرق [نيكولاس] الذي، وكشف [كوبر] عن).
 */
export function personSlotPlaces(r: SlotReads, tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_LOC || tags[k + 1] === I_LOC || r.count(k) >= MET || r.bodyListed(k) || listedPlaceSlot(r, k) || icuRegionNames().has(r.stems[k]) || !freeOfPlace(r, k) || !personSlot(r, k)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
  }
  return titledPairs(r, out);
}

/**
 * A two-word place span right after a definite title (الملاكمة [سلمى X]، الرسامة [ليلى X]) whose second word the tagger has
 * never met and no list holds either word as a place: a given name and a surname of foreign shape. Not a place head and
 * its name (الفريق [ميناء X]: the team left the port, الفريق read as the rank), nor a title that is a head itself
 * (titledBefore passes مجلس المحافظة by).
 */
function titledPairs(r: SlotReads, tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (tags[k] !== B_LOC || tags[k + 1] !== I_LOC || tags[k + 2] === I_LOC) continue;
    if (r.count(k + 1) >= MET || r.listed(k) || r.listed(k + 1) || r.prefixes[k + 1] || LOCATION_HEADS.has(r.stems[k]) || !freeOfPlace(r, k) || !titledBefore(r, k)) continue;
    if (icuRegionNames().has(r.stems[k]) || icuRegionNames().has(r.stems[k + 1])) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    out[k + 1] = I_PERS;
  }
  return out;
}
