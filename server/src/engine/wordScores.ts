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
}

interface ModelCache { words: Map<string, ScoredWord>; other: Map<string, ScoredWord>; boundary: Float64Array }
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
    c = { words: new Map(), other: new Map(), boundary };
    caches.set(model, c);
  }
  return c;
}

/** Drops the model's word cache (it refills as words come back): lets a long corpus run keep its memory bounded. */
export function resetWordScores(model: NerModel): void {
  caches.delete(model);
}

/** Word forms cached for `model` (each costs ~1 KB of heap). */
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
  const own = new Float64Array(NUM_TAGS);
  addScores(model.weights, info.features, own, 0);
  const asNeighbour = new Float64Array(ROLES.length * NUM_TAGS);
  ROLES.forEach((d, r) => addScores(model.weights, roleFeatures(info, d), asNeighbour, r * NUM_TAGS));
  w = { info, own, asNeighbour };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, w);
  return w;
}

/**
 * Emission scores of a sentence, equal to summing every feature of `sentenceFeatures`
 * (a unit test holds the two paths together).
 */
export function scoreSentence(words: ScoredWord[], marks: string[], model: NerModel): Float64Array {
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
    if (marks[i]) extra.push('g=' + marks[i], 'gc=' + marks[i].slice(2));
    if (i > 0 && marks[i - 1]) extra.push('g-1=' + marks[i - 1]);
    if (i + 1 < n && marks[i + 1]) extra.push('g1=' + marks[i + 1]);
    const window = cueWindow(infos, i);
    if (window) extra.push(window);
    addScores(model.weights, extra, em, base);
  }
  return em;
}
