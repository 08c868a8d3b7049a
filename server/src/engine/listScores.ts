// List-mark scores of the tagger's emissions: each word's single-word marks summed once, other marks scored as strings.
import { NerModel } from './model';
import { addScores, NUM_TAGS } from './tagger';
import type { ScoredWord } from './wordScores';

/**
 * Scores of each list mark in the three roles, per model (few distinct marks exist), and the roles (bit 1 << role) whose
 * feature the model has: an absent one adds nothing, not even +0.
 */
interface MarkRows { g: Float64Array; roles: number }
const markCaches = new WeakMap<NerModel, Map<string, MarkRows>>();

const SELF = 0;
const AS_LEFT = 1;
const AS_RIGHT = 2;

const ROLE_PREFIXES = ['g=', 'g-1=', 'g1='];

/** Scores of one list mark in the three roles; few distinct marks exist, so they are cached per model. */
function markRows(mark: string, model: NerModel): MarkRows {
  let cache = markCaches.get(model);
  if (!cache) { cache = new Map(); markCaches.set(model, cache); }
  let m = cache.get(mark);
  if (!m) {
    m = { g: new Float64Array(3 * NUM_TAGS), roles: 0 };
    for (let r = SELF; r <= AS_RIGHT; r++) {
      const feature = ROLE_PREFIXES[r] + mark;
      addScores(model.weights, [feature], m.g, r * NUM_TAGS);
      if (model.weights.row(feature) >= 0) m.roles |= 1 << r;
    }
    cache.set(mark, m);
  }
  return m;
}

const markScores = (mark: string, model: NerModel): Float64Array => markRows(mark, model).g;

/**
 * The marks of tokens inside multi-word matches, with their roles, in the order their feature strings were once summed
 * (the token's own, the previous token's, the next one's): added after the cue window's scores, row by row from the
 * mark cache instead of as `g=…` strings built and hashed per token.
 */
export interface ExtraMarks { marks: string[]; roles: number[] }

/** Adds the extra marks' rows at `base` as addScores added their features (each present row in turn), and empties them. */
export function addExtraMarks(extra: ExtraMarks, model: NerModel, em: Float64Array, base: number): void {
  for (let k = 0; k < extra.marks.length; k++) {
    const mark = extra.marks[k];
    const role = extra.roles[k];
    const { g, roles } = markRows(mark, model);
    if ((roles & (1 << role)) === 0) continue;
    const o = role * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) em[base + t] += g[o + t];
  }
  extra.marks.length = 0;
  extra.roles.length = 0;
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

function pushMarks(extra: ExtraMarks, marks: readonly string[], role: number): void {
  for (let k = 0; k < marks.length; k++) { extra.marks.push(marks[k]); extra.roles.push(role); }
}

/** Adds the list-mark scores of token i (its own, the previous token's, the next one's), or their marks to `extra`. */
export function addListScores(lists: Array<Float64Array | undefined>, marks: string[][], i: number, em: Float64Array, base: number, extra: ExtraMarks): void {
  const n = lists.length;
  const own = lists[i];
  if (own) addList(own, SELF, em, base); else pushMarks(extra, marks[i], SELF);
  if (i > 0) {
    const left = lists[i - 1];
    if (left) addList(left, AS_LEFT, em, base); else pushMarks(extra, marks[i - 1], AS_LEFT);
  }
  if (i + 1 < n) {
    const right = lists[i + 1];
    if (right) addList(right, AS_RIGHT, em, base); else pushMarks(extra, marks[i + 1], AS_RIGHT);
  }
}
