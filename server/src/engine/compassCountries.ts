// A country whose name is also a common word (مالي: Mali, financial) after a bare compass word is the country (شمال [مالي]، وسط [مالي]).
import { icuRegionNames } from './regionNames';
import { beginTag } from './tagger';
import type { Token } from './tokenize';
import { COMPASS_WORDS, wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_LOC = beginTag('LOC');
/**
 * Compass words as a construct's head, clitics and all (normalised on building): what follows is a genitive, the region's
 * place, never an adjective; the definite forms (الشمال المالي) take adjectives and are left out.
 */
const COMPASS = set(COMPASS_WORDS.split(' ')
  .flatMap((w) => ['', 'و', 'ف', 'ب', 'وب', 'ل', 'ول'].map((c) => c + w)).join(' '));
/** tagCompassCountries' bit (wideCues.ts), on the whole forms: no compass word, no country after one. */
export const COMPASS_CUE = wideCueBit([], [COMPASS]);

/** A nisba adjective behind و (واقتصادي، وإداري): after it the country-shaped word was the first of two adjectives. */
const SECOND_NISBA = /^و[\u0621-\u064A]{3,}ي$/;

/**
 * An untagged word that is a one-word country ICU names, right after a compass word the tagger left O, is that country:
 * the tagger leaves such names O where the word is far more often an adjective (دعم مالي), but شمال مالي is the north of Mali.
 */
export function tagCompassCountries(sentence: readonly Token[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || tags[k - 1] !== 0 || !COMPASS.has(sentence[k - 1].norm)) continue;
    if (sentence[k].kind !== 'word' || !icuRegionNames().has(sentence[k].norm)) continue;
    // وسط مالي واقتصادي is a financial and economic milieu; a compass word or a country behind و is the next place (ووسطي، ومالي).
    const next = k + 1 < tags.length ? sentence[k + 1].norm : '';
    if (SECOND_NISBA.test(next) && !COMPASS.has(next) && !icuRegionNames().has(next.slice(1))) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
