// Name-list lookup for the tagger: multi-word matches on normalised (and transliteration-folded) forms,
// marked begin/inside/end/single per list so the model learns how far to trust each list.
import { CliticSplit } from './clitics';
import { foldTransliteration } from './transliterationFold';
import { PhraseStart, phraseStart, phraseStep, secondStep, setSecondBits, startBitsOf } from './phraseStarts';

export { foldTransliteration } from './transliterationFold';

/** Gazetteer: normalised, clitic-free phrases (words joined by one space) → list names joined by `|`. */
export interface Gazetteer {
  phrases: Map<string, string>;
  /** Same phrases of the foreign-name lists under their transliteration-folded form (`foldTransliteration`). */
  folded: Map<string, string>;
  maxWords: number;
  /** First word → second words of multi-word phrases (exact and folded), so most tokens skip the phrase search. */
  firstWords: Map<string, Set<string>>;
  /** Proper prefixes (two words or more) of longer phrases, exact and folded: the search stops where none continues. */
  prefixes: Set<string>;
  /** Every second word of a multi-word phrase (exact and folded): a phrase can start only before one of them. */
  seconds: Set<string>;
}

/** Lists of (mostly transliterated) person names: also looked up folded. Folding places and clubs too scored no better on dev and loads slower. */
export const FOLDED_LISTS = new Set(['PER', 'NAME', 'PLAST']);

/**
 * Builds the lookup structures. `folded` (the foreign-name lists under folded spellings) is
 * computed here unless given: the model file carries it precomputed, so loading skips the folding.
 */
