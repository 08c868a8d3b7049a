// Fast emission scores: per-word feature sums cached by word form, so a token costs a few lookups, not dozens.
import { cueListPairs, cueWindow, TagToken, wordInfo, WordInfo } from './features';
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

interface ModelCache {
  words: Map<string, ScoredWord>;
  other: Map<string, ScoredWord>;
  boundary: Float64Array;
  marks: Map<string, Float64Array>;
  /** Scores of the class features (`WordInfo.classKey`), and of the cue and shape role features per `cue|shape`. */
  classes: Map<string, Float64Array>;
  roleClasses: Map<string, Float64Array>;
  /** Scores of the `cw=` window features by (cue, distance, frequency class) index; filled on first use. */
  windows: Array<Float64Array | undefined>;
}

const CUES = ['title', 'orghead', 'lochead', 'mischead'];
const FREQ_CLASSES = ['fq=na', 'fq=0', 'fq=1', 'fq=2', 'fq=3'];
const WINDOW = 4;
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<NerModel, ModelCache>();

/** Role features that depend only on the word's cue and shape (the `c±d=` core features are per word). */
function roleClassFeatures(info: WordInfo, d: number): string[] {
  const f: string[] = [];
  if (info.cue) f.push('cue' + d + '=' + info.cue);
  if (d === -1 || d === 1) f.push('sh' + d + '=' + info.shape);
  return f;
}

function cacheFor(model: NerModel): ModelCache {
  let c = caches.get(model);
  if (!c) {
    const boundary = new Float64Array(ROLES.length * NUM_TAGS);
    ROLES.forEach((d, r) => addScores(model.weights, ['c' + d + '=' + (d < 0 ? '<s>' : '</s>')], boundary, r * NUM_TAGS));
    c = { words: new Map(), other: new Map(), boundary, marks: new Map(), classes: new Map(), roleClasses: new Map(), windows: [] };
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


export function scoredWord(t: Token, model: NerModel): ScoredWord {
  // Words and other tokens apart: the same text is a word in one and a number or mark in the other.
  const cache = t.kind === 'word' ? cacheFor(model).words : cacheFor(model).other;
  const key = t.kind === 'word' ? t.norm : t.kind + ':' + t.norm;
  let w = cache.get(key);
  if (w) return w;
  const tt: TagToken = { norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' };
  const info = wordInfo(tt, model.lexicon);
  const c = cacheFor(model);
  // Most own features are shared by many words: their sum is looked up once per class, not feature by feature.
  let cls = c.classes.get(info.classKey);
  if (!cls) { cls = new Float64Array(NUM_TAGS); addScores(model.weights, info.classFeatures, cls, 0); c.classes.set(info.classKey, cls); }
  const own = Float64Array.from(cls);
  addScores(model.weights, info.lexFeatures, own, 0);
  const roleKey = info.cue + '|' + info.shape;
  let roles = c.roleClasses.get(roleKey);
  if (!roles) {
    roles = new Float64Array(ROLES.length * NUM_TAGS);
    ROLES.forEach((d, r) => addScores(model.weights, roleClassFeatures(info, d), roles!, r * NUM_TAGS));
    c.roleClasses.set(roleKey, roles);
  }
  const asNeighbour = Float64Array.from(roles);
  const core = info.split.core;
  for (let r = 0; r < ROLES.length; r++) {
    const row = model.weights.row('c' + ROLES[r] + '=' + core);
    if (row < 0) continue;
    for (let t = 0; t < NUM_TAGS; t++) asNeighbour[r * NUM_TAGS + t] += model.weights.table[row * NUM_TAGS + t];
  }
  // The feature strings are scored now: the cached word keeps only what context scoring reads.
  info.lexFeatures = NO_FEATURES;
  info.classFeatures = NO_FEATURES;
  info.classKey = '';
  w = { info, own, asNeighbour };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, w);
  return w;
}

const NO_FEATURES: string[] = [];

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

/** Scores of `cueWindow`'s feature for token i, cached by index instead of built as a string per token. */
function windowScores(infos: WordInfo[], i: number, model: NerModel): Float64Array | undefined {
  for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
    const w = infos[j];
    if (w.shape !== 'ar' && w.shape !== 'latin') return undefined;
    if (!w.cue) continue;
    const idx = (CUES.indexOf(w.cue) * WINDOW + (i - j - 1)) * FREQ_CLASSES.length + FREQ_CLASSES.indexOf(infos[i].freqClass);
    const cache = cacheFor(model).windows;
    let g = cache[idx];
    if (!g) { g = new Float64Array(NUM_TAGS); addScores(model.weights, [cueWindow(infos, i)], g, 0); cache[idx] = g; }
    return g;
  }
  return undefined;
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
  const extra: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = i * NUM_TAGS;
    em.set(words[i].own, base);
    for (let r = 0; r < ROLES.length; r++) {
      const j = i + ROLES[r];
      const src = j >= 0 && j < n ? words[j].asNeighbour : boundary;
      for (let t = 0; t < NUM_TAGS; t++) em[base + t] += src[r * NUM_TAGS + t];
    }
    extra.length = 0;
    addListScores(words, marks, i, model, em, base, extra);
    const window = windowScores(infos, i, model);
    if (window) for (let t = 0; t < NUM_TAGS; t++) em[base + t] += window[t];
    if (infos[i].cue || (i > 0 && infos[i - 1].cue)) cueListPairs(infos, marks, i, extra);
    if (extra.length) addScores(model.weights, extra, em, base);
  }
  return em;
}
