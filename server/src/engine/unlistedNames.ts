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
 * Given names stay listed on the words before a full name's last: any newcomer's given name (أحمد، خالد) is one the lists
 * hold, while his family name and full name are what they lack. Only words the given-name list (FIRST) holds are so kept.
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
 */
export function unlistedModel(model: NerModel, names: readonly GoldName[]): NerModel {
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
      const given = label === 'PERS' && k < norm.length - 1 && ks.some((w) => GIVEN_LIST.test(original.get(w) ?? ''));
      const off = given ? lists.filter((l) => !GIVEN_LISTS.includes(l)) : lists;
      for (const w of ks) remove(w, off);
    });
  }
  return { ...model, gazetteer: buildGazetteer(phrases, folded) };
}
