// The tagger's per-model cache of scored words: its tables, its bounds (trim, reset) and the word forms that remember their scored word.
import type { WordInfo } from './features';
import type { GazWord } from './gazetteer';
import { forgetScored, type WordForm } from './interner';
import { NerModel } from './model';
import { addScores, NUM_TAGS } from './tagger';
import { ROLES } from './contextSums';
import type { WordWideCues } from './wideCues';

export interface ScoredWord {
  info: WordInfo;
  /** info.split's stem and prefix, kept on the word itself: read for every token, one pointer away instead of three. */
  stem: string;
  prefix: string;
  /**
   * The word's scores live in a shared block (`chunk`) from `at`: first the sum of its own features
   * (NUM_TAGS), then per role (ROLES order) what it adds to a token it stands at that offset from.
   * Blocks instead of two small typed arrays per word: those cost more to allocate than to fill.
   */
  chunk: Float64Array;
  at: number;
  /**
   * Scores of the word's single-word list marks, for itself, for the next token (`g-1=`) and for the
   * previous one (`g1=`); filled on first use. Tokens inside multi-word matches are scored from strings.
   */
  gaz?: Float64Array;
  /** Looked up again since it was scored or last kept: what trimWordScores keeps. */
  reused: boolean;
  /** The normalised form it was scored for (words only; '' for numbers and marks): checks a recent-table hit. */
  norm: string;
  /** info.gaz, info.cue and whether info.shape breaks a cue window (not a word): read per token of every sentence. */
  gw: GazWord;
  cue: string;
  breaks: boolean;
  /** stemCues(stem) as of cueVersion() `passCuesAt` (sentenceCues.ts); passCuesAt −1: not known yet. */
  passCues: number;
  /** wordWideCues(stem, norm) (wideCues.ts), kept with passCues and as of the same `passCuesAt`. */
  wideCues: WordWideCues;
  passCuesAt: number;
  /**
   * Whether the word is a reporting verb (cueKind 'verb'), as the rule passes ask of nearly every token: 1 yes, 0 no, −1 not
   * asked yet. A word stands for one normalised form of one kind, which is all cueKind reads, so the answer is the word's.
   */
  verbCue: number;
  /**
   * lamReadStem (splitRereads.ts) of the word as split, its own norm, prefix and stem; undefined until asked. It reads the lexicon,
   * whose answers change only with an --unseen article, and maskArticle drops the model's scored words then.
   */
  lamStem: string | undefined;
}

/** Scores kept per word: own, then one row per role. */
export const STRIDE = NUM_TAGS * (1 + 4);
/** Words per score block. */
export const CHUNK_WORDS = 1024;
/** Slots of a model's recent-words table: a power of two, small enough to stay in the core's cache. */
export const RECENT_BITS = 15;
const RECENT_SLOTS = 1 << RECENT_BITS;
/** Words kept before the tables start over (a long session meets new words forever). */
export const CACHE_LIMIT = 200_000;
/** The number of (first) letters of affixes the affix-row tables have a slot for (see affixSlot in wordScores.ts). */
export const AFFIX_SLOTS = 43 + 43 * 43 + 43 * 43 * 43;

export interface ModelCache {
  /** Words, numbers and other tokens apart: the same text is a word in one and a number or mark in the other. */
  words: Map<string, ScoredWord>;
  numbers: Map<string, ScoredWord>;
  marksOther: Map<string, ScoredWord>;
  chunk: Float64Array;
  used: number;
  boundary: Float64Array;
  /** Scores of the class features (`WordInfo.classFeatures`): words by a numeric key, other tokens by shape. */
  classes: Map<number, Float64Array>;
  otherClasses: Map<string, Float64Array>;
  /** Word prefixes (`px=`) numbered for the class key. */
  prefixIds: Map<string, number>;
  /** Rows of the `pK=` and `sK=` features per affix (its length is K): few affixes recur across many words. */
  affixes: Map<string, Int32Array>;
  /** Rows of the `pK=` and `sK=` features by affix number (affixRow), with the model's feature table. */
  prefixRows: Int32Array;
  suffixRows: Int32Array;
  /** Scores of the cue and shape role features per `cue|shape`. */
  roleClasses: Map<string, Float64Array>;
  /** Scores of the `cw=` window features by (cue, distance, frequency class) index; filled on first use. */
  windows: Array<Float64Array | undefined>;
  /** Rows of cueListPairs' features by side (the cue before the token, after it), cue and list name; filled on first use. */
  cuePairs: [Map<string, Map<string, number>>, Map<string, Map<string, number>>];
  /** Words last looked up per slot of a hash of their form (see cachedWord), and those hashes. */
  recent: Array<ScoredWord | undefined>;
  recentHash: Int32Array;
  /**
   * What a word form's `scored` is valid for (see rememberedWord): replaced whenever words leave the tables, so a form
   * never answers with a word its cache no longer holds.
   */
  stamp: object;
}

const caches = new WeakMap<NerModel, ModelCache>();

