// A country whose name is also a common word (مالي: Mali, financial) after a bare compass word or a clause-opening verb is the country (شمال [مالي]، وتحكم [مالي] منذ).
import { CLAUSE_STOPS } from './clauseVerbs';
import { sentenceVerb } from './miscVerbs';
import { icuRegionNames } from './regionNames';
import { beginTag } from './tagger';
import type { Token } from './tokenize';
import { COMPASS_WORDS, wordSet as set } from './wordSets';

const B_LOC = beginTag('LOC');
/**
 * Compass words as a construct's head, clitics and all (normalised on building): what follows is a genitive, the region's
 * place, never an adjective; the definite forms (الشمال المالي) take adjectives and are left out.
 */
const COMPASS = set(COMPASS_WORDS.split(' ')
  .flatMap((w) => ['', 'و', 'ف', 'ب', 'وب', 'ل', 'ول'].map((c) => c + w)).join(' '));

/** A nisba adjective behind و (واقتصادي، وإداري): after it the country-shaped word was the first of two adjectives. */
const SECOND_NISBA = /^و[\u0621-\u064A]{3,}ي$/;
/** The verb test asks no name list here: a word after a country with و on it is read for its shape and kin alone. */
const NO_NAME = () => false;
/** A country written as a nisba adjective is (مالي). */
const NISBA_COUNTRY = /ي$/;

/**
 * A bare word the training text holds at least half as often in its feminine (صعب: صعبة، قوي: قوية), read where the
 * tagger left it O: an indefinite adjective, which cannot describe شمال مالي (a country makes the construct definite), so
 * it describes the compass word with مالي as its first adjective (وسط مالي صعب). Time words and particles after a
 * country (منذ، أمس، عام: عامة a fifth as often) have no such feminine. `count`: a normalised word's training-text count.
 */
function indefiniteAdjective(w: string, count: (w: string) => number): boolean {
  if (w.length < 2 || w.startsWith('ال') || COMPASS.has(w) || icuRegionNames().has(w)) return false;
  const feminine = count(w + 'ه');
  return feminine > 0 && 2 * feminine >= count(w);
}

/**
 * Token v opens its clause (the sentence's first word, or after a clause stop) and is a present or feminine past verb:
 * an adjective never follows a verb, so a country shaped as a nisba adjective (`NISBA_COUNTRY`) after it is the verb's
 * object or subject (وتحكم [مالي] منذ 2021 سلطة عسكرية). Inside a clause a verb-shaped word may be a noun the adjective
 * describes (رقابة وتحكم مالي). A country that is also a noun may be the verb's subject as the noun (يتراوح قطر الفوهات:
 * the craters' diameter), so only the adjective's shape counts.
 */
function openingVerb(sentence: readonly Token[], v: number, count: (w: string) => number): boolean {
  return (v === 0 || CLAUSE_STOPS.has(sentence[v - 1].text)) && sentence[v].kind === 'word' && sentenceVerb(sentence[v].text, count, NO_NAME);
}

/**
 * An untagged word that is a one-word country ICU names, right after a compass word the tagger left O, is that country:
 * the tagger leaves such names O where the word is far more often an adjective (دعم مالي), but شمال مالي is the north of Mali;
 * not before an indefinite adjective (indefiniteAdjective: وسط مالي صعب, a hard financial milieu). So is such a word right
 * after a verb that opens its clause (openingVerb: وتحكم مالي منذ 2021).
 */
export function tagCompassCountries(sentence: readonly Token[], tags: number[], count: (w: string) => number = () => 0): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || tags[k - 1] !== 0 || sentence[k].kind !== 'word' || !icuRegionNames().has(sentence[k].norm)) continue;
    if (NISBA_COUNTRY.test(sentence[k].norm) && openingVerb(sentence, k - 1, count)) {
      (out ??= tags.slice())[k] = B_LOC;
      continue;
    }
    if (!COMPASS.has(sentence[k - 1].norm)) continue;
    // وسط مالي واقتصادي is a financial and economic milieu; a compass word or a country behind و is the next place (ووسطي، ومالي).
    const next = k + 1 < tags.length ? sentence[k + 1].norm : '';
    // A present verb behind و ends as a nisba does when normalised (وتسعى: وتسعي): the next clause, no second adjective.
    if (SECOND_NISBA.test(next) && !COMPASS.has(next) && !icuRegionNames().has(next.slice(1)) && !sentenceVerb(sentence[k + 1].text, count, NO_NAME)) continue;
    if (next && tags[k + 1] === 0 && sentence[k + 1].kind === 'word' && indefiniteAdjective(next, count)) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
