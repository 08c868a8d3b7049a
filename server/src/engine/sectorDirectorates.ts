// A directorate named by its sector and the place it serves (مديرية تربية بابل، دائرة صحة البصرة): one organisation, place and all.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The heads (normalised, clitic-free): local branches of a ministry, named by its sector and their seat. */
const HEADS = wordSet('مديرية دائرة');
/** The pass's bit (wideCues.ts): a sentence without a head is left as it is. */
export const SECTOR_DIRECTORATE_CUE = wideCueBit([HEADS]);
/**
 * The sectors a ministry's local directorate serves, written indefinite in construct (صحة، تربية، ماء، أمن، أملاك،
 * محاكم). Not post and customs offices: WikiFANE tags `دائرة بريد النجف`, `دائرة كمارك النجف` as facilities.
 */
const SECTORS = wordSet(`صحة تربية تعليم زراعة ماء مياه كهرباء أمن شرطة بيئة ثقافة سياحة رياضة شباب عمل نقل مرور جنسية
  جوازات أوقاف أملاك ضرائب إحصاء صناعة تجارة مالية اقتصاد طرق إسكان بلديات ري آثار إعلام محاكم عدل`);
/** A general directorate's adjective after its seat, in its name (NewsFANE: `دائرة محاكم دبي العامة`). */
const GENERAL = wordSet('العامة');
/** Words of the place, at most (دائرة صحة [ذي قار]). */
const MAX_PLACE = 3;

/**
 * A head (مديرية، دائرة, with or without a clitic: بمديرية), an indefinite sector noun with no clitic, and a place right
 * after it — a span the tagger read as a place (of MAX_PLACE words at most), a one-word span of another label, or an O word
 * the place lists hold — are one ORGANIZATION from the head to the place's end (and `العامة` after it), as the project's
 * read sets tag this shape every time (`مديرية تربية بابل`, `دائرة صحة البصرة`, `مديرية ماء السليمانية`: 15 of 15; the
 * training corpora hold it twice, NewsFANE's `دائرة محاكم دبي العامة` ORG). The tagger reads the place alone, or the head
 * and sector as a person; those spans are replaced. Without a sector noun the head is the district (`في مديرية لودر`,
 * `دائرة صفاقس`: places), and a common noun after the sector (`مديرية شرطة المحافظة`, O in the read gold) is no place, so
 * neither is touched; a span that runs on past the place, or one the head is inside of, is left as it is.
 */
export function tagSectorDirectorates(stems: readonly string[], prefixes: readonly string[], tags: number[], placeWordAt: (k: number) => boolean,
  writtenPlaceAt: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k + 2 < n; k++) {
    if (!HEADS.has(stems[k]) || isInside(tags[k])) continue;
    const s = k + 1;
    const p = k + 2;
    if (!SECTORS.has(stems[s]) || prefixes[s] || isInside(tags[p])) continue;
    // A place the clitic splitter cut (ب + ابل) is read as written.
    if (prefixes[p] && !writtenPlaceAt(p)) continue;
    // The sector is O or inside a span the head opened (the tagger's [مديرية صحة] as a person).
    if (tags[s] !== 0 && !(tags[k] !== 0 && isInside(tags[s]))) continue;
    if (tags[k] !== 0 && spanEnd(tags, k) > p) continue;
    let e: number;
    if (tagLabel(tags[p]) === 'LOCATION') {
      e = spanEnd(tags, p);
      if (e - p > MAX_PLACE) continue;
    } else if (tags[p] === 0 ? placeWordAt(p) : spanEnd(tags, p) === p + 1) e = p + 1;
    else continue;
    if (e < n && tags[e] === 0 && !prefixes[e] && GENERAL.has(stems[e])) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}
