// A union named by its continent (الاتحاد الأوروبي، الاتحاد الأفريقي، الاتحاد الآسيوي) is a body, not the continent's place.
import { beginTag, insideTag, markSpan } from './tagger';
import { icuAreaNames } from './regionNames';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

let stems: string[] | undefined;
/**
 * The one-word names of ICU's M.49 continents and regions (أفريقيا، أوروبا، آسيا، أوقيانوسيا), without the final alif their
 * nisba drops (أوروبا → أوروبي، آسيا → آسيوي).
 */
function continentStems(): readonly string[] {
  return stems ??= icuAreaNames().filter((w) => !w.includes(' ') && w.endsWith('ا') && w.length >= 4).map((w) => w.slice(0, -1));
}

/** `w` (normalised) is the definite nisba of a continent: ال, the continent's stem, at most two more letters and ي. */
export function continentNisba(w: string): boolean {
  if (!w.startsWith('ال') || !w.endsWith('ي')) return false;
  const rest = w.slice(2);
  return continentStems().some((s) => rest.startsWith(s) && rest.length <= s.length + 3);
}

/**
 * الاتحاد and a continent's nisba, read as a place or left O, is the continent's union: in NewsFANE and the project's dev
 * sets it is in an ORG span 43 times, O 6 (bodies NewsFANE left untagged), never LOC; the one place named الاتحاد + a
 * nisba, الاتحاد السوفياتي (LOC twice), has no continent in it. Under names-unknown the tagger reads الاتحاد الأوروبي as Europe.
 */
export function tagContinentUnions(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k + 1 < stems.length; k++) {
    if (stems[k] !== 'الاتحاد' || !continentNisba(stems[k + 1])) continue;
    const place = tags[k] === B_LOC && tags[k + 1] === I_LOC && tags[k + 2] !== I_LOC;
    if (!place && !(tags[k] === 0 && tags[k + 1] === 0)) continue;
    if (out === tags) out = [...tags];
    markSpan(out, k, k + 2, B_ORG, I_ORG);
  }
  return out;
}
