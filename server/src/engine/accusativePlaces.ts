// Indefinite accusatives read as places: an adverb or object run on into the place before it (`[المدينة فجرا]`) or standing alone (`من المدينة [فجرا]`).
import { newsPlaceOrCountry } from './prepositionPlaces';
import { beginTag, spanEnd } from './tagger';
import { KNOWN_BASE } from './accusativeBodies';

const B_LOC = beginTag('LOC');

/**
 * A place's last words that are indefinite accusatives (ending in the accusative's alif, no article, no clitic) of a word the
 * training text knows well, and that no list holds, are an adverb or the verb's object after the place (`اقتحمت المدينة
 * [فجرا]`، `يكون القمر [بدرا]`): they leave the span. A span of nothing else is dropped whole unless the news places or
 * ICU's countries hold its word. Places ending in يا stay whatever their rest (`سوريا`، `ليبيا`: سوري and ليبي are words
 * too), and so do listed ones (`صيدا`، `بيتا`). `namedAt(k)`: a name, place or body list marks token k.
 */
export function dropAccusativePlaces(stems: readonly string[], prefixes: readonly string[], tags: number[], wordFreq: (w: string) => number,
  namedAt: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  // The bare form as written or with the article (فجر is seen mostly as الفجر), counted as for an accusative body.
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
