// Clubs listed with their countries after a clubs noun (أندية كثيرة منها [فلومينيزي] البرازيلي [وفالنسيا] الإسباني).
import { beginTag, isInside, spanEnd, tagLabel } from './tagger';
import { wordSet } from './wordSets';
import { countryAt } from './teamSlots';

const B_ORG = beginTag('ORG');

/** Plural nouns of clubs: the names listed right after them are clubs (normalised, clitic-free stems). */
const CLUBS_NOUNS = wordSet('أندية الأندية');
/** How many tokens may stand between the noun and the list (كثيرة من ها، بينها، مثل). */
const LIST_GAP = 4;
/** Training-text count from which a word is an ordinary word of the language, no foreign club's name. */
const COMMON = 100;
/** A clitic the FANE corpora split off as a token of its own (وف نربغشة): the item is the word after it. */
const LONE_CLITICS = /^[وف]{1,2}$/;

/**
 * In a sports sentence, a list of two clubs or more, each a word and a definite masculine nationality (فلومينيزي
 * البرازيلي وفالنسيا الإسباني), opening within a few words of a clubs noun: each word is a club, also where the tagger read
 * it as a one-word person or place (a city takes the feminine: فالنسيا الإسبانية would be the city). The nationality stays
 * outside, as for other clubs named with their country. Not a country (أندية من فرنسا والبرتغال: the countries they are from).
 */
export function tagClubLists(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  freq: (k: number) => number, isNationality: (k: number) => boolean, textAt: (k: number) => string): number[] {
  const n = tags.length;
  // One item at k (a lone clitic token before it skipped): its word's index, or -1.
  const itemAt = (k: number, first: boolean): number => {
    if (k < n && !first && LONE_CLITICS.test(textAt(k)) && prefixes[k] === '') k++;
    if (k + 1 >= n) return -1;
    // Untagged, or a one-word person, place or body the tagger read.
    const alone = tags[k] === 0 || (!isInside(tags[k]) && tagLabel(tags[k]) !== 'MISC' && spanEnd(tags, k) === k + 1);
    const nat = k + 1;
    if (!alone || stems[k].startsWith('ال') || freq(k) >= COMMON || countryAt(stems, marks, k) || isNationality(k)) return -1;
    if (tags[nat] !== 0 || prefixes[nat] || !isNationality(nat) || !stems[nat].startsWith('ال') || !textAt(nat).endsWith('ي')) return -1;
    return k;
  };
  let out = tags;
  for (let c = 0; c < n; c++) {
    if (!CLUBS_NOUNS.has(stems[c])) continue;
    for (let start = c + 1; start <= c + 1 + LIST_GAP && start < n; start++) {
      const items: number[] = [];
      for (let k = itemAt(start, true); k >= 0; k = itemAt(k + 2, false)) items.push(k);
      if (items.length < 2) continue;
      out = out === tags ? tags.slice() : out;
      for (const k of items) out[k] = B_ORG;
      break;
    }
  }
  return out;
}
