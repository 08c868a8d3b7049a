// A city head, its name and a لل complement name an institution, not the city (مدينة دبي للإعلام، مدينة الملك عبدالعزيز للعلوم والتقنية).
import { normalizeArabic } from './normalize';
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { PREPOSITIONS, wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The settlement head, normalised and clitic-free. */
const HEAD = normalizeArabic('مدينة');
/** Words of the name between the head and its complement, at most (مدينة [الملك عبدالله] للطاقة). */
const MAX_NAME = 3;
/** After these a city with a لل word is where someone goes for a purpose (وصل إلى مدينة جدة للمشاركة). */
const TOWARDS = wordSet('إلى الى نحو');
/** Coordinated definite nouns the complement takes (للعلوم [والتقنية]). */
const MAX_CONJUNCTS = 2;

/**
 * `مدينة` + a name the tagger read as a place or person + a لل word (للإعلام، للعلوم) is an institution
 * named so — a media city, a science city — one ORGANIZATION with the head and the complement and the nouns joined to it
 * by و, as NewsFANE tags `مدينة دبي للإعلام`; without the complement the head stays outside the place. Not after إلى
 * (a journey's purpose: وصل إلى مدينة جدة للمشاركة), nor where a preposition follows the complement (للبحث عن).
 */
export function tagCityInstitutions(stems: readonly string[], prefixes: readonly string[], norms: (k: number) => string, tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k + 2 < n; k++) {
    if (stems[k] !== HEAD || tags[k] !== 0 || (k > 0 && TOWARDS.has(stems[k - 1]))) continue;
    // The name: one span of the tagger's, a place or a person (مدينة [دبي]، مدينة [الملك عبدالعزيز]), of MAX_NAME words at most.
    const label = tagLabel(tags[k + 1]);
    if ((label !== 'LOCATION' && label !== 'PERSON') || isInside(tags[k + 1])) continue;
    const e = spanEnd(tags, k + 1);
    if (e - k - 1 > MAX_NAME) continue;
    const lam = e < n ? norms(e) : '';
    if (e >= n || tags[e] !== 0 || !lam.startsWith('لل') || lam.length < 5) continue;
    let end = e + 1;
    for (let c = 0; c < MAX_CONJUNCTS && end < n && tags[end] === 0 && prefixes[end] === 'و' && stems[end].startsWith('ال'); c++) end++;
    if (end < n && !prefixes[end] && PREPOSITIONS.has(stems[end])) continue;
    out ??= tags.slice();
    markSpan(out, k, end, B_ORG, I_ORG);
    k = end - 1;
  }
  return out ?? tags;
}
