// A one-word MISC span the organisation lists hold is the body (على فيسبوك، مقاطع يوتيوب): the tagger learnt Wojood's websites as MISC.
import { beginTag, insideTag } from './tagger';
import { isProductHead } from './nameRules';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
const B_ORG = beginTag('ORG');

/**
 * A one-word MISC span the organisation lists hold is that organisation, as the project's sets tag platforms and companies
 * named bare (كتب على [فيسبوك]، مقاطع [يوتيوب]، محرك بحث [مايكروسوفت]). Not a definite word: a mosque or a landmark the
 * lists also hold as its institution (الأزهر) is the building in running text. After a product or app head the name is the
 * product itself and stays MISC (تطبيق تلغرام).
 */
export function listedBodiesNotMisc(stems: string[], marks: string[][], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let s = 0; s < n; s++) {
    if (out[s] !== B_MISC) continue;
    let e = s + 1;
    while (e < n && out[e] === I_MISC) e++;
    if (e === s + 1 && marks[s].includes('ORG-S') && !stems[s].startsWith('ال') && !(s > 0 && isProductHead(stems[s - 1]))) {
      if (out === tags) out = tags.slice();
      out[s] = B_ORG;
    }
    s = e - 1;
  }
  return out;
}
