// Currency units the hand list in miscNames lacks (أوقية، فرنكا، كواشا), read from ICU's Arabic currency names: MISC after an amount.
import { normalizeArabic } from './normalize';
import { Token } from './tokenize';
import { beginTag } from './tagger';
import { SCALE_WORDS, wordSet as set } from './wordSets';

const B_MISC = beginTag('MISC');

/**
 * First words of ICU's names that are no unit of their own in news: a nationality (20 أفغانيا are people), a metal, a right
 * (حقوق السحب الخاصة), units spelt as persons' or places' names a score or a list number may stand before (ليون، مارك،
 * فاتو، قرطبة، كيب تاون، بير السبع: بئر without hamza، جوردي ألبا، لاري كينغ), a unit whose accusative is a word (درام:
 * 30 دراما are serials), and Kuwait's news agency (كونا), normalised.
 */
const NOT_UNITS = set('أفغاني ذهب حقوق ليون مارك سيدي قرطبة بولا ليو كولن تالا فاتو كيب بير ليك كونا جوردى لارى درام');

/** ICU's Arabic currency names (`دولار أمريكي`، `أوقية موريتانية`): each name's first word, the unit, normalised, and its accusative. */
function icuUnits(): ReadonlySet<string> {
  const units = new Set<string>();
  let names: Intl.DisplayNames;
  let codes: string[];
  try {
    names = new Intl.DisplayNames(['ar'], { type: 'currency' });
    codes = Intl.supportedValuesOf('currency');
  } catch {
    // A runtime without ICU data gives no names: the hand list still reads the common units.
    return units;
  }
  for (const code of codes) {
    const first = (names.of(code) ?? '').split(' ')[0];
    if (!/^[\u0621-\u064A]{3,}$/.test(first)) continue;
    const unit = normalizeArabic(first);
    if (NOT_UNITS.has(unit)) continue;
    units.add(unit);
    // An amount of eleven or more takes the accusative (275 فرنكا); a feminine unit keeps its form (450 ألف أوقية).
    if (!unit.endsWith('ه')) units.add(unit + 'ا');
  }
  return units;
}
/** Read from ICU on the first sentence with an amount, not at start-up (~10 ms of ICU calls). */
let units: ReadonlySet<string> | undefined;

/** Units that also weigh (an ounce of gold is أوقية): in a sentence that names a precious metal they are the weight. */
const WEIGHTS = set('أوقية');
const METALS = set('ذهب الذهب فضة الفضة بلاتين البلاتين المعدن النفيس');
/** A number of four digits from 1800 to 2099 is a year, not an amount (عام 2010 مارك …). */
const YEAR = /^(18|19|20)\d\d$/;

/** Token k is an amount: a number that is no year, or a scale word (مليون، ألف). */
const amountAt = (sentence: readonly Token[], stems: readonly string[], k: number) =>
  k >= 0 && ((sentence[k].kind === 'number' && !YEAR.test(sentence[k].text)) || SCALE_WORDS.has(stems[k]));

/**
 * A currency unit ICU names, right after an amount and left O by the tagger, is MISC as the guide tags a unit in an amount
 * (`20 مليون [أوقية]`، `275 [فرنكا]`); an adjective after it stays outside (`[أوقية] قديمة`). Only after an amount: many unit
 * names are words or names elsewhere (ليون، مارك، سيدي).
 */
export function tagCurrencyUnits(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  let metal: boolean | undefined;
  for (let i = 1; i < sentence.length; i++) {
    if (out[i] !== 0 || sentence[i].kind !== 'word' || !(units ??= icuUnits()).has(stems[i]) || !amountAt(sentence, stems, i - 1)) continue;
    if (WEIGHTS.has(stems[i])) {
      metal ??= stems.some((s) => METALS.has(s));
      if (metal) continue;
    }
    if (out === tags) out = tags.slice();
    out[i] = B_MISC;
  }
  return out;
}