export function cacheFor(model: NerModel): ModelCache {
  let c = caches.get(model);
  if (!c) {
    const boundary = new Float64Array(ROLES.length * NUM_TAGS);
    ROLES.forEach((d, r) => addScores(model.weights, ['c' + d + '=' + (d < 0 ? '<s>' : '</s>')], boundary, r * NUM_TAGS));
    c = {
      words: new Map(), numbers: new Map(), marksOther: new Map(), chunk: new Float64Array(CHUNK_WORDS * STRIDE), used: 0, boundary,
      classes: new Map(), otherClasses: new Map(), prefixIds: new Map(), affixes: new Map(), roleClasses: new Map(), windows: [], cuePairs: [new Map(), new Map()],
      prefixRows: new Int32Array(AFFIX_SLOTS), suffixRows: new Int32Array(AFFIX_SLOTS),
      recent: new Array<ScoredWord | undefined>(RECENT_SLOTS).fill(undefined), recentHash: new Int32Array(RECENT_SLOTS), stamp: {},
    };
    caches.set(model, c);
  }
  return c;
}

/** Scores and features of a word dropped from the cache: a form that still points at it keeps these small stand-ins alive. */
const DROPPED_CHUNK = new Float64Array(0);
const DROPPED_INFO = {
  split: { prefix: '', stem: '', core: '' }, cue: '', shape: '', freqClass: '', freq: -1, classFeatures: [], lexFeatures: [], wordClass: -1,
  gaz: { keys: [], foldedKeys: [], stem: '', foldedStem: '', whole: '', rare: false, bareFrom: 1, single: undefined, starts: undefined,
    second: undefined, bitsExact: 0, bitsFolded: 0, startBits: 0, markBits: 0, markBitsAt: -1 },
} as WordInfo;

/**
 * Lets a word the cache drops go: word forms may still point at it (their stamp is out of date, so they never
 * answer with it), and what they keep alive that way should be one small object, not a block of scores shared by a
 * thousand words or the word's features and list data.
 */
function release(w: ScoredWord): void {
  w.chunk = DROPPED_CHUNK;
  w.at = 0;
  w.gaz = undefined;
  w.info = DROPPED_INFO;
  w.gw = DROPPED_INFO.gaz;
}

/**
 * Empties `cache` (it reached CACHE_LIMIT) and no form answers with its words any more. They are not released: the
 * sentence being scored may hold some (this happens while a new word is scored), and forms keep the rest until they
 * are replaced (the interner starts over at its own limit).
 */
export function clearWords(c: ModelCache, cache: Map<string, ScoredWord>): void {
  cache.clear();
  c.recent.fill(undefined);
  c.stamp = {};
}

/** Drops the model's word cache (it refills as words come back): lets a long corpus run keep its memory bounded. */
export function resetWordScores(model: NerModel): void {
  const c = caches.get(model);
  if (!c) return;
  caches.delete(model);
  for (const m of [c.words, c.numbers, c.marksOther]) for (const w of m.values()) release(w);
  forgetScored(isReleased);
}

/**
 * Bounds the word cache without dropping the words that recur: keeps up to `keep` of the words looked up
 * again since they were scored (or last kept), and drops the rest. Many words a full reset drops come
 * back within the next few articles (function words, names in the news): on 6 MB of sentences never seen
 * twice, a budget of 40 000 words rescored 139 000 words when reset and 106 000 when trimmed to 20 000.
 * The kept words' scores move to new blocks, so the blocks of the dropped ones are freed.
 */
export function trimWordScores(model: NerModel, keep: number): void {
  const c = caches.get(model);
  if (!c) return;
  let kept = 0;
  c.used = CHUNK_WORDS;
  const trim = (m: Map<string, ScoredWord>): Map<string, ScoredWord> => {
    const out = new Map<string, ScoredWord>();
    for (const [k, w] of m) {
      if (!w.reused || kept >= keep) { release(w); continue; }
      if (c.used === CHUNK_WORDS) { c.chunk = new Float64Array(CHUNK_WORDS * STRIDE); c.used = 0; }
      const at = c.used++ * STRIDE;
      c.chunk.set(w.chunk.subarray(w.at, w.at + STRIDE), at);
      w.chunk = c.chunk;
      w.at = at;
      w.reused = false;
      out.set(k, w);
      kept++;
    }
    return out;
  };
  c.recent.fill(undefined);
  c.stamp = {};
  c.words = trim(c.words);
  c.numbers = trim(c.numbers);
  c.marksOther = trim(c.marksOther);
  forgetScored(isReleased);
}

/** Whether a form's scored word is one release() let go. */
const isReleased = (scored: unknown) => (scored as ScoredWord).chunk === DROPPED_CHUNK;

/** Word forms cached for `model` (each costs ~0.5 KB of heap). */
export function wordScoresSize(model: NerModel): number {
  const c = caches.get(model);
  return c ? c.words.size + c.numbers.size + c.marksOther.size : 0;
}

/** The word `form` was last scored as, when the cache still holds it (marked looked up again, as a cache hit is). */
export function rememberedWord(form: WordForm, c: ModelCache): ScoredWord | undefined {
  if (form.scoredBy !== c.stamp) return undefined;
  const w = form.scored as ScoredWord;
  w.reused = true;
  return w;
}

/** Remembers on `form` the word its tokens are scored as, for the next token of that form. */
export function rememberWord(form: WordForm, c: ModelCache, w: ScoredWord): void {
  form.scored = w;
  form.scoredBy = c.stamp;
}
