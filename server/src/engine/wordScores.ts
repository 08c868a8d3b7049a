// Fast emission scores: per-word feature sums cached by word form, so a token costs a few lookups, not dozens.
import { cueWindow, TagToken, wordInfo, WordInfo } from './features';
import { NerModel } from './model';
import { addScores, NUM_TAGS } from './tagger';
import { Token } from './tokenize';

/** Offsets of the context roles in `contextFeatures`: c-2, c-1, c+1, c+2. */
const ROLES = [-2, -1, 1, 2];

export interface ScoredWord {
  info: WordInfo;
  /** Sum of the word's own features. */
  own: Float64Array;
  /** Per role (ROLES order): what this word adds to a token it stands at that offset from. */
  asNeighbour: Float64Array;
  /**
   * Scores of the word's single-word list marks, for itself, for the next token (`g-1=`) and for the
   * previous one (`g1=`); filled on first use. Tokens inside multi-word matches are scored from strings.
   */
  gaz?: Float64Array;
}

interface ModelCache { words: Map<string, ScoredWord>; other: Map<string, ScoredWord>; boundary: Float64Array; marks: Map<string, Float64Array> }
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<NerModel, ModelCache>();

function roleFeatures(info: WordInfo, d: number): string[] {
  const f = ['c' + d + '=' + info.split.core];
  if (info.cue) f.push('cue' + d + '=' + info.cue);
  if (d === -1 || d === 1) f.push('sh' + d + '=' + info.shape);
  return f;
}

function cacheFor(model: NerModel): ModelCache {
  let c = caches.get(model);
  if (!c) {
    const boundary = new Float64Array(ROLES.length * NUM_TAGS);
    ROLES.forEach((d, r) => addScores(model.weights, ['c' + d + '=' + (d < 0 ? '<s>' : '</s>')], boundary, r * NUM_TAGS));
    c = { words: new Map(), other: new Map(), boundary, marks: new Map() };
    caches.set(model, c);
  }
  return c;
}

/** Drops the model's word cache (it refills as words come back): lets a long corpus run keep its memory bounded. */
export function resetWordScores(model: NerModel): void {
  caches.delete(model);
}

/** Word forms cached for `model` (each costs ~0.8 KB of heap). */
export function wordScoresSize(model: NerModel): number {
  const c = caches.get(model);
  return c ? c.words.size + c.other.size : 0;
}

const NO_FEATURES: string[] = [];

export function scoredWord(t: Token, model: NerModel): ScoredWord {
  // Words and other tokens apart: the same text is a word in one and a number or mark in the other.
  const cache = t.kind === 'word' ? cacheFor(model).words : cacheFor(model).other;
  const key = t.kind === 'word' ? t.norm : t.kind + ':' + t.norm;
  let w = cache.get(key);
  if (w) return w;
  const tt: TagToken = { norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' };
  const info = wordInfo(tt, model.lexicon);
  const own = new Float64Array(NUM_TAGS);
  addScores(model.weights, info.features, own, 0);
  const asNeighbour = new Float64Array(ROLES.length * NUM_TAGS);
  ROLES.forEach((d, r) => addScores(model.weights, roleFeatures(info, d), asNeighbour, r * NUM_TAGS));
  // The feature strings are summed into `own` now and read nowhere else: kept, they would double each entry's size.
  w = { info: { ...info, features: NO_FEATURES }, own, asNeighbour };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, w);
  return w;
}

const SELF = 0;
const AS_LEFT = 1;
const AS_RIGHT = 2;

/** Scores of one list mark in the three roles; few distinct marks exist, so they are cached per model. */
function markScores(mark: string, model: NerModel): Float64Array {
  const cache = cacheFor(model).marks;
  let g = cache.get(mark);
  if (!g) {
    g = new Float64Array(3 * NUM_TAGS);
    addScores(model.weights, ['g=' + mark], g, SELF * NUM_TAGS);
    addScores(model.weights, ['g-1=' + mark], g, AS_LEFT * NUM_TAGS);
    addScores(model.weights, ['g1=' + mark], g, AS_RIGHT * NUM_TAGS);
    cache.set(mark, g);
  }
  return g;
}

const NO_LISTS = new Float64Array(3 * NUM_TAGS);

function listScores(w: ScoredWord, model: NerModel): Float64Array {
  if (w.gaz) return w.gaz;
  const single = w.info.gaz.single ?? [];
  let g: Float64Array = NO_LISTS;
  if (single.length === 1) g = markScores(single[0], model);
  else if (single.length > 1) {
    g = new Float64Array(3 * NUM_TAGS);
    for (const m of single) { const s = markScores(m, model); for (let k = 0; k < g.length; k++) g[k] += s[k]; }
  }
  w.gaz = g;
  return g;
}

/** Adds the list-mark scores of token i: cached per word where the marks are its single-word ones, else as feature strings. */
function addListScores(words: ScoredWord[], marks: string[][], i: number, model: NerModel, em: Float64Array, base: number, extra: string[]): void {
  const n = words.length;
  const plain = (j: number) => marks[j] === words[j].info.gaz.single;
  const add = (j: number, role: number) => {
    const g = listScores(words[j], model);
    for (let t = 0; t < NUM_TAGS; t++) em[base + t] += g[role * NUM_TAGS + t];
  };
  if (plain(i)) add(i, SELF); else for (const m of marks[i]) extra.push('g=' + m);
  if (i > 0) { if (plain(i - 1)) add(i - 1, AS_LEFT); else for (const m of marks[i - 1]) extra.push('g-1=' + m); }
  if (i + 1 < n) { if (plain(i + 1)) add(i + 1, AS_RIGHT); else for (const m of marks[i + 1]) extra.push('g1=' + m); }
}

/**
 * Emission scores of a sentence, equal to summing every feature of `sentenceFeatures`
 * (a unit test holds the two paths together).
 */
export function scoreSentence(words: ScoredWord[], marks: string[][], model: NerModel): Float64Array {
  const n = words.length;
  const em = new Float64Array(n * NUM_TAGS);
  const { boundary } = cacheFor(model);
  const infos = words.map((w) => w.info);
  for (let i = 0; i < n; i++) {
    const base = i * NUM_TAGS;
    em.set(words[i].own, base);
    for (let r = 0; r < ROLES.length; r++) {
      const j = i + ROLES[r];
      const src = j >= 0 && j < n ? words[j].asNeighbour : boundary;
      for (let t = 0; t < NUM_TAGS; t++) em[base + t] += src[r * NUM_TAGS + t];
    }
    const extra: string[] = [];
    addListScores(words, marks, i, model, em, base, extra);
    const window = cueWindow(infos, i);
    if (window) extra.push(window);
    addScores(model.weights, extra, em, base);
  }
  return em;
}
