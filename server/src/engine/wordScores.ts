// Fast emission scores: per-word feature sums cached by word form, so a token costs a few lookups, not dozens.
import { cueWindow, listNames, TagToken, wordInfo, WordInfo } from './features';
import type { FeatureIndex } from './featureIndex';
import { NerModel } from './model';
import { addScores, NUM_TAGS } from './tagger';
import { Token } from './tokenize';
import { addExtraMarks, addListScores, ExtraMarks, sentenceLists } from './listScores';
import { sharedWord, WordForm } from './interner';
import { contextSums, ROLES } from './contextSums';
import { ownClassFeatures } from './wordClasses';
import { cacheFor, CACHE_LIMIT, CHUNK_WORDS, clearWords, ModelCache, RECENT_BITS, rememberedWord, rememberWord, ScoredWord, STRIDE } from './wordCache';
import { NO_WIDE_CUES } from './wideCues';

export type { ScoredWord } from './wordCache';
export { resetWordScores, trimWordScores, wordScoresSize } from './wordCache';

const ROLE_PREFIXES = ROLES.map((d) => 'c' + d + '=');
/** `p1=`, `s1=`, `p2=`, `s2=`, `p3=`, `s3=`: the affix features in the order wordInfo lists them. */
const AFFIX_PREFIXES = [1, 2, 3].flatMap((k) => ['p' + k + '=', 's' + k + '=']);

const CUES = ['title', 'orghead', 'lochead', 'mischead'];
const FREQ_CLASSES = ['fq=na', 'fq=0', 'fq=1', 'fq=2', 'fq=3'];
const WINDOW = 4;
const AFFIX_LIMIT = 100_000;
const RECENT_MASK = (1 << RECENT_BITS) - 1;

/** Role features that depend only on the word's cue and shape (the `c±d=` core features are per word). */
function roleClassFeatures(info: WordInfo, d: number): string[] {
  const f: string[] = [];
  if (info.cue) f.push('cue' + d + '=' + info.cue);
  if (d === -1 || d === 1) f.push('sh' + d + '=' + info.shape);
  return f;
}

export function scoredWord(t: Token, model: NerModel): ScoredWord {
  return cachedWord(t, model, cacheFor(model));
}

/**
 * scoredWord() for every token of a sentence. `forms`: the tokens' word forms from `from` on (tokenize's, for the
 * paragraph), when the caller has them: a form remembers the word it was scored as, which spares most tokens a second
 * hash and lookup of their text.
 */
export function scoredWords(tokens: Token[], model: NerModel, forms?: readonly WordForm[], from = 0): ScoredWord[] {
  const c = cacheFor(model);
  const out = new Array<ScoredWord>(tokens.length);
  if (forms === undefined) {
    for (let i = 0; i < tokens.length; i++) out[i] = cachedWord(tokens[i], model, c);
    return out;
  }
  for (let i = 0; i < tokens.length; i++) {
    const form = forms[from + i];
    let w = rememberedWord(form, c);
    if (w === undefined) { w = cachedWord(tokens[i], model, c); rememberWord(form, c, w); }
    out[i] = w;
  }
  return out;
}

function cachedWord(t: Token, model: NerModel, c: ModelCache): ScoredWord {
  if (t.kind !== 'word') {
    const cache = t.kind === 'number' ? c.numbers : c.marksOther;
    const known = cache.get(t.norm);
    if (known === undefined) return newWord(t, model, c, cache);
    known.reused = true;
    return known;
  }
  // Most tokens are a few thousand frequent words: a small table by a hash of the form finds them
  // in the core's cache, where the map of every word seen (a probe into tens of thousands) misses it.
  const norm = t.norm;
  let h = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ norm.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> RECENT_BITS)) & RECENT_MASK;
  let known = c.recent[slot];
  if (known !== undefined && c.recentHash[slot] === h && known.norm === norm) { known.reused = true; return known; }
  known = c.words.get(norm);
  if (known === undefined) known = newWord(t, model, c, c.words);
  else known.reused = true;
  c.recent[slot] = known;
  c.recentHash[slot] = h;
  return known;
}

/** Sum of the class features of a word: shared by many words, so looked up once per class. */
function classScores(t: Token, info: WordInfo, model: NerModel, c: ModelCache): Float64Array {
  let key = -1;
  let otherKey = '';
  let cls: Float64Array | undefined;
  if (t.kind === 'word') {
    const split = info.split;
    let px = c.prefixIds.get(split.prefix);
    if (px === undefined) { px = c.prefixIds.size; c.prefixIds.set(split.prefix, px); }
    // shape (ar/latin), frequency class, article, prefix, length, cue: the parts `classFeatures` are built from.
    key = ((((px * 5 + CUES.indexOf(info.cue) + 1) * 9 + Math.min(split.core.length, 8)) * 2 + (split.stem !== split.core ? 1 : 0)) * 5 +
      FREQ_CLASSES.indexOf(info.freqClass)) * 2 + (info.shape === 'latin' ? 1 : 0);
    cls = c.classes.get(key);
  } else {
    otherKey = info.shape + '|' + info.cue;
    cls = c.otherClasses.get(otherKey);
  }
  if (cls) return cls;
  cls = new Float64Array(NUM_TAGS);
  addScores(model.weights, wordInfo(tagToken(t), model.lexicon).classFeatures, cls, 0);
  if (key >= 0) c.classes.set(key, cls); else c.otherClasses.set(otherKey, cls);
  return cls;
}

