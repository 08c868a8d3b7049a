// Towns joined by و to a place the tagger read: a listed one after it where the list runs on ([الفلوجة] [وهيت] ولم; و written apart too)، an unknown one before it (في [أطمة] [وسرمدا]).
import { beginTag, isInside, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { newsPlaceOrCountry } from './prepositionPlaces';
import { hasBehindConjunction, wordSet as set } from './wordSets';
import { derivedCommonNoun } from './derivedNouns';
import { allBaseArabic } from './normalize';

const B_LOC = beginTag('LOC');
/** Training-text count below which the tagger knows the word too little to overrule the list (as prepositionPlaces.ts). */
const RARE = 20;

/**
 * A word `وX` right after a place span, X a place of the project's news list or a country ICU names that the training text
 * saw fewer than 20 times, is the next place of the list, whatever follows it (في [الزبير] [والرميلة] تكلف البلاد):
 * coordinatedPlaces (placeBounds.ts) asks an unlisted word for the list's end, which a verb or a clause after it denies.
 * The curated list holds no frequent word, so a common noun after و (والمنطقة، والقرية) never passes.
 * Some writers set the و apart (وفي نيالا و [الفاشر]، كسلا و [القضارف]): the lone و after the place joins the listed town
 * after it the same way, the town as written then being the whole word.
 * `restFreq(k)`: training count of token k without its first letter; `freq(k)`: of token k as written.
 */
export function conjoinedNewsPlaces(sentence: readonly Token[], tags: number[], restFreq: (k: number) => number, freq: (k: number) => number): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    const cur = out ?? tags;
    if (cur[k] !== 0 || sentence[k].kind !== 'word' || (k + 1 < tags.length && isInside(cur[k + 1]))) continue;
    const t = townAfterPlace(sentence, cur, k);
    if (!t || t.town.length < 3 || !newsPlaceOrCountry(t.town) || (t.glued ? restFreq(k) : freq(k)) >= RARE) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}

/**
 * The town token k would add to a list of places the tagger read: X of `وX` right after a place span (`glued`), or X as
 * written after a lone و that follows one (كسلا و القضارف); undefined for any other token. homographTowns.ts reads it too.
 */
export function townAfterPlace(sentence: readonly Token[], tags: readonly number[], k: number): { town: string; glued: boolean } | undefined {
  const w = sentence[k].norm;
  if (tagLabel(tags[k - 1]) === 'LOCATION') return w[0] === 'و' ? { town: w.slice(1), glued: true } : undefined;
  if (k >= 2 && sentence[k - 1].norm === 'و' && tags[k - 1] === 0 && tagLabel(tags[k - 2]) === 'LOCATION') return { town: w, glued: false };
  return undefined;
}

/** Prepositions of place that open a list of towns (normalised on building). */
const OPENERS = set('في من إلى الى قرب بقرب بين داخل حول ضواحي أطراف مشارف');
/** Training-text count below which a word before و + a place is a name the tagger could not know (placeBounds.ts's RARE_PLACE). */
const RARE_ITEM = 3;
/** Pronoun suffixes, read on the word as written (normalising makes a final ة an ه). */
const PRONOUN_END = /(ه|ها|هم|هما|هن|كم|نا)$/;

/**
 * Word k, O, between a preposition of place (alone or behind و) and `وY`, a one-word place the tagger read, is the list's
 * first place when the training text saw it fewer than 3 times or the news places list holds it (في [أطمة] وسرمدا، من
 * [الرمثا] والمفرق): the tagger knew the second town and not the first. A bare word of Arabic letters, no pronoun suffix, no
 * derived or inflected common noun (في الاجتماعات وبغداد is none). `freq(k)`: training count; `wordFreq(w)`: of a word.
 */
export function placesBeforeConjoined(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  freq: (k: number) => number, wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 1; k + 1 < n; k++) {
    if (tags[k] !== 0 || tags[k - 1] !== 0 || tags[k + 1] !== B_LOC || sentence[k].kind !== 'word' || prefixes[k] !== '') continue;
    // A second place of two letters is no evidence (الهارد [وير]: the tagger's misreading of a loanword's half).
    if (!sentence[k + 1].norm.startsWith('و') || sentence[k + 1].norm.length < 4 || (k + 2 < n && isInside(tags[k + 2]))) continue;
    const p = sentence[k - 1].norm;
    if (!hasBehindConjunction(OPENERS, p)) continue;
    const w = stems[k];
    if ((w.startsWith('ال') ? w.length < 5 : w.length < 3) || !allBaseArabic(w) || PRONOUN_END.test(sentence[k].text)) continue;
    if (!(freq(k) < RARE_ITEM || newsPlaceOrCountry(w)) || derivedCommonNoun(w, wordFreq)) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