export function buildGazetteer(entries: Map<string, string> | Record<string, string>, precomputedFolded?: Map<string, string>): Gazetteer {
  const phrases = entries instanceof Map ? entries : new Map(Object.entries(entries));
  const folded = precomputedFolded ?? new Map<string, string>();
  let maxWords = 1;
  const firstWords = new Map<string, Set<string>>();
  const seconds = new Set<string>();
  const addFirst = (words: string[]) => {
    let next = firstWords.get(words[0]);
    if (!next) { next = new Set(); firstWords.set(words[0], next); }
    next.add(words[1]);
    seconds.add(words[1]);
  };
  const prefixes = new Set<string>();
  const addPrefixes = (words: string[]) => { for (let l = 2; l < words.length; l++) prefixes.add(words.slice(0, l).join(' ')); };
  // As addFirst and addPrefixes on the phrase's words, from its spaces: no list of words nor prefix joined per phrase
  // (the model's lists hold 30,000 phrases, 40,000 with the folded ones: each process builds this at start).
  const addWords = (k: string) => {
    const s1 = k.indexOf(' ');
    if (s1 < 0) return;
    let s2 = k.indexOf(' ', s1 + 1);
    const first = k.slice(0, s1);
    const second = k.slice(s1 + 1, s2 < 0 ? k.length : s2);
    let next = firstWords.get(first);
    if (!next) { next = new Set(); firstWords.set(first, next); }
    next.add(second);
    seconds.add(second);
    let count = 2;
    for (; s2 >= 0; s2 = k.indexOf(' ', s2 + 1), count++) prefixes.add(k.slice(0, s2));
    maxWords = Math.max(maxWords, count);
  };
  if (precomputedFolded) {
    // Keys only: an entries loop makes a pair per phrase.
    for (const k of phrases.keys()) addWords(k);
    for (const f of folded.keys()) addWords(f);
    return { phrases, folded, maxWords, firstWords, prefixes, seconds };
  }
  for (const [k, cats] of phrases) {
    const multi = k.includes(' ');
    const words = multi ? k.split(' ') : [k];
    if (multi) {
      maxWords = Math.max(maxWords, words.length);
      addFirst(words);
      addPrefixes(words);
    }
    const foreign = cats.includes('|') ? cats.split('|').filter((c) => FOLDED_LISTS.has(c)).join('|') : FOLDED_LISTS.has(cats) ? cats : '';
    if (!foreign) continue;
    const fw = multi ? words.map(foldTransliteration) : [foldTransliteration(k)];
    const f = multi ? fw.join(' ') : fw[0];
    const prev = folded.get(f);
    folded.set(f, prev && prev !== foreign ? [...new Set([...prev.split('|'), ...foreign.split('|')])].sort().join('|') : foreign);
    if (multi) { addFirst(fw); addPrefixes(fw); }
  }
  return { phrases, folded, maxWords, firstWords, prefixes, seconds };
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

export interface GazWord {
  keys: string[];
  /** Folded keys: all of them for rare words, else only the folded stem (for multi-word starts). */
  foldedKeys: string[];
  stem: string;
  foldedStem: string;
  /** The word as written (normalised), clitics and all: a list phrase may hold a later word so (`للبترول`, `والتنمية`). */
  whole: string;
  /** Unseen in the training text: only such words are looked up folded on their own. */
  rare: boolean;
  /** Index of the first key read without a leading clitic the splitter left on (lookupKeys): keys before it are the word as split. */
  bareFrom: number;
  /** Single-word matches (`LIST-S`), filled on first lookup; words are cached per form, so this is too. */
  single?: string[];
  /** Keys (exact, then folded) that begin a multi-word phrase, with the second words that continue them; filled with `single`. */
  starts?: PhraseStart[];
  /** Its stem, whole form or folded stem is the second word of some phrase (Gazetteer.seconds); filled on first lookup. */
  second?: boolean;
  /** Its phraseStarts bits (stem and whole form; folded stem), filled with `second`. */
  bitsExact: number;
  bitsFolded: number;
  /** The union of its starts' `bits`: a next word with none of them continues none of its phrases. Filled with `starts`. */
  startBits: number;
  /** sentenceMarks' bits of `single` (sentenceCues.ts), as of `markBitsAt` mark registrations; −1: not read yet. */
  markBits: number;
  markBitsAt: number;
}

/**
 * Lookup keys of a word. `rare` words (unseen in training text) are also looked up folded on
 * their own: a common word is not a respelled name, and folded it collides with many.
 */
export function gazWord(word: string, split: CliticSplit, rare: boolean): GazWord {
  const keys = lookupKeys(word, split);
  const foldedStem = foldTransliteration(split.stem);
  // Every field from the start (single and starts filled later): one object shape for all words, so the lookups stay monomorphic.
  const foldedKeys = rare ? keys.map((k) => (k === split.stem ? foldedStem : foldTransliteration(k))) : [foldedStem];
  return { keys, foldedKeys, stem: split.stem, foldedStem, whole: word, rare, bareFrom: split.core !== split.stem ? 2 : 1,
    single: undefined, starts: undefined, second: undefined, bitsExact: 0, bitsFolded: 0, startBits: 0, markBits: 0, markBitsAt: -1 };
}

/** `LIST-S` mark strings per list string (`LOC|NAT`), exact and folded: few distinct ones, shared by every word. */
const SINGLE_MARKS = [new Map<string, string[]>(), new Map<string, string[]>()];
const NO_STARTS: PhraseStart[] = [];
const NO_KEYS: string[] = [];

function marksOf(lists: string, folded: boolean): string[] {
  const cache = SINGLE_MARKS[folded ? 1 : 0];
  let m = cache.get(lists);
  if (!m) { m = lists.split('|').map((l) => (folded ? 'f' : '') + l + '-S'); cache.set(lists, m); }
  return m;
}

/** Appends the marks of `lists` that `out` does not hold yet, in order. */
function addMarks(out: string[], lists: string | undefined, folded: boolean): void {
  if (!lists) return;
  const marks = marksOf(lists, folded);
  for (let k = 0; k < marks.length; k++) if (!out.includes(marks[k])) out.push(marks[k]);
}

/**
 * A word's single-word marks and the phrases it may start. Runs once per new word form (a stream of fresh text
 * meets tens of thousands): plain loops, one probe per key into each table, no closure or intermediate list.
 */
/** A phrase's lists without NAME (`LOC|NAME` → `LOC`), or undefined when nothing is left. */
function withoutNameParts(cats: string | undefined): string | undefined {
  if (cats === undefined || !cats.includes('NAME')) return cats;
  const rest = cats.split('|').filter((c) => c !== 'NAME').join('|');
  return rest || undefined;
}

function singleMarks(w: GazWord, gaz: Gazetteer, readWhole: boolean): string[] {
  const out: string[] = [];
  const keys = w.keys;
  const foldedKeys = w.foldedKeys;
  // Read without a leading clitic, a word is a guess the lists may confirm: only when no list holds the word as split,
  // and the first reading a list holds wins. A listed surname whose rest is another name stays the surname (بايدن is
  // no ب + ايدن, a place), and وبايدن reads بايدن. The shipped model was trained reading them all (see readWhole).
  const bareFrom = readWhole ? w.bareFrom : keys.length;
  for (let x = 0; x < bareFrom; x++) addMarks(out, gaz.phrases.get(keys[x]), false);
  for (let x = bareFrom; x < keys.length && out.length === 0; x++) addMarks(out, gaz.phrases.get(keys[x]), false);
  if (w.rare) for (let x = 0; x < foldedKeys.length; x++) addMarks(out, gaz.folded.get(foldedKeys[x]), true);
  // A word the splitter cut before an ال it read as the article is also looked up as written: a name that reads as
  // clitic + definite word (كاليفورنيا، بالتيمور، فالنسيا). Not in the Wikidata name parts, which hold such forms of common
  // words; nor after a split the lexicon chose (كوفي: the noisy lists hold it as a place too).
  const cut = readWhole && w.whole !== w.stem && w.stem.startsWith('ال') && !keys.includes(w.whole);
  if (cut) addMarks(out, withoutNameParts(gaz.phrases.get(w.whole)), false);
  let starts: PhraseStart[] | undefined;
  for (let x = 0; x < keys.length; x++) {
    const next = gaz.firstWords.get(keys[x]);
    if (next !== undefined) (starts ??= []).push(phraseStart(keys[x], false, next));
  }
  // Any word the splitter cut starts a phrase as written too (لولا دا سيلفا، بلاول بوتو زرداري: ل + ولا، ب + لاول): the
  // phrase's later words confirm the reading.
  const wholeNext = readWhole && w.whole !== w.stem && !keys.includes(w.whole) ? gaz.firstWords.get(w.whole) : undefined;
  if (wholeNext !== undefined) (starts ??= []).push(phraseStart(w.whole, false, wholeNext));
  // A folded key met twice (two keys fold alike) starts its phrases once.
  for (let x = 0; x < foldedKeys.length; x++) {
    const next = gaz.firstWords.get(foldedKeys[x]);
    if (next !== undefined && foldedKeys.indexOf(foldedKeys[x]) === x) (starts ??= []).push(phraseStart(foldedKeys[x], true, next));
  }
  w.starts = starts ?? NO_STARTS;
  w.startBits = startBitsOf(w.starts);
  // Words are cached per form: what lookups no longer need is let go (the marks and starts hold the answer).
  w.keys = NO_KEYS;
  w.foldedKeys = NO_KEYS;
  return out;
}

/** A list's mark strings (`LOC-B`, `LOC-I`, `LOC-E`, `LOC-S`), made once per list name: every multi-word match writes them. */
interface MarkNames { list: string; begin: string; inside: string; end: string; single: string }
const MARK_NAMES = new Map<string, MarkNames>();
function markNames(list: string): MarkNames {
  let m = MARK_NAMES.get(list);
  if (!m) { m = { list, begin: list + '-B', inside: list + '-I', end: list + '-E', single: list + '-S' }; MARK_NAMES.set(list, m); }
  return m;
}

/** Some mark of a token is the list's (any of its four). */
function hasList(marks: readonly string[], names: MarkNames): boolean {
  for (const m of marks) if (m.length === names.list.length + 2 && m.startsWith(names.list)) return true;
  return false;
}

/** Marks tokens i..i+len-1 as one match of a list; a token's marks (shared by its word form) are copied before the first change. */
function putMatch(marks: string[][], copied: Uint8Array, names: MarkNames, i: number, len: number): void {
  for (let k = 0; k < len; k++) {
    const j = i + k;
    if (!copied[j]) { marks[j] = [...marks[j]]; copied[j] = 1; }
    if (hasList(marks[j], names) && !marks[j].includes(names.single)) continue;
    // A multi-word match replaces the single-word one of the same list.
    if (marks[j].includes(names.single)) marks[j] = marks[j].filter((m) => m !== names.single);
    marks[j].push(k === 0 ? names.begin : k === len - 1 ? names.end : names.inside);
  }
}

/**
 * Per token, the list matches covering it, as `LIST-B|I|E|S` (folded matches as `fLIST-…`);
 * per list the longest match starting at a token wins, and a token keeps its first match.
 * `readWhole`: words a clitic split cut are also read as written (the shipped model was trained without it, see
 * sentenceFeatures).
 */
export function gazetteerMarks(words: GazWord[], gaz: Gazetteer, readWhole = true): string[][] {
  const n = words.length;
  const marks = new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    w.single ??= singleMarks(w, gaz, readWhole);
    if (w.second === undefined) {
      w.second = gaz.seconds.has(w.stem) || gaz.seconds.has(w.whole) || gaz.seconds.has(w.foldedStem);
      setSecondBits(w);
    }
    marks[i] = w.single as string[];
  }
  let copied: Uint8Array | undefined;
  for (let i = 0; i + 1 < n; i++) {
    const starts = words[i].starts;
    const after = words[i + 1];
    // Half the words start some phrase, but 98 % of those checks fail: most next words continue no phrase at all.
    if (!starts || !starts.length || !after.second || (words[i].startBits & (after.bitsExact | after.bitsFolded)) === 0) continue;
    for (let s = 0; s < starts.length; s++) {
      const start = starts[s];
      const { folded, next, bits } = start;
      // A respelled foreign name has an unseen word among its first two; common pairs are not searched folded.
      if (folded && !words[i].rare && !after.rare) continue;
      // A bit of the next word's that none of the set's words has: the set holds neither of its forms.
      if ((bits & (folded ? after.bitsFolded : after.bitsExact)) === 0) continue;
      if (!next.has(folded ? after.foldedStem : after.stem) && (folded || !readWhole || !next.has(after.whole))) continue;
      const second = secondStep(start, after, gaz, readWhole);
      let best: [string, number] | undefined = second.lists !== undefined ? [second.lists, 2] : undefined;
      let phrase = second.phrase;
      for (let len = 3; second.more && len <= gaz.maxWords && i + len <= n; len++) {
        const step = phraseStep(phrase, words[i + len - 1], folded, gaz, readWhole);
        phrase = step.phrase;
        if (step.lists !== undefined) best = [step.lists, len];
        if (!step.more) break;
      }
      if (!best) continue;
      for (const list of best[0].split('|')) {
        const names = markNames(folded ? 'f' + list : list);
        if (!hasList(marks[i], names) || marks[i].includes(names.single)) putMatch(marks, (copied ??= new Uint8Array(n)), names, i, best[1]);
      }
    }
  }
  return marks;
}

/** Features of token i from the list marks on it and its two neighbours. */
export function gazetteerFeatures(marks: readonly string[][], i: number, out: string[]): void {
  for (const m of marks[i]) out.push('g=' + m);
  if (i > 0) for (const m of marks[i - 1]) out.push('g-1=' + m);
  if (i + 1 < marks.length) for (const m of marks[i + 1]) out.push('g1=' + m);
}
