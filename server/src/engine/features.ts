// Turns a sentence of tokens into the sparse string features the entity tagger scores.
import { CliticSplit, Lexicon, splitClitics } from './clitics';
import { Gazetteer, gazetteerFeatures, gazetteerMarks, GazWord, gazWord } from './gazetteer';
import { LOCATION_HEADS, MISC_HEADS, ORGANIZATION_HEADS, PERSON_TITLES } from './triggers';
import { ownClassFeatures, wordClassOf } from './wordClasses';

/** What the tagger needs of one token; shared by training (CoNLL) and the editor (tokenize). */
export interface TagToken {
  norm: string;
  isWord: boolean;
  isNumber: boolean;
}

export interface SentenceFeatures {
  splits: CliticSplit[];
  features: string[][];
}

function shape(t: TagToken): string {
  if (t.isNumber) return 'num';
  if (!t.isWord) return 'punct:' + t.norm;
  return hasLatin(t.norm) ? 'latin' : 'ar';
}

function hasLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i) | 32; if (c >= 97 && c <= 122) return true; }
  return false;
}

/** The cue classes in the order cue() prefers them, and each cue word's first class: one probe a word instead of one a list. */
const CUE_CLASSES = ['title', 'orghead', 'lochead', 'mischead'];
const CUE_CLASS = new Map<string, number>();
[PERSON_TITLES, ORGANIZATION_HEADS, LOCATION_HEADS, MISC_HEADS].forEach((words, c) => { for (const w of words) if (!CUE_CLASS.has(w)) CUE_CLASS.set(w, c); });

/** The first class (in CUE_CLASSES' order) holding the stem or the core. */
function cue(stem: string, core: string): string {
  const s = CUE_CLASS.get(stem) ?? CUE_CLASSES.length;
  const c = core === stem ? s : CUE_CLASS.get(core) ?? CUE_CLASSES.length;
  return CUE_CLASSES[Math.min(s, c)] ?? '';
}

/** What one word contributes regardless of its neighbours; cached per word form by the tagger. */
export interface WordInfo {
  split: CliticSplit;
  cue: string;
  shape: string;
  /** The `fq=` feature (frequency class), reused by context features. */
  freqClass: string;
  /** Training-text count of the word plus that of its stem (what the rule passes read as its frequency); −1 for a number or mark. */
  freq: number;
  /** Features shared by many words (shape, frequency, length, clitics, cue): wordScores sums them once per class. */
  classFeatures: string[];
  /** Features of this word form only (form, core, affixes, word class). */
  lexFeatures: string[];
  /** The core's fine word class (wordClasses.ts), or −1: what the word shares with words used alike in unlabelled text. */
  wordClass: number;
  /** Name-list lookup keys (stem, core, clitic-less forms, folded forms). */
  gaz: GazWord;
}

const FREQ_CLASS = ['fq=0', 'fq=1', 'fq=2', 'fq=3'];
const NO_FEATURES: string[] = [];

/**
 * Features of a token on its own (form, stem, affixes, shape, frequency, cue class). Without
 * `features` the strings are left out (empty): the editor scores words from the parts (wordScores.ts).
 */
export function wordInfo(t: TagToken, lex: Lexicon, features = true): WordInfo {
  // The whole word's frequency is looked up once: splitClitics weighs the readings against it, and the
  // frequency class adds the stem's (the same word when nothing was split off).
  const whole = t.isWord ? lex.freq(t.norm) : 0;
  const split = t.isWord ? splitClitics(t.norm, lex, whole) : { prefix: '', stem: t.norm, core: t.norm };
  const core = split.core;
  const sh = shape(t);
  const cls: string[] = features ? ['b', 'sh=' + sh] : NO_FEATURES;
  const lexf: string[] = features ? ['w=' + t.norm, 'c=' + core] : NO_FEATURES;
  let freqClass = 'fq=na';
  let freq = -1;
  const wordClass = t.isWord ? wordClassOf(core) : -1;
  if (t.isWord) {
    freq = whole + (split.stem === t.norm ? whole : lex.freq(split.stem));
    freqClass = FREQ_CLASS[freq === 0 ? 0 : freq < 3 ? 1 : freq < 20 ? 2 : 3];
    if (features) {
      cls.push(freqClass, 'al=' + (split.stem !== core ? 1 : 0), 'px=' + split.prefix, 'len=' + Math.min(core.length, 8));
      for (let k = 1; k <= 3 && k < core.length; k++) lexf.push('p' + k + '=' + core.slice(0, k), 's' + k + '=' + core.slice(-k));
      lexf.push(...ownClassFeatures(wordClass));
    }
  }
  const c = cue(split.stem, core);
  if (c && features) cls.push('cue=' + c);
  return {
    split, cue: c, shape: sh, freqClass, freq, classFeatures: cls, lexFeatures: lexf, wordClass,
    gaz: gazWord(t.isWord ? t.norm : '', split, freqClass === 'fq=0' || freqClass === 'fq=1'),
  };
}

