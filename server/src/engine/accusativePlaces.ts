// Indefinite accusatives read as places: an object or adverb run on into the place before it (`[أمريكا] إنذارا`، `المدينة فجرا`) or standing alone (`ترسل شيكا`).
import { newsPlaceOrCountry } from './prepositionPlaces';
import { beginTag, spanEnd } from './tagger';

const B_LOC = beginTag('LOC');
/** Training count from which the bare form of an accusative (شيك for شيكا) is a word of the language (as accusativeBodies.ts). */
const KNOWN_BASE = 20;

/**
 * A place's last words that are indefinite accusatives (ending in the accusative's alif, no article, no clitic) of a word the
 * training text knows well, and that no list holds, are the verb's object or an adverb after the place (`وجهت [أمريكا]
 * إنذارا`، `اقتحمت المدينة فجرا`): they leave the span. A span of nothing else is dropped whole when no news or country list
 * holds its word (`ترسل [شيكا]`، `أجرى [مرانا خفيفا]`); places ending in ا keep their reading by the lists (`صيدا`، `تركيا`:
 * صيد and ترك are words too). `namedAt(k)`: a name, place or body list marks token k.
 */
export function dropAccusativePlaces(stems: readonly string[], prefixes: readonly string[], tags: number[], wordFreq: (w: string) => number,
  namedAt: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  // The bare form as written or with the article (شيك is seen as الشيك).
  const known = (w: string) => wordFreq(w) + wordFreq('ال' + w) >= KNOWN_BASE;
  const accusative = (j: number) => prefixes[j] === '' && stems[j].length > 3 && stems[j].endsWith('ا') && !stems[j].endsWith('يا') &&
    !stems[j].startsWith('ال') && known(stems[j].slice(0, -1));
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_LOC) continue;
    const end = spanEnd(tags, b);
    let cut = end;
    while (cut > b && accusative(cut - 1) && !namedAt(cut - 1) && (cut - 1 > b || !newsPlaceOrCountry(stems[b]))) cut--;
    if (cut < end) {
      out ??= tags.slice();
      out.fill(0, cut, end);
      if (cut > b) out[b] = B_LOC;
    }
    b = end - 1;
  }
  return out ?? tags;
}
