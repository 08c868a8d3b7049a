// A one-word MISC span over a name only the organisations list holds (على [فيسبوك]) is the company, as the guide tags platforms acting as companies.
import { beginTag, insideTag } from './tagger';
import { isProductHead } from './nameRules';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
const B_ORG = beginTag('ORG');
/** Gazetteer marks of lists other than the organisations' (a place, person or club reading keeps the tagger's MISC). */
const OTHER_LIST = /^(PER|NAME|FIRST|LAST|PLAST|LOC|CLUB|MISC)-/;

/**
 * A one-word MISC span whose word the organisations list holds as a whole name and no other list does is that company
 * (كتب على [فيسبوك]، عبر [فيسبوك]): the guide tags a platform acting as a company ORG. After a product or app head
 * (تطبيق، منصة، خدمة) the word is the product, and stays MISC.
 */
export function listedBodiesNotMisc(stems: readonly string[], marks: readonly string[][], tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_MISC || tags[k + 1] === I_MISC) continue;
    if (!marks[k].includes('ORG-S') || marks[k].some((m) => OTHER_LIST.test(m))) continue;
    if (k > 0 && isProductHead(stems[k - 1])) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_ORG;
  }
  return out;
}
