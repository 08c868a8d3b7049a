// Currency units the hand list in miscNames lacks (أوقية، فرنكا، كواشا), read from ICU's Arabic currency names: MISC after an
// amount, and a named currency quoted against another (تراجعت النايرا مقابل الدولار).
import { normalizeArabic } from './normalize';
import { Token } from './tokenize';
import { beginTag } from './tagger';
import { SCALE_WORDS, wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_MISC = beginTag('MISC');

/**
 * First words of ICU's names that are no unit of their own in news: a nationality (20 أفغانيا are people), a metal, a right
 * (حقوق السحب الخاصة), units spelt as persons' or places' names a score or a list number may stand before (ليون، مارك،
 * فاتو، قرطبة، كيب تاون، بير السبع: بئر without hamza، جوردي ألبا، لاري كينغ), a unit whose accusative is a word (درام:
 * 30 دراما are serials), and Kuwait's news agency (كونا), normalised.
 */
const NOT_UNITS = set('أفغاني ذهب حقوق ليون مارك سيدي قرطبة بولا ليو كولن تالا فاتو كيب بير ليك كونا جوردى لارى درام');

/** ICU's Arabic currency names (`دولار أمريكي`، `أوقية موريتانية`): each name's first word, the unit, normalised. */
function icuUnitWords(): string[] {
  try {
    const names = new Intl.DisplayNames(['ar'], { type: 'currency' });
    return Intl.supportedValuesOf('currency').map((code) => (names.of(code) ?? '').split(' ')[0])
      .filter((first) => /^[\u0621-\u064A]{3,}$/.test(first)).map(normalizeArabic);
  } catch {
    // A runtime without ICU data gives no names: the hand list still reads the common units.
    return [];
  }
}

/** ICU's units that stand alone after an amount, and their accusative. */
function icuUnits(): ReadonlySet<string> {
  const units = new Set<string>();
  for (const unit of icuUnitWords()) {
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
/** The unit is a weight here: one that also weighs, in a sentence naming a precious metal (سعر أوقية الذهب). */
const weighsMetal = (unit: string, stems: readonly string[]) => WEIGHTS.has(unit) && stems.some((s) => METALS.has(s));
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
  for (let i = 1; i < sentence.length; i++) {
    if (out[i] !== 0 || sentence[i].kind !== 'word' || !(units ??= icuUnits()).has(stems[i]) || !amountAt(sentence, stems, i - 1)) continue;
    if (weighsMetal(stems[i], stems)) continue;
    if (out === tags) out = tags.slice();
    out[i] = B_MISC;
  }
  return out;
}

/**
 * ICU first words that with the article are common words or names, no currency (الليف fibre، السوم bargaining، الكينا
 * quinine، الأفغاني a nisba، البير a well، الحقوق، الذهب), normalised, without the article.
 */
const NOT_DEFINITE_UNITS = set('أفغاني ذهب حقوق بير ليف سوم كينا كولن كولون كونا ليون ليو درام بولا');
/** The words that quote one currency against another (مقابل الدولار، أمام اليورو), normalised. */
const AGAINST = set('مقابل أمام');
/** The words a currency's rate follows (سعر الروبل، أسعار الأوقية), normalised. */
const RATES = set('سعر أسعار صرف');
/** Currencies at large, after مقابل (مقابل العملات الأجنبية), normalised. */
const CURRENCIES_AT_LARGE = set('العملات العملة عملات');
/** How far a quote's مقابل/أمام may stand from the currency it quotes (تراجعت [النايرا] إلى 1400 مقابل الدولار). */
const QUOTE_REACH = 6;
/** tagExchangedCurrencies needs a quote or a rate word: without one it changes nothing. */
export const EXCHANGE_CUE = wideCueBit([AGAINST, RATES]);

/** ICU's units with the article: a name alone a word or name (سيدي، مارك) is the currency there; ين, too short for ICU's filter, too. */
let definiteUnits: ReadonlySet<string> | undefined;
const readDefiniteUnits = () => new Set([...icuUnitWords().filter((u) => !NOT_DEFINITE_UNITS.has(u)), 'ين']);

/** The unit of a currency with the article, clitics off (النايرا، بالروبل), normalised; undefined for any other word. */
function definiteUnit(stem: string): string | undefined {
  if (!stem.startsWith('ال')) return undefined;
  const unit = stem.slice(2);
  return (definiteUnits ??= readDefiniteUnits()).has(unit) ? unit : undefined;
}

/**
 * A currency ICU names, with the article and quoted against another currency, is MISC as the guide tags a currency
 * (`تراجعت [النايرا] إلى 1400 مقابل [الدولار]`، `سعر [السيدي] أمام الدولار`، `أسعار [الأوقية] مقابل العملات الأجنبية`,
 * `ارتفع الدولار أمام [الين]`); its adjective stays outside (`[الأوقية] الجديدة`). Quoted only: alone, many unit names are
 * words or names elsewhere (السيدي a CD, الأوقية an ounce: never in a sentence that names a precious metal).
 */
export function tagExchangedCurrencies(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  const quotes: number[] = [];
  for (let k = 0; k + 1 < sentence.length; k++) if (AGAINST.has(stems[k])) quotes.push(k);
  if (quotes.length === 0 && !stems.some((s) => RATES.has(s))) return tags;
  /** Token k names a currency: a unit ICU names (الدولار، اليورو، النايرا) or currencies at large. */
  const currencyAt = (k: number) => k >= 0 && k < sentence.length && sentence[k].kind === 'word' &&
    (CURRENCIES_AT_LARGE.has(stems[k]) || definiteUnit(stems[k]) !== undefined);
  /** A currency within reach before the quote at q. */
  const currencyBefore = (q: number) => {
    for (let k = q - 1; k >= q - QUOTE_REACH; k--) if (currencyAt(k)) return true;
    return false;
  };
  let out = tags;
  for (let i = 0; i < sentence.length; i++) {
    if (out[i] !== 0 || sentence[i].kind !== 'word') continue;
    const unit = definiteUnit(stems[i]);
    if (unit === undefined) continue;
    // Its rate, or quoted against another currency: one after it within reach, or it right after the quote and one before
    // within reach.
    const quoted = (i > 0 && RATES.has(stems[i - 1])) || quotes.some((q) => (q > i && q - i <= QUOTE_REACH && currencyAt(q + 1)) ||
      (q === i - 1 && currencyBefore(q)));
    if (!quoted || weighsMetal(unit, stems)) continue;
    if (out === tags) out = tags.slice();
    out[i] = B_MISC;
  }
  return out;
}