function tagToken(t: Token): TagToken {
  return { norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' };
}

/** Adds the weights of table row `row` (none when −1) at `at`. */
function addRow(model: NerModel, row: number, out: Float64Array, at: number): void {
  if (row < 0) return;
  const table = model.weights.table;
  const base = row * NUM_TAGS;
  for (let k = 0; k < NUM_TAGS; k++) out[at + k] += table[base + k];
}

/** Rows of `pK=affix` and `sK=affix` (K = the affix's length). */
function affixRows(affix: string, model: NerModel, c: ModelCache): Int32Array {
  let r = c.affixes.get(affix);
  if (!r) {
    r = Int32Array.of(model.weights.row('p' + affix.length + '=' + affix), model.weights.row('s' + affix.length + '=' + affix));
    if (c.affixes.size >= AFFIX_LIMIT) c.affixes.clear();
    c.affixes.set(affix, r);
  }
  return r;
}

/** Where the numbers of affixes of each length start (see affixSlot): 43 slots for one letter, 43² for two, 43³ for three (AFFIX_SLOTS in all). */
const AFFIX_BASE = [0, 0, 43, 43 + 43 * 43];

/** A number for the `k` letters of `s` from `from`, when all are letters ء…ي (the normalised alphabet), else −1. */
function affixSlot(s: string, from: number, k: number): number {
  let key = 0;
  for (let i = from; i < from + k; i++) {
    const c = s.charCodeAt(i) - 0x0620;
    if (c <= 0 || c > 42) return -1;
    key = key * 43 + c;
  }
  return AFFIX_BASE[k] + key;
}

/**
 * Row of the affix feature `AFFIX_PREFIXES[which]` + `s.slice(from, from + k)`, kept per affix in `rows`
 * (row + 2; 0 not looked up yet): a few thousand affixes make every word's six, so a new word's affixes
 * cost a small table's lookups instead of six probes into the model's large one.
 */
function affixRow(rows: Int32Array, ix: FeatureIndex, which: number, s: string, from: number, k: number): number {
  const slot = affixSlot(s, from, k);
  if (slot < 0) return ix.rowOf(AFFIX_PREFIXES[which], s, from, from + k);
  let r = rows[slot];
  if (r === 0) { r = ix.rowOf(AFFIX_PREFIXES[which], s, from, from + k) + 2; rows[slot] = r; }
  return r - 2;
}

/**
 * Scores a word seen for the first time. The sums are added in the order `wordInfo` lists the
 * features (class features, then w=, c=, p1, s1, p2, s2, p3, s3), so they equal summing the strings.
 */
function newWord(t: Token, model: NerModel, c: ModelCache, cache: Map<string, ScoredWord>): ScoredWord {
  const info = wordInfo(tagToken(t), model.lexicon, false);
  // Stems and prefixes are kept per token by cached paragraphs: one shared string per form.
  // A word without clitics is its own stem: the token's form is already the shared string. Prefixes are
  // splitClitics' own constant strings, one object each.
  if (t.kind === 'word') info.split.stem = info.split.stem === t.norm ? t.norm : sharedWord(info.split.stem);
  if (c.used === CHUNK_WORDS) { c.chunk = new Float64Array(CHUNK_WORDS * STRIDE); c.used = 0; }
  const chunk = c.chunk;
  const at = c.used++ * STRIDE;
  chunk.set(classScores(t, info, model, c), at);
  const w = model.weights;
  const core = info.split.core;
  const ix = w.index;
  // With the model's feature table, rows are probed with the word's own strings (see featureIndex.ts).
  if (ix) {
    addRow(model, ix.rowOf('w=', t.norm), chunk, at);
    addRow(model, ix.rowOf('c=', core), chunk, at);
  } else {
    addRow(model, w.row('w=' + t.norm), chunk, at);
    addRow(model, w.row('c=' + core), chunk, at);
  }
  if (t.kind === 'word') {
    for (let k = 1; k <= 3 && k < core.length; k++) {
      if (ix) {
        addRow(model, affixRow(c.prefixRows, ix, 2 * k - 2, core, 0, k), chunk, at);
        addRow(model, affixRow(c.suffixRows, ix, 2 * k - 1, core, core.length - k, k), chunk, at);
      } else {
        addRow(model, affixRows(core.slice(0, k), model, c)[0], chunk, at);
        addRow(model, affixRows(core.slice(-k), model, c)[1], chunk, at);
      }
    }
    addScores(w, ownClassFeatures(info.wordClass), chunk, at);
  }
  const roleKey = info.cue + '|' + info.shape;
  let roles = c.roleClasses.get(roleKey);
  if (!roles) {
    roles = new Float64Array(ROLES.length * NUM_TAGS);
    ROLES.forEach((d, r) => addScores(model.weights, roleClassFeatures(info, d), roles!, r * NUM_TAGS));
    c.roleClasses.set(roleKey, roles);
  }
  chunk.set(roles, at + NUM_TAGS);
  for (let r = 0; r < ROLES.length; r++) {
    const row = ix ? ix.rowOf(ROLE_PREFIXES[r], core) : w.row(ROLE_PREFIXES[r] + core);
    addRow(model, row, chunk, at + NUM_TAGS * (1 + r));
  }
  const sw: ScoredWord = {
    info, stem: info.split.stem, prefix: info.split.prefix, chunk, at, gaz: undefined, reused: false, norm: t.kind === 'word' ? t.norm : '',
    gw: info.gaz, cue: info.cue, breaks: info.shape !== 'ar' && info.shape !== 'latin', passCues: 0, wideCues: NO_WIDE_CUES, passCuesAt: -1, verbCue: -1, lamStem: undefined,
  };
  if (cache.size >= CACHE_LIMIT) clearWords(c, cache);
  cache.set(t.norm, sw);
  return sw;
}

const PAIR_SIDES = ['pg=', 'ng='];

/**
 * Adds cueListPairs' features of token i to its row, in its order (the cue before the token with the token's lists,
 * then the token's own cue with the next token's lists), each list once: rows found by cue and mark in the cache, not
 * by a feature string built and hashed per pair.
 */
function addCuePairs(words: ScoredWord[], marks: readonly string[][], i: number, model: NerModel, c: ModelCache, em: Float64Array, base: number): void {
  const prev = i > 0 ? words[i - 1].cue : '';
  if (prev) addPairRows(model, c, 0, prev, marks[i], em, base);
  const own = words[i].cue;
  if (own && i + 1 < words.length) addPairRows(model, c, 1, own, marks[i + 1], em, base);
}

function addPairRows(model: NerModel, c: ModelCache, side: number, cue: string, ms: readonly string[], em: Float64Array, base: number): void {
  let byList = c.cuePairs[side].get(cue);
  if (!byList) { byList = new Map(); c.cuePairs[side].set(cue, byList); }
  for (const l of listNames(ms)) {
    let row = byList.get(l);
    if (row === undefined) { row = model.weights.row(PAIR_SIDES[side] + cue + '>' + l); byList.set(l, row); }
    addRow(model, row, em, base);
  }
}

/**
 * Scores of `cueWindow`'s feature for token i, cached by index instead of built as a string per token.
 * `cueAt` is the nearest earlier word with a cue and `breakAt` the nearest earlier token that is not a
 * word (−1 when none): cueWindow's backward scan finds the cue only within WINDOW and before any break.
 */
function windowScores(words: ScoredWord[], i: number, cueAt: number, breakAt: number, model: NerModel, c: ModelCache): Float64Array | undefined {
  if (cueAt < 0 || cueAt < i - WINDOW || cueAt < breakAt) return undefined;
  const idx = (CUES.indexOf(words[cueAt].info.cue) * WINDOW + (i - cueAt - 1)) * FREQ_CLASSES.length + FREQ_CLASSES.indexOf(words[i].info.freqClass);
  let g = c.windows[idx];
  if (!g) { g = new Float64Array(NUM_TAGS); addScores(model.weights, [cueWindow(words.map((x) => x.info), i)], g, 0); c.windows[idx] = g; }
  return g;
}

/**
 * Emission scores of a sentence, equal to summing every feature of `sentenceFeatures`
 * (a unit test holds the two paths together); written into `into` when it is long enough.
 */
export function scoreSentence(words: ScoredWord[], marks: string[][], model: NerModel, into?: Float64Array): Float64Array {
  const n = words.length;
  // Every cell is assigned before it is added to, so a reused buffer needs no clearing.
  const em = into && into.length >= n * NUM_TAGS ? into.subarray(0, n * NUM_TAGS) : new Float64Array(n * NUM_TAGS);
  const c = cacheFor(model);
  const boundary = c.boundary;
  const lists = sentenceLists(words, marks, model);
  let cueAt = -1;
  let breakAt = -1;
  const extra: ExtraMarks = { marks: [], roles: [] };
  for (let i = 0; i < n; i++) {
    const base = i * NUM_TAGS;
    const w = words[i];
    contextSums(words, i, boundary, em);
    addListScores(lists, marks, i, em, base, extra);
    const window = windowScores(words, i, cueAt, breakAt, model, c);
    if (window) for (let t = 0; t < NUM_TAGS; t++) em[base + t] += window[t];
    // Emptied only when used: setting an array's length is a runtime call, and most tokens have no such marks.
    if (extra.marks.length) addExtraMarks(extra, model, em, base);
    // After the list features, as cueListPairs' strings came after them in one sum.
    if (w.cue || (i > 0 && words[i - 1].cue)) addCuePairs(words, marks, i, model, c, em, base);
    if (w.breaks) breakAt = i; else if (w.cue) cueAt = i;
  }
  return em;
}
