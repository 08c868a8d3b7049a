// A settlement's name located by a compass direction and a larger place (بلدة [جوهر] شمال مقديشو، حي [الكرادة] وسط العاصمة), whatever other lists call the word.
import { tagLabel } from './tagger';
import type { Token } from './tokenize';
import { COMPASS_WORDS, wordSet as set } from './wordSets';
import { derivedCommonNoun } from './derivedNouns';
import { allBaseArabic } from './normalize';

/** Compass words that place a town against a larger place (normalised on building), with their adjective forms. */
const COMPASS = set(COMPASS_WORDS);
/** The larger place named by a common noun (the capital, the city, the country). */
const REFERENCE_NOUNS = set('العاصمة المدينة البلاد المحافظة الولاية');

/**
 * Word k, right after a singular settlement head, is the settlement's name when a compass word and a larger place follow
 * it (بلدة [جوهر] شمال مقديشو، حي [الكرادة] وسط العاصمة): the phrase locates a named place, whatever name list holds the
 * word (the caller keeps out words the training text holds 20 times or more: منطقة الشعب would spread to والشعب). Not a describing word: an indefinite one agreeing with the head (منطقة عازلة شمال سوريا,
 * ending in ة), a nisba (منطقة الحدودية), a verbal noun or participle (منطقة العمليات); nor a word the next one continues.
 */
export function locatedByDirection(sentence: readonly Token[], stems: readonly string[], tags: readonly number[], k: number,
  wordFreq: (w: string) => number): boolean {
  const n = tags.length;
  if (k + 2 >= n || tags[k + 1] !== 0 || !COMPASS.has(sentence[k + 1].norm)) return false;
  // The larger place: one the tagger read, or the capital, city or country named by its noun.
  let r = k + 2;
  if (COMPASS.has(sentence[r].norm) && r + 1 < n) r++; // شمال غرب بغداد
  if (tagLabel(tags[r]) !== 'LOCATION' && !REFERENCE_NOUNS.has(sentence[r].norm)) return false;
  const w = stems[k];
  if (sentence[k].kind !== 'word' || w.length < 3 || !allBaseArabic(w)) return false;
  const definite = w.startsWith('ال');
  if (/(ي|يه|ه)$/.test(w) && (!definite || /يه?$/.test(w))) return false;
  if (definite && derivedCommonNoun(w, wordFreq)) return false;
  return true;
}
