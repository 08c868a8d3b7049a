// List-mark scores of the tagger's emissions: each word's single-word marks summed once, other marks scored as strings.
import { NerModel } from './model';
import { addScores, NUM_TAGS } from './tagger';
import type { ScoredWord } from './wordScores';

/** Scores of each list mark in the three roles, per model (few distinct marks exist). */
const markCaches = new WeakMap<NerModel, Map<string, Float64Array>>();

const SELF = 0;
const AS_LEFT = 1;
const AS_RIGHT = 2;

/** Scores of one list mark in the three roles; few distinct marks exist, so they are cached per model. */
function markScores(mark: string, model: NerModel): Float64Array {
  let cache = markCaches.get(model);
  if (!cache) { cache = new Map(); markCaches.set(model, cache); }
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
  const single = w.gw.single ?? [];
  let g: Float64Array = NO_LISTS;
  if (single.length === 1) g = markScores(single[0], model);
  else if (single.length > 1) {
    g = new Float64Array(3 * NUM_TAGS);
    for (const m of single) { const s = markScores(m, model); for (let k = 0; k < g.length; k++) g[k] += s[k]; }
  }
  w.gaz = g;
  return g;
}

/**
 * Adds row `role` of the list scores `g` at `base`. A word without marks (most words) adds nothing: its zeros are
 * skipped, which leaves every sum as it was (no emission is −0, so adding +0 changes no bit).
 */
function addList(g: Float64Array, role: number, em: Float64Array, base: number): void {
  if (g === NO_LISTS) return;
  const o = role * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) em[base + t] += g[o + t];
}

/**
 * Per token of a sentence, its list scores when its marks are its single-word ones (cached per word),
 * else undefined: such a token's marks (multi-word matches) are scored as feature strings.
 */
export function sentenceLists(words: ScoredWord[], marks: string[][], model: NerModel): Array<Float64Array | undefined> {
  const out = new Array<Float64Array | undefined>(words.length);
  for (let j = 0; j < words.length; j++) out[j] = marks[j] === words[j].gw.single ? listScores(words[j], model) : undefined;
  return out;
}

/** Adds the list-mark scores of token i (its own, the previous token's, the next one's), or their feature strings to `extra`. */
export function addListScores(lists: Array<Float64Array | undefined>, marks: string[][], i: number, em: Float64Array, base: number, extra: string[]): void {
  const n = lists.length;
  const own = lists[i];
  if (own) addList(own, SELF, em, base); else for (const m of marks[i]) extra.push('g=' + m);
  if (i > 0) {
    const left = lists[i - 1];
    if (left) addList(left, AS_LEFT, em, base); else for (const m of marks[i - 1]) extra.push('g-1=' + m);
  }
  if (i + 1 < n) {
    const right = lists[i + 1];
    if (right) addList(right, AS_RIGHT, em, base); else for (const m of marks[i + 1]) extra.push('g1=' + m);
  }
}
