// Evaluation only (`eval --unlisted`): the model with its name lists' entries for the gold names taken out, to score people and bodies the lists never held.
import { splitClitics } from './clitics';
import { buildGazetteer, FOLDED_LISTS, foldTransliteration, lookupKeys } from './gazetteer';
import { NerModel } from './model';
import { GIVEN_LIST } from './nameMarks';
import { normalizeArabic } from './normalize';

/** A gold mention: its label (ANERcorp's PERS, ORG …) and its tokens as written. */
export interface GoldName { label: string; words: string[] }

/** Per gold label, the lists that name things of that label (other labels' lists are left: a person's surname may be a place too). */
const LISTS_OF: Record<string, readonly string[]> = {
  PERS: ['PER', 'NAME', 'FIRST', 'LAST', 'PLAST'],
  ORG: ['ORG', 'CLUB', 'COMP'],
};

/**
 * A word the given-name list (FIRST, 445 common given names) holds keeps its given-name marks wherever it stands: any
 * newcomer's given names (أحمد كمال) are ones the lists hold, while his family and full names are what they lack.
 */
const GIVEN_LISTS: readonly string[] = ['FIRST', 'NAME'];

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
 * are untouched (what it learnt of a word from its training text stands). The shipped model is not changed.
 * `keepNameParts`: the Wikidata name parts (NAME, 15,000 words: most family names of the region are among them) stay on
 * the words, so only the full names, the surname lists and uncommon given names go: the mild bound of the measure.
 */
export function unlistedModel(model: NerModel, names: readonly GoldName[], keepNameParts = false): NerModel {
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
    keys.forEach((ks) => {
      const given = label === 'PERS' && ks.some((w) => GIVEN_LIST.test(original.get(w) ?? ''));
      const off = lists.filter((l) => !(given && GIVEN_LISTS.includes(l)) && !(keepNameParts && l === 'NAME'));
      for (const w of ks) remove(w, off);
    });
  }
  return { ...model, gazetteer: buildGazetteer(phrases, folded) };
}
