// A company named in the foreign order, name then head (دويتشه بنك), and the person right after it: two mentions, not one.
import { onlyNameListed } from './nameMarks';
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { wordSet as set } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Heads that foreign company names put last (دويتشه بنك، كومرتس بنك، سيتي بنك), normalised. */
const TAIL_HEADS = set('بنك بانك');

/** A given name the lists hold and no place or body list does, without the article. */
const givenAt = (stems: readonly string[], marks: readonly string[][], k: number) =>
  !stems[k].startsWith('ال') && stems[k].length >= 3 && (marks[k].includes('FIRST-S') || onlyNameListed(marks[k])) &&
  !marks[k].some((m) => m.startsWith('LOC') || m.startsWith('ORG'));

/**
 * A tail head after a company's name (دويتشه [بنك] …) ends the company. When the words after it, inside the same body
 * span, open with a given name and run on to a person (دويتشه بنك يوهانس فريدريش، كومرتس | بنك يورغ كرامر), those words
 * are the person: news names an analyst right after his employer, and a given name never continues a bank's name in
 * that order (the Arabic order, بنك + name, puts the head first, and is left alone). The person needs a second word,
 * in the same span or a person span right after it.
 */
export function splitTailHeadPersons(stems: readonly string[], marks: readonly string[][], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let k = 1; k + 2 < n; k++) {
    if (!TAIL_HEADS.has(stems[k]) || tagLabel(tags[k]) !== 'ORGANIZATION' || tagLabel(tags[k - 1]) !== 'ORGANIZATION') continue;
    const g = k + 1;
    if (tags[g] !== I_ORG || !givenAt(stems, marks, g)) continue;
    // The person's second word: inside the body span, or a person the tagger began right after it.
    let e = g + 1;
    while (e < n && tags[e] === I_ORG) e++;
    if (e === g + 1 && tags[e] !== B_PERS) continue;
    if (out === tags) out = tags.slice();
    // The head joins the name before it (كومرتس | بنك: the tagger began a second body at the head).
    if (tags[k] === B_ORG) out[k] = I_ORG;
    out[g] = B_PERS;
    for (let j = g + 1; j < e; j++) out[j] = I_PERS;
    if (e < n && tags[e] === B_PERS) {
      out[e] = I_PERS;
      while (e + 1 < n && isInside(tags[e + 1]) && tagLabel(tags[e + 1]) === 'PERSON') e++;
    }
    k = e;
  }
  return out;
}
