// Evaluation only (`eval --unlisted`): the model with its name lists' entries for the gold names taken out, to score people and bodies the lists never held.
import { splitClitics } from './clitics';
import { buildGazetteer, FOLDED_LISTS, foldTransliteration, lookupKeys } from './gazetteer';
import { NerModel } from './model';
import { GIVEN_LIST } from './nameMarks';
import { normalizeArabic } from './normalize';

/** A gold mention: its label (ANERcorp's PERS, ORG …) and its tokens as written. */
export interface GoldName { label: string; words: string[] }

/** Per gold label, the lists that name things of that label (other labels' lists are left: a person's surname may be a place too). */
export const LISTS_OF: Readonly<Record<string, readonly string[]>> = {
  PERS: ['PER', 'NAME', 'FIRST', 'LAST', 'PLAST'],
  ORG: ['ORG', 'CLUB', 'COMP'],
};

/**
 * Given-name lists: the shipped first names (FIRST: 223 men's and 230 women's Arabic names — small; محمود and جورج are not
 * among them, so at `family` depth a gold person ending on such a name loses it as a given name for the whole file, and
 * `جورج [بوش]` elsewhere is cut: the figures are a little harsher than the depth means) and the Wikidata name parts (NAME).
 */
const GIVEN_LISTS: readonly string[] = ['FIRST', 'NAME'];

/**
 * How much of a gold person's name the lists lose. `family` (the default): the full name and, on every word, the full-name and
 * surname lists; the name-part lists too on the family name (a name's last word, or a name of one word) unless it is a common
 * given name (FIRST: أحمد كمال), while the given names before it keep theirs, as any newcomer's given names (جورج، بشار) are
 * ones the lists hold. `all`: the name-part lists off every word but the common given names (a newcomer from a culture the
 * lists never met). `full`: the name parts stay on every word (the family names of the region are among them).
 */
export type UnlistedDepth = 'full' | 'family' | 'all';
export const UNLISTED_DEPTHS: readonly UnlistedDepth[] = ['full', 'family', 'all'];

/** Takes `lists` off `key`'s entry in `map`, dropping the entry when nothing is left. */
function drop(map: Map<string, string>, key: string, lists: readonly string[]): void {
  const v = map.get(key);
  if (v === undefined) return;
  const all = v.split('|');
  const rest = all.filter((l) => !lists.includes(l));
  if (rest.length === all.length) return;
  if (rest.length) map.set(key, rest.join('|')); else map.delete(key);
}

const folding = (phrase: string) => phrase.split(' ').map(foldTransliteration).join(' ');

/**
 * A copy of `model` whose lists (the model file's and the news lists added at load: all in its gazetteer, which the tagger's
 * features and the rule passes read) no longer hold `names` as their label's lists would: the whole name as written and
 * clitic-free, and each of its words under every key a lookup tries, exact and transliteration-folded. The model's weights
 * are untouched (what it learnt of a word from its training text stands). The shipped model is not changed. `depth`: see
 * UnlistedDepth.
 */
export function unlistedModel(model: NerModel, names: readonly GoldName[], depth: UnlistedDepth = 'family'): NerModel {
  const original = model.gazetteer.phrases;
  const phrases = new Map(original);
  const folded = new Map(model.gazetteer.folded);
  const remove = (key: string, lists: readonly string[]) => {
    drop(phrases, key, lists);
    drop(folded, folding(key), lists.filter((l) => FOLDED_LISTS.has(l)));
  };
  for (const { label, words } of names) {
    const lists = LISTS_OF[label];
    if (!lists || !words.length) continue;
    const norm = words.map(normalizeArabic);
    const splits = norm.map((w) => splitClitics(w, model.lexicon));
    const keys = norm.map((w, k) => [...new Set([w, ...lookupKeys(w, splits[k])])]);
    // The whole name: its first word under each key, the later ones clitic-free or as written (`حزب العدالة والتنمية`).
    for (const first of keys[0]) for (const rest of [splits.slice(1).map((s) => s.stem), norm.slice(1)]) remove([first, ...rest].join(' '), lists);
    keys.forEach((ks, k) => {
      const common = ks.some((w) => GIVEN_LIST.test(original.get(w) ?? ''));
      const given = label === 'PERS' && (depth === 'full' || common || (depth === 'family' && k < norm.length - 1));
      const off = given ? lists.filter((l) => !GIVEN_LISTS.includes(l)) : lists;
      for (const w of ks) remove(w, off);
    });
  }
  return { ...model, gazetteer: buildGazetteer(phrases, folded) };
}