/** Features that depend on the neighbours of token i (context words, cues, gazetteer phrases). */
export function contextFeatures(words: WordInfo[], gazMarks: string[][], i: number): string[] {
  const n = words.length;
  const stemAt = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : words[j].split.core);
  const f: string[] = [];
  gazetteerFeatures(gazMarks, i, f);
  for (const d of [-2, -1, 1, 2]) {
    const j = i + d;
    f.push('c' + d + '=' + stemAt(j));
    if (j >= 0 && j < n) {
      if (words[j].cue) f.push('cue' + d + '=' + words[j].cue);
      if (d === -1 || d === 1) f.push('sh' + d + '=' + words[j].shape);
    }
  }
  const window = cueWindow(words, i);
  if (window) f.push(window);
  cueListPairs(words, gazMarks, i, f);
  return f;
}

/** List names of one token's marks (`NAT-S`, `fNAME-B` → `NAT`, `fNAME`), without repeats. */
/** The lists a word's marks name, each once in first-mark order (`LOC-S`, `LOC-B` → `LOC`). */
export function listNames(marks: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of marks) { const l = m.slice(0, -2); if (!out.includes(l)) out.push(l); }
  return out;
}

/**
 * A cue word next to a listed word, as one feature: `الحكومة اللبنانية` (organisation head +
 * nationality adjective) is an organisation where each alone says little.
 */
export function cueListPairs(words: WordInfo[], gazMarks: readonly string[][], i: number, out: string[]): void {
  const prev = i > 0 ? words[i - 1].cue : '';
  if (prev) for (const l of listNames(gazMarks[i])) out.push('pg=' + prev + '>' + l);
  const own = words[i].cue;
  if (own && i + 1 < words.length) for (const l of listNames(gazMarks[i + 1])) out.push('ng=' + own + '>' + l);
}

/**
 * A title or head noun a few words back (وزير الخارجية الأمريكي أنتوني …), with the current
 * word's frequency class: names after `title + complements` are mostly rare words.
 */
export function cueWindow(words: WordInfo[], i: number): string {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (words[j].shape !== 'ar' && words[j].shape !== 'latin') return '';
    if (words[j].cue) return 'cw=' + words[j].cue + (i - j) + '|' + words[i].freqClass;
  }
  return '';
}

export function gazetteerMarksFor(words: WordInfo[], gaz: Gazetteer, readWhole = true): string[][] {
  return gazetteerMarks(words.map((w) => w.gaz), gaz, readWhole);
}

/**
 * Computes clitic splits and all features for one sentence (training uses this form). `trainedMatching`: the list
 * matching the shipped model was trained with, without reading cut words whole, so that `npm run train` reproduces it
 * (retrained with the fuller matching, the model scored 0.005-0.02 lower on most sets: a different draw, not a better one).
 */
export function sentenceFeatures(tokens: TagToken[], lex: Lexicon, gaz: Gazetteer, trainedMatching = false): SentenceFeatures {
  const words = tokens.map((t) => wordInfo(t, lex));
  const marks = gazetteerMarksFor(words, gaz, !trainedMatching);
  return { splits: words.map((w) => w.split), features: words.map((w, i) => [...w.classFeatures, ...w.lexFeatures, ...contextFeatures(words, marks, i)]) };
}
