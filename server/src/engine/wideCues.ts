// An unbounded bank of per-word cues (sentenceCues' 31 bits are taken), for passes that scan every token for a head word: read off each word once.
import { KeyFilter } from './keyFilter';

/**
 * A pass's handle in the bank: its index, which names a bit (index & 31) of one 32-bit word (index >>> 5) of the per-word and
 * per-sentence arrays. A number, so a module's `export const X_CUE = wideCueBit(…)` reads as it did when the bank was one int.
 */
export type WideCue = number;
/** A word's cues: one 32-bit word per 32 registered passes (EMPTY for the many words that start no pass). Shared: read only. */
export type WordWideCues = Int32Array;

const EMPTY: WordWideCues = new Int32Array(0);
/** Cue word (a clitic-free stem) → the handles of the passes it triggers. */
const STEM_CUES = new Map<string, WideCue[]>();
/** Cue word as written whole (normalised, clitics and all) → handles: for passes that test a token's whole form too. */
const NORM_CUES = new Map<string, WideCue[]>();
let nextCue = 0;
/** Cues read off a word by a test of its stem and normalised form (wideCueWhen), for passes whose cue words are no fixed list. */
const TEST_CUES: { cue: WideCue; test: (stem: string, norm: string) => boolean }[] = [];
/** Rebuilt from the maps above at the first word read after a registration: each key's cues as an array of bank words. */
let stemFilter: KeyFilter | undefined;
let normFilter: KeyFilter | undefined;
let stemWords = new Map<string, WordWideCues>();
let normWords = new Map<string, WordWideCues>();
let builtAt = -1;
/** The current sentence's cues: every word's joined (readSentence in sentenceReads.ts sets them). */
let sentence = new Int32Array(1);

/**
 * Registers a pass's cue words (`stems`; `norms`: also matched against a token's whole normalised form) and returns its handle,
 * read with hasWideCue(). Called when a rule module loads; the pass must change nothing in a sentence where no token matches
 * one of its words. There is no limit on the number of passes.
 */
export function wideCueBit(stems: Iterable<string>[], norms: Iterable<string>[] = []): WideCue {
  const cue = nextCue++;
  for (const words of stems) for (const w of words) add(STEM_CUES, w, cue);
  for (const words of norms) for (const w of words) add(NORM_CUES, w, cue);
  return cue;
}

/**
 * Registers a pass whose cue is a test of a word's stem and normalised form (`test`, asked once per word form and kept on it,
 * so it may read lists built on first use), and returns its handle, read with hasWideCue(). The pass must change nothing in a
 * sentence where `test` holds for no word; `test` must answer the same for every token of a word form.
 */
export function wideCueWhen(test: (stem: string, norm: string) => boolean): WideCue {
  const cue = nextCue++;
  TEST_CUES.push({ cue, test });
  return cue;
}

function add(cues: Map<string, WideCue[]>, w: string, cue: WideCue): void {
  const had = cues.get(w);
  if (had === undefined) cues.set(w, [cue]); else if (!had.includes(cue)) had.push(cue);
}

/** Bank words per array: enough for every pass registered so far. */
const bankWords = () => (nextCue + 31) >>> 5;

function wordsOf(cues: Map<string, WideCue[]>): Map<string, WordWideCues> {
  const out = new Map<string, WordWideCues>();
  for (const [w, list] of cues) {
    const a = new Int32Array(bankWords());
    for (const c of list) a[c >>> 5] |= 1 << (c & 31);
    out.set(w, a);
  }
  return out;
}

/** A word's wide cues, from its stem and its whole normalised form (the same for every token of the word while wideCueVersion() stays). */
export function wordWideCues(stem: string, norm: string): WordWideCues {
  if (builtAt !== nextCue) {
    stemFilter = new KeyFilter(STEM_CUES.keys()); normFilter = new KeyFilter(NORM_CUES.keys());
    stemWords = wordsOf(STEM_CUES); normWords = wordsOf(NORM_CUES); builtAt = nextCue;
  }
  const s = stemFilter!.mayHave(stem) ? stemWords.get(stem) : undefined;
  const w = norm !== '' && normFilter!.mayHave(norm) ? normWords.get(norm) : undefined;
  let tested: WordWideCues | undefined;
  for (let i = 0; i < TEST_CUES.length; i++) {
    const { cue, test } = TEST_CUES[i];
    if (norm === '' || !test(stem, norm)) continue;
    tested ??= new Int32Array(bankWords());
    tested[cue >>> 5] |= 1 << (cue & 31);
  }
  if (tested === undefined) {
    if (w === undefined) return s ?? EMPTY;
    if (s === undefined) return w;
  }
  const both = tested ?? new Int32Array(bankWords());
  for (let i = 0; i < both.length; i++) both[i] |= (s?.[i] ?? 0) | (w?.[i] ?? 0);
  return both;
}

/** Whether a word's cues (wordWideCues) hold any of these passes': what a sentence holding only that word would open. */
export function inWideCues(cues: WordWideCues, ...passes: WideCue[]): boolean {
  return passes.some((c) => ((cues[c >>> 5] ?? 0) & (1 << (c & 31))) !== 0);
}

/** Joins the sentence's words' cues (each as wordWideCues gave it): what hasWideCue reads until the next sentence. */
export function readWideCues(words: readonly { readonly wideCues: WordWideCues }[]): void {
  const n = bankWords();
  if (sentence.length < n) sentence = new Int32Array(n); else sentence.fill(0);
  for (let k = 0; k < words.length; k++) {
    const c = words[k].wideCues;
    for (let i = 0; i < c.length; i++) sentence[i] |= c[i];
  }
}

/** Clears the sentence's cues (between sentences, once its passes ran): no pass opens on a stale sentence. */
export function clearWideCues(): void {
  sentence.fill(0);
}

/** Whether a word of the current sentence starts the pass of `cue`: the pass's gate, one test per sentence. */
export function hasWideCue(cue: WideCue): boolean {
  return (sentence[cue >>> 5] & (1 << (cue & 31))) !== 0;
}

/** Changes when a pass registers cue words: a word's remembered cues are out of date then. */
export function wideCueVersion(): number {
  return nextCue;
}

/** A word's cues before they are read (wordCache, unseenWords): none. */
export const NO_WIDE_CUES: WordWideCues = EMPTY;
