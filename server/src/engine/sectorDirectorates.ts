// A directorate named by its sector and the place it serves (مديرية تربية بابل، دائرة صحة البصرة): one organisation, place and all.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { wordSet } from './wordSets';
import { normalizeArabic } from './normalize';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The heads (normalised, clitic-free): local branches of a ministry, named by its sector and their seat. */
const HEADS = wordSet('مديرية دائرة');
/**
 * Words before `دائرة` that make it a sphere, not a department: being inside or outside it, entering, leaving, widening or
 * narrowing it (`يدخل دائرة أمن روسيا`، `خارج دائرة نقل إيران`; second reader probe57c).
 */
const SPHERE_BEFORE = wordSet(`داخل خارج ضمن يدخل تدخل دخل دخلت أدخل ادخل يخرج تخرج خرج خرجت أخرج اتسعت اتسع تتسع يتسع توسيع توسع
  توسعت اتساع تضيق ضاقت يضيق`);
const CIRCLE = normalizeArabic('دائرة');
/** Head k is `دائرة` in the sense of a sphere, by the word before it (stems normalised). */
export const sphereAt = (stems: readonly string[], k: number) => stems[k] === CIRCLE && k > 0 && SPHERE_BEFORE.has(stems[k - 1]);
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
/** A unit of the state's map before the place's name, part of the seat (مديرية تربية قضاء الزبير، دائرة صحة محافظة ميسان). */
const UNITS = wordSet('محافظة قضاء ناحية لواء ولاية مدينة');

/**
 * A head (مديرية، دائرة, with or without a clitic: بمديرية), an indefinite sector noun with no clitic, and a place right
 * after it — a span the tagger read as a place (of MAX_PLACE words at most), a one-word span of another label, or an O word
 * the place lists hold — are one ORGANIZATION from the head to the place's end (and `العامة` after it), as the project's
 * read sets tag this shape every time (`مديرية تربية بابل`, `دائرة صحة البصرة`, `مديرية ماء السليمانية`: 15 of 15; the
 * training corpora hold it twice, NewsFANE's `دائرة محاكم دبي العامة` ORG). The tagger reads the place alone, or the head
 * and sector as a person; those spans are replaced. Without a sector noun the head is the district (`في مديرية لودر`,
 * `دائرة صفاقس`: places), and a common noun after the sector (`مديرية شرطة المحافظة`, O in the read gold) is no place, so
 * neither is touched; a span that runs on past the place, or one the head is inside of, is left as it is. A unit of the map
 * before the place is part of the seat (`مديرية تربية قضاء الزبير`), and a body the tagger opened at the sector over a listed
 * place takes the head in (`مديرية [شرطة إربد]`: second reader probe57c).
 */
export function tagSectorDirectorates(stems: readonly string[], prefixes: readonly string[], tags: number[], placeWordAt: (k: number) => boolean,
  writtenPlaceAt: (k: number) => boolean, placePhraseAt: (b: number, e: number) => boolean = () => false): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  const placeAt = (b: number, e: number) => (e - b === 1 ? placeWordAt(b) : placePhraseAt(b, e));
  for (let k = 0; k + 2 < n; k++) {
    if (!HEADS.has(stems[k]) || isInside(tags[k]) || sphereAt(stems, k)) continue;
    const s = k + 1;
    const p = k + 2;
    if (!SECTORS.has(stems[s]) || prefixes[s]) continue;
    // A place the clitic splitter cut (ب + ابل) is read as written.
    if (prefixes[p] && !writtenPlaceAt(p)) continue;
    let e = sectorOpenedBody(tags, k, s, placeAt);
    if (e < 0) {
      if (isInside(tags[p])) continue;
      // The sector is O or inside a span the head opened (the tagger's [مديرية صحة] as a person).
      if (tags[s] !== 0 && !(tags[k] !== 0 && isInside(tags[s]))) continue;
      if (tags[k] !== 0 && spanEnd(tags, k) > p) continue;
      e = seatEnd(stems, prefixes, tags, p, n, placeAt);
      if (e < 0) continue;
    }
    if (e < n && tags[e] === 0 && !prefixes[e] && GENERAL.has(stems[e])) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}

/**
 * The tagger's body opening at the sector and holding only a listed place after it (`مديرية [أوقاف نابلس]`، `دائرة [محاكم
 * رأس الخيمة]`, an ORG span with the head left out): the body's end, so the head joins it; -1 otherwise.
 */
function sectorOpenedBody(tags: readonly number[], k: number, s: number, placeAt: (b: number, e: number) => boolean): number {
  if (tags[k] !== 0 || tagLabel(tags[s]) !== 'ORGANIZATION' || isInside(tags[s])) return -1;
  const e = spanEnd(tags, s);
  return e > s + 1 && e - s - 1 <= MAX_PLACE && placeAt(s + 1, e) ? e : -1;
}

/**
 * The end of the seat at p: a span read as a place (MAX_PLACE words at most), a one-word span of another label (`بابل` read
 * as a person), an O listed place, or a unit of the map (قضاء، محافظة) before any of those. -1 when no seat is there.
 */
function seatEnd(stems: readonly string[], prefixes: readonly string[], tags: readonly number[], p: number, n: number,
  placeAt: (b: number, e: number) => boolean): number {
  if (tags[p] === 0 && UNITS.has(stems[p]) && !prefixes[p] && p + 1 < n && !prefixes[p + 1] && !isInside(tags[p + 1])) {
    const e = seatEnd(stems, prefixes, tags, p + 1, n, placeAt);
    return e - p <= MAX_PLACE ? e : -1;
  }
  if (tagLabel(tags[p]) === 'LOCATION') {
    const e = spanEnd(tags, p);
    return e - p <= MAX_PLACE ? e : -1;
  }
  if (tags[p] === 0) return placeAt(p, p + 1) ? p + 1 : -1;
  return spanEnd(tags, p) === p + 1 ? p + 1 : -1;
}
