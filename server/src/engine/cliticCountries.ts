// A one-word country behind a clitic that the tagger left O (رئيسا [لتشاد]، [للبحرين]، [ومالي]): a place, read off ICU's region names.
import { beginTag } from './tagger';
import { Token } from './tokenize';
import { icuRegionNames } from './regionNames';
import { KeyFilter } from './keyFilter';

const B_LOC = beginTag('LOC');

let countries: Set<string> | undefined;

/** One-word Arabic country names from ICU's region names (normalised), built once. */
function countryNames(): Set<string> {
  countries ??= new Set([...icuRegionNames()].filter((n) => !n.includes(' ') && /^[\u0621-\u064A]+$/.test(n)));
  return countries;
}

/**
 * `رئيسا [لتشاد]`، `[للبحرين]`، `[ومالي]`: a country name behind a clitic that the tagger left O is a place (the training
 * news rarely shows country names with ل or و attached). The bare word must be a one-word country of ICU's region names
 * and, when it is also a nationality adjective (مالي: Mali and "financial"), carry a clitic that an adjective cannot take (ل).
 */
export function tagCliticCountries(sentence: Token[], marks: readonly string[][], tags: number[]): number[] {
  const forms = cliticCountryForms();
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    const w = sentence[k].norm;
    if (tags[k] !== 0 || sentence[k].kind !== 'word' || !forms.filter.mayHave(w)) continue;
    const prep = forms.map.get(w);
    if (prep === undefined || (marks[k].includes('NAT-S') && !prep)) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}

/**
 * The clitic a word read as clitics + a one-word country carries as its preposition (`ب`, `ل`, `ك`, or '' after و/ف
 * alone), or undefined when the word is no such country (or is itself one).
 */
function cliticCountry(w: string): string | undefined {
  if (w.length < 4) return undefined;
  // A conjunction (و ف) then a preposition (ب ل ك), each optional, read off the first letters.
  const conj = w[0] === 'و' || w[0] === 'ف' ? 1 : 0;
  const prep = w[conj] === 'ب' || w[conj] === 'ل' || w[conj] === 'ك' ? w[conj] : '';
  if (!conj && !prep) return undefined;
  const rest = w.slice(conj + prep.length);
  // ل + ال: the article's alef is dropped (للبحرين).
  const bare = prep === 'ل' && rest.startsWith('ل') && countryNames().has('ا' + rest) ? 'ا' + rest : rest;
  return countryNames().has(bare) && !countryNames().has(w) ? prep : undefined;
}

/** Word w (normalised, as written) is one tagCliticCountries reads as a country behind a clitic: the pass acts only at such a word. */
export function cliticCountryForm(w: string): boolean {
  return cliticCountryForms().map.has(w);
}

let cliticForms: { map: Map<string, string>; filter: KeyFilter } | undefined;

/**
 * Every word cliticCountry reads as a country, built once from each clitic pair before each country: a filter most
 * words fail, then one lookup, where each word starting with a clitic letter took a slice and two probes.
 */
function cliticCountryForms(): { map: Map<string, string>; filter: KeyFilter } {
  if (cliticForms) return cliticForms;
  const map = new Map<string, string>();
  for (const country of countryNames()) {
    const bodies = country.startsWith('ال') ? [country, country.slice(1)] : [country];
    for (const conj of ['', 'و', 'ف']) for (const prep of ['', 'ب', 'ل', 'ك']) for (const body of bodies) {
      const w = conj + prep + body;
      const read = cliticCountry(w);
      if (read !== undefined) map.set(w, read);
    }
  }
  cliticForms = { map, filter: new KeyFilter(map.keys()) };
  return cliticForms;
}
