// Name-list lookup for the tagger: multi-word matches on normalised (and transliteration-folded) forms,
// marked begin/inside/end/single per list so the model learns how far to trust each list.
import { CliticSplit } from './clitics';

/** Gazetteer: normalised, clitic-free phrases (words joined by one space) → list names joined by `|`. */
export interface Gazetteer {
  phrases: Map<string, string>;
  /** Same phrases of the foreign-name lists under their transliteration-folded form (`foldTransliteration`). */
  folded: Map<string, string>;
  maxWords: number;
  /** First words of multi-word phrases (exact and folded), so most tokens skip the phrase search. */
  firstWords: Set<string>;
}

/** Lists whose entries are mostly transliterated foreign names: looked up folded too. */
export const FOLDED_LISTS = new Set(['PER', 'NAME', 'LOC', 'CLUB']);

const FOLD_LETTER: Record<string, string> = {
  'غ': 'ج', 'ق': 'ج', 'ك': 'ج', 'ط': 'ت', 'ص': 'س', 'ث': 'س', 'ض': 'د', 'ذ': 'ز', 'ظ': 'ز', 'ه': 'ا',
};

/**
 * Folds the spelling variants of transliterated names (`كم جونغ أون` / `كيم جونج أون`,
 * `غوتيريش` / `جوتيريس`): ج/غ/ق/ك, ت/ط, س/ص/ث, د/ض, ز/ذ/ظ one letter each; long vowels
 * (ا و ي) dropped after the first letter; doubled letters once. Input is already normalised.
 */
export function foldTransliteration(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    let c = word[i];
    c = FOLD_LETTER[c] ?? c;
    if (i > 0 && (c === 'ا' || c === 'و' || c === 'ي')) continue;
    if (out.length && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}

export function foldPhrase(phrase: string): string {
  return phrase.split(' ').map(foldTransliteration).join(' ');
}

export function buildGazetteer(entries: Record<string, string>): Gazetteer {
  const phrases = new Map(Object.entries(entries));
  const folded = new Map<string, string>();
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const [k, cats] of phrases) {
    const words = k.split(' ');
    maxWords = Math.max(maxWords, words.length);
    if (words.length > 1) firstWords.add(words[0]);
    const foreign = cats.split('|').filter((c) => FOLDED_LISTS.has(c));
    if (!foreign.length) continue;
    const f = foldPhrase(k);
    const prev = folded.get(f);
    folded.set(f, prev ? [...new Set([...prev.split('|'), ...foreign])].join('|') : foreign.join('|'));
    if (words.length > 1) firstWords.add(f.split(' ')[0]);
  }
  return { phrases, folded, maxWords, firstWords };
}

/** Lookup keys of one word: its clitic-free stem, its core without ال, and bare forms after a leading clitic. */
export function lookupKeys(word: string, split: CliticSplit): string[] {
  const keys = [split.stem];
  if (split.core !== split.stem) keys.push(split.core);
  // Names unknown to the lexicon keep their clitics in the split (وبايدن): try without them.
  if (!split.prefix && word.length >= 5 && /^[وفبلك]/.test(word)) {
    const rest = /^[وف][بلك]/.test(word) && word.length >= 6 ? [word.slice(1), word.slice(2)] : [word.slice(1)];
    for (const r of rest) if (!keys.includes(r)) keys.push(r);
  }
  return keys;
}

/** Lists containing `word` (any lookup key), exact or folded. */
export function listsOf(gaz: Gazetteer, keys: string[], foldedKeys: string[]): Set<string> {
  const out = new Set<string>();
  for (const k of keys) { const c = gaz.phrases.get(k); if (c) for (const x of c.split('|')) out.add(x); }
  for (const k of foldedKeys) { const c = gaz.folded.get(k); if (c) for (const x of c.split('|')) out.add('f' + x); }
  return out;
}

export interface GazWord { keys: string[]; foldedKeys: string[]; stem: string; foldedStem: string }

export function gazWord(word: string, split: CliticSplit): GazWord {
  const keys = lookupKeys(word, split);
  return { keys, foldedKeys: keys.map(foldTransliteration), stem: split.stem, foldedStem: foldTransliteration(split.stem) };
}

/**
 * Per token, the list matches covering it, as `LIST-B|I|E|S` (folded matches as `fLIST-…`);
 * per list the longest match starting at a token wins, and a token keeps its first match.
 */
export function gazetteerMarks(words: GazWord[], gaz: Gazetteer): string[][] {
  const n = words.length;
  const marks: string[][] = Array.from({ length: n }, () => []);
  const taken: Array<Set<string>> = Array.from({ length: n }, () => new Set());
  const put = (list: string, i: number, len: number) => {
    if (taken[i].has(list)) return;
    for (let k = 0; k < len; k++) {
      if (taken[i + k].has(list)) continue;
      taken[i + k].add(list);
      marks[i + k].push(list + '-' + (len === 1 ? 'S' : k === 0 ? 'B' : k === len - 1 ? 'E' : 'I'));
    }
  };
  for (let i = 0; i < n; i++) {
    const w = words[i];
    for (const [map, keys, rest, pre] of [[gaz.phrases, w.keys, 'stem', ''], [gaz.folded, w.foldedKeys, 'foldedStem', 'f']] as const) {
      for (const first of keys) {
        if (!gaz.firstWords.has(first)) continue;
        let phrase = first;
        const found: Array<[string, number]> = [];
        for (let len = 2; len <= gaz.maxWords && i + len <= n; len++) {
          phrase += ' ' + words[i + len - 1][rest];
          const c = map.get(phrase);
          if (c) found.push([c, len]);
        }
        for (let f = found.length - 1; f >= 0; f--) for (const list of found[f][0].split('|')) put(pre + list, i, found[f][1]);
      }
      for (const k of keys) { const c = map.get(k); if (c) for (const list of c.split('|')) put(pre + list, i, 1); }
    }
  }
  return marks;
}

/** Features of token i from the list marks on it and its two neighbours. */
export function gazetteerFeatures(marks: string[][], i: number, out: string[]): void {
  for (const m of marks[i]) out.push('g=' + m);
  if (i > 0) for (const m of marks[i - 1]) out.push('g-1=' + m);
  if (i + 1 < marks.length) for (const m of marks[i + 1]) out.push('g1=' + m);
}
