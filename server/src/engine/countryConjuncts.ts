// A country whose name is also a common word (مالي: Mali, financial, my money) joined by و to another country is the country (السنغال [ومالي] وغامبيا، مع [مالي] والنيجر).
import { icuRegionNames } from './regionNames';
import { beginTag, isInside, spanStart, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { wideCueBit } from './wideCues';
import { PREPOSITIONS } from './wordSets';
import { PERSON_TITLE_FORMS } from './triggers';

const B_LOC = beginTag('LOC');
const B_ORG = beginTag('ORG');

/** tagConjoinedCountries' bit (wideCues.ts): a country, or a longer one's first word, behind و as written (ومالي، وبوركينا), which every change it makes needs. */
export const CONJOINED_CUE = wideCueBit([], [[...icuRegionNames()].map((r) => r.split(' ')[0]).flatMap((r) => (r.startsWith('و') ? [r, 'و' + r] : ['و' + r]))]);

/**
 * A verb's feminine shape, its و/ف allowed: present in ت (تسعى) or past in ت (تعهدت). A country as a clause's subject takes
 * one; a masculine verb after X مالي وY agrees with the noun X (جيش مالي والنيجر يواجه), whose genitive the countries are.
 */
const FEMININE_VERB = /^[وف]?ت|ت$/;

/** The country ICU names that `w` is, alone or after the conjunction و (normalised), or undefined. */
function countryOf(w: string): string | undefined {
  if (icuRegionNames().has(w)) return w;
  return w.startsWith('و') && w.length > 3 && icuRegionNames().has(w.slice(1)) ? w.slice(1) : undefined;
}

/**
 * An untagged word that is a country ICU names, alone or behind و, is the country where و joins it to another country:
 * after a place span that is a country (رؤساء السنغال [ومالي]) or before a و + country (مع [مالي] والنيجر). The tagger
 * leaves such names O where the word is far more often an adjective or a noun; between two countries it is neither.
 * Outside sports news, a one-word country after the و that the tagger read as a body (مع مالي [والنيجر]) is a place too,
 * and both become places: a country is a body only as a team, and a team needs a match (`sports`: the sentence is sports news).
 * Not before a country a feminine verb follows (`verbAt(k)`: token k is a verb): that و opens a clause whose subject is the country
 * (دعم مالي [وكوريا الجنوبية] تعهدت: financial support, and South Korea pledged), no list of two; but after a preposition,
 * a feminine noun or a title (مع مالي وتونس تسعى، حكومة مالي وتشاد ترفض), where the word is no adjective.
 */
export function tagConjoinedCountries(sentence: readonly Token[], tags: number[], sports = true, verbAt: (k: number) => boolean = () => false): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k < n; k++) {
    if (tags[k] !== 0 || sentence[k].kind !== 'word' || countryOf(sentence[k].norm) === undefined) continue;
    const cur = out ?? tags;
    // After a country the tagger read, itself one word or a listed phrase (الولايات المتحدة).
    const b = spanStart(cur, k - 1);
    const after = sentence[k].norm.startsWith('و') && b >= 0 && tagLabel(cur[k - 1]) === 'LOCATION' &&
      countryOf(sentence.slice(b, k).map((t) => t.norm).join(' ')) !== undefined;
    // After a preposition, a feminine noun (its adjective would be مالية) or a title the word is no adjective (مع مالي وتونس
    // تسعى، حكومة مالي وتشاد ترفض، رئيس مالي وتشاد يلتقيان): the country, whatever follows.
    const noAdjectiveSlot = k > 0 && (PREPOSITIONS.has(sentence[k - 1].norm) || sentence[k - 1].text.endsWith('ة') || PERSON_TITLE_FORMS.has(sentence[k - 1].norm));
    // Before a country: one word, or a place span the tagger read whose words name one (مع [مالي] وبوركينا فاسو).
    let e = k + 2;
    if (cur[k + 1] === B_LOC) while (e < n && isInside(cur[e])) e++;
    const before = k + 1 < n && sentence[k + 1].kind === 'word' && sentence[k + 1].norm.startsWith('و') &&
      (cur[k + 1] === 0 || cur[k + 1] === B_LOC || (!sports && cur[k + 1] === B_ORG)) &&
      (e >= n || !isInside(cur[e])) && !(e < n && !noAdjectiveSlot && FEMININE_VERB.test(sentence[e].norm) && verbAt(e)) && countryOf(sentence.slice(k + 1, e).map((t) => t.norm).join(' ')) !== undefined;
    if (after || before) (out ??= tags.slice())[k] = B_LOC;
    if (before && cur[k + 1] === B_ORG) out![k + 1] = B_LOC;
  }
  return out ?? tags;
}
