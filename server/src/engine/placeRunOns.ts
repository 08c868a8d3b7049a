// A place the tagger ran on into the next words of a wire sentence: the day it happened (أعلنت [موسكو الجمعة]) or the name of a
// person holding a post there (سفير طالبان لدى [باكستان سالم] زعيف).
import { WEEKDAYS } from './dateLexicon';
import { RELATIVE_DAYS } from './dateParsers';
import { normalizeArabic } from './normalize';
import { beginTag, insideTag, isInside, spanEnd, tagLabel } from './tagger';
import { wordSet } from './wordSets';

const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Days a dated wire sentence names right after its subject (normalised): the weekdays and the relative days. */
const DAYS = new Set([...RELATIVE_DAYS.keys(), ...[...WEEKDAYS.keys()].map(normalizeArabic)]);
/**
 * The place's words form one listed place: one word the place list holds as written or without its clitic (`placeAt`; the
 * marks miss a place the clitic splitter cut, باكو read ب + اكو), or `LOC-B` … `LOC-E`.
 */
function listedPlace(marks: readonly string[][], b: number, e: number, placeAt: (k: number) => boolean): boolean {
  return e - b === 1 ? marks[b].includes('LOC-S') || placeAt(b) : marks[b].includes('LOC-B') && marks[e - 1].includes('LOC-E');
}

/**
 * A listed place followed by a weekday or a relative day in one place span ends before the day (ودعت [برلين] الجمعة،
 * وسط [بغداد] الخميس): wire dates its news so, and no place is named by a day after it. A listed name with a day in it
 * (سوق الأربعاء) is whole in the lists and stays.
 */
export function placesEndBeforeDays(stems: readonly string[], marks: readonly string[][], tags: number[], placeAt: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (tagLabel(out[b]) !== 'LOCATION' || isInside(out[b])) continue;
    const e = spanEnd(out, b);
    for (let k = b + 1; k < e; k++) {
      if (!DAYS.has(stems[k]) || !listedPlace(marks, b, k, placeAt) || listedPlace(marks, b, e, placeAt)) continue;
      if (out === tags) out = tags.slice();
      for (let j = k; j < e; j++) out[j] = 0;
      break;
    }
    b = e - 1;
  }
  return out;
}

/** Posts a person holds in a place, named before it (سفير طالبان لدى باكستان، المبعوث الأمريكي إلى السودان). */
const POSTS = wordSet(`
  سفير سفيرة السفير السفيرة مبعوث المبعوث مندوب المندوب ممثل الممثل قنصل القنصل مراسل المراسل
`);
/** Prepositions between a post and its place (لدى، في، إلى), as words of their own. */
const POST_PLACE_LINKS = wordSet('لدى في الى إلى ب ل');
/** How far before the place the post may stand (السفير الأردني غير المقيم في باكو). */
const MAX_POST_DISTANCE = 5;
/** How many rare words after the given name are still the person's (هانز أوليش سيدت). */
const MAX_SURNAMES = 2;

/** A word a place, people or body list holds that no given-name list does (رومانيا; not سالم, a town and a given name). */
const otherName = (m: readonly string[]) => !m.includes('FIRST-S') && m.some((x) => /^f?(LOC|NAT|ORG|CLUB)-/.test(x));

/** Word b follows a post through a preposition: the preposition as its own word or as b's clitic (بباكستان). */
function afterPost(stems: readonly string[], prefixes: readonly string[], b: number): boolean {
  const linked = /[بل]$/.test(prefixes[b]) || (b > 0 && POST_PLACE_LINKS.has(stems[b - 1]) && !prefixes[b - 1]);
  if (!linked) return false;
  for (let j = b - 1; j >= 0 && b - j <= MAX_POST_DISTANCE; j--) if (POSTS.has(stems[j])) return true;
  return false;
}

/**
 * After a post and its preposition, a place span of a listed one-word place and a given name is the place and the person
 * holding the post (سفير طالبان لدى [باكستان] [سالم زعيف]، السفير الأردني غير المقيم في [باكو] [فارس] المفتي): wire names
 * the holder right after the place. Elsewhere a listed place and a name part in one span are often one place (كفر قاسم،
 * بيرل هاربور), so the post is required. The person takes the rest of the span and the untagged rare words after it, or the person
 * span that follows. `givenAt(k)`: word k is listed as a given name as written; `rareAt(k)`: the training text hardly
 * knows word k.
 */
export function placesBeforeGivenNames(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  placeAt: (k: number) => boolean, givenAt: (k: number) => boolean, rareAt: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_LOC) continue;
    const e = spanEnd(out, b);
    const name = b + 1;
    const holder = e - b >= 2 && listedPlace(marks, b, b + 1, placeAt) && !listedPlace(marks, b, e, placeAt) && !prefixes[name] &&
      !stems[name].startsWith('ال') && givenAt(name) && !otherName(marks[name]) && afterPost(stems, prefixes, b);
    if (!holder) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    let end = e;
    if (end < out.length && out[end] === B_PERS) {
      end = spanEnd(out, end);
    } else {
      while (end < out.length && end - e < MAX_SURNAMES && out[end] === 0 && !prefixes[end] && rareAt(end)) end++;
    }
    for (let j = name; j < end; j++) out[j] = j === name ? B_PERS : I_PERS;
    b = end - 1;
  }
  return out;
}
