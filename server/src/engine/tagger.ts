// Linear-chain sequence tagger: scores features with learned weights and decodes BIO tags with Viterbi.
import type { FeatureIndex } from './featureIndex';
import { backwardRows, forwardRows, ROW_TAGS } from './viterbiRows';

export const LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC'] as const;
export type EntityLabel = (typeof LABELS)[number];

/** ANERcorp's tag names for our labels, used in BIO output. */
export const BIO_NAME: Record<EntityLabel, string> = { PERSON: 'PERS', LOCATION: 'LOC', ORGANIZATION: 'ORG', MISC: 'MISC' };

/** Tag index 0 is O; then B-/I- for each label in LABELS order. */
export const TAGS: string[] = ['O', ...LABELS.flatMap((l) => ['B-' + BIO_NAME[l], 'I-' + BIO_NAME[l]])];
/** Tag numbers by name, for the rule passes: each takes the numbers it tests once, when it loads. */
const TAG_NUMBER = new Map(TAGS.map((t, k) => [t, k]));
/** The number of a label's begin tag (`PERS`, `LOC`, `ORG`, `MISC`). */
export const beginTag = (label: string): number => TAG_NUMBER.get('B-' + label)!;
/** The number of a label's inside tag. */
export const insideTag = (label: string): number => TAG_NUMBER.get('I-' + label)!;
export const NUM_TAGS = TAGS.length;
// The decoder's rows are written out for this tag set (viterbiRows.ts).
if (NUM_TAGS !== ROW_TAGS) throw new Error(`viterbiRows is written for ${ROW_TAGS} tags, the tag set has ${NUM_TAGS}`);

export function tagLabel(tag: number): EntityLabel | undefined {
  return tag === 0 ? undefined : LABELS[(tag - 1) >> 1];
}
export function isInside(tag: number): boolean {
  return tag > 0 && (tag - 1) % 2 === 1;
}
/** A span just written up to `e` cut into a name that ran on: the name's rest restarts at e (each label's I tag follows its B tag). */
export function restartAt(tags: number[], e: number): void {
  if (e < tags.length && isInside(tags[e])) tags[e] -= 1;
}
/** Which tags occur in `tags`, one bit (1 << tag) each: a rule pass that acts only on spans of a label it lacks is skipped. */
export function tagBits(tags: readonly number[]): number {
  let bits = 0;
  for (let k = 0; k < tags.length; k++) bits |= 1 << tags[k];
  return bits;
}
/** Start of the span holding token `i`: back over its inside tags to the begin tag (or the sentence's first token). */
export function spanStart(tags: readonly number[], i: number): number {
  let b = i;
  while (b > 0 && isInside(tags[b])) b--;
  return b;
}
/** End (exclusive) of the span starting at `i`: the inside tags of the same label that follow it. */
export function spanEnd(tags: readonly number[], i: number): number {
  let e = i + 1;
  const t = tags[i];
  // A label's tag: the one inside tag of its label is its B tag + 1 (itself when it is one), so a single comparison per
  // word (about 200 rule-pass sites ask this, every span of every sentence). Anything else is read as below.
  if (t > 0 && t < NUM_TAGS && t === (t | 0)) {
    const inside = t + (t & 1);
    while (e < tags.length && tags[e] === inside) e++;
    return e;
  }
  while (e < tags.length && isInside(tags[e]) && tagLabel(tags[e]) === tagLabel(t)) e++;
  return e;
}

/**
 * Writes words b..e-1 as one span, `begin` on the first and `inside` on the rest (nothing where e <= b): the one loop
 * the passes that name a span all need, kept in one place so none writes a span without its begin tag.
 */
export function markSpan(out: number[], b: number, e: number, begin: number, inside: number): void {
  for (let k = b; k < e; k++) out[k] = k === b ? begin : inside;
}

/**
 * markSpan() on a pass's copy of `tags` (`out`, made on its first change): `out` as it was when words b..e-1 already
 * read as that span, so a pass that changes nothing returns the tagging itself.
 */
export function markIfChanged(tags: number[], out: number[] | undefined, b: number, e: number, begin: number, inside: number): number[] | undefined {
  const cur = out ?? tags;
  let same = cur[b] === begin;
  for (let k = b + 1; k < e && same; k++) same = cur[k] === inside;
  if (same) return out;
  const next = out ?? tags.slice();
  markSpan(next, b, e, begin, inside);
  return next;
}

/**
 * `tags` without the spans opening with `begin` (a B- tag) that `drop(start, end)` picks, end exclusive; the same array when it
 * picks none. The removal passes test spans of the original tagging, so one pass's drops never feed its own tests.
 */
export function dropSpans(tags: number[], begin: number, drop: (start: number, end: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== begin) continue;
    const end = spanEnd(tags, k);
    if (drop(k, end)) (out ??= tags.slice()).fill(0, k, end);
    k = end - 1;
  }
  return out ?? tags;
}

/**
 * `tags` with the untagged word right after each span opening with `begin` taken in as `inside` where `take(start, end)` says
 * so (`end` is that word); the same array when it takes none. As dropSpans, the tests read the original tagging. `words`:
 * how many words from `end` a yes takes in (لكرة القدم), all of which `take` has checked are there.
 */
export function takeNextWords(tags: number[], begin: number, inside: number, take: (start: number, end: number) => boolean, words = 1): number[] {
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== begin) continue;
    const end = spanEnd(tags, k);
    if (end < tags.length && tags[end] === 0 && take(k, end)) (out ??= tags.slice()).fill(inside, end, end + words);
    k = end - 1;
  }
  return out ?? tags;
}

/** An I- tag may only follow B- or I- of the same label. */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev === tag || prev === tag - 1;
}

/** Weights of a trained model: a flat [feature][tag] table, and transitions (row NUM_TAGS = sentence start). */
export interface TaggerWeights {
  /** Row of `feature` in `table`, or -1 when the model does not know it. */
  row(feature: string): number;
  table: Float64Array;
  transition: Float64Array;
  /** The shipped model's rows by feature value (see featureIndex.ts); adapted weights have none and answer through row(). */
  index?: FeatureIndex;
}

/** Adds the scores of `features` into `out` at `offset` (one row of NUM_TAGS). */
export function addScores(w: TaggerWeights, features: readonly string[], out: Float64Array, offset: number): void {
  for (const f of features) {
    const r = w.row(f);
    if (r < 0) continue;
    const base = r * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) out[offset + t] += w.table[base + t];
  }
}

/**
 * Added to every entity tag's emission before decoding. The perceptron, trained mostly on older
 * and encyclopaedic text, is conservative on today's news (precision well above recall on every
 * dev set); this shifts the balance. Tuned on the dev sets (NewsFANE, Wojood fifth, news-ner dev).
 */
export const ENTITY_BIAS = 5;

export function addEntityBias(em: Float64Array): void {
  // Row by row (em holds whole rows): every tag but O.
  for (let row = 0; row + NUM_TAGS <= em.length; row += NUM_TAGS) for (let t = 1; t < NUM_TAGS; t++) em[row + t] += ENTITY_BIAS;
}

/** Best tag sequence under the BIO constraint. */
export function viterbi(em: Float64Array, n: number, trans: Float64Array): number[] {
  return decode(em, n, trans).tags;
}

/** isInside() as a table. */
const INSIDE = Uint8Array.from({ length: NUM_TAGS }, (_, t) => (isInside(t) ? 1 : 0));
/** Back pointers of the last decode, reused: sentences rarely outgrow it. */
let backScratch = new Int8Array(256 * NUM_TAGS);
/**
 * Forward scores of the last decode and backward scores of the last posteriors(), reused likewise (a typed
 * array per sentence costs more to allocate than to fill): a caller reads them before it decodes again.
 */
let forwardScratch = new Float64Array(256 * NUM_TAGS);
let betaScratch = new Float64Array(256 * NUM_TAGS);

/**
 * Viterbi decoding that also returns its forward (max-product) scores, which confidences reuse.
 * An I- tag may only follow its own B- or I- (allowed()): those two predecessors are tried alone, in
 * the same order as the full scan, so ties break the same way (the rows: viterbiRows.ts).
 */
export function decode(em: Float64Array, n: number, trans: Float64Array): { tags: number[]; forward: Float64Array } {
  if (n === 0) return { tags: [], forward: new Float64Array(0) };
  const T = NUM_TAGS;
  if (forwardScratch.length < n * T) forwardScratch = new Float64Array(2 * n * T);
  // Every cell is written before it is read.
  const score = forwardScratch.subarray(0, n * T);
  if (backScratch.length < n * T) backScratch = new Int8Array(2 * n * T);
  const back = backScratch;
  for (let t = 0; t < T; t++) {
    score[t] = INSIDE[t] ? -Infinity : em[t] + trans[T * T + t];
  }
  forwardRows(em, n, trans, score, back);
  const tags = new Array<number>(n);
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return { tags, forward: score };
}

/** Margins are divided by this before the logistic squash; 40 makes confidence track exact-match precision on the dev set. */
export const CONFIDENCE_TEMPERATURE = 40;

/**
 * Confidence of each chosen tag from max-marginals: how much worse the best sequence gets
 * when that token is forced to another tag, squashed to 0..1 — how contested the decision
 * was in context. Costs two max-product passes (no exponentials per cell). `wanted`: when given, only the tokens
 * where it is not 0 (the names a caller keeps) get their confidence; the others are 0, unread.
 */
export function posteriors(em: Float64Array, n: number, trans: Float64Array, tags: number[], forward?: Float64Array, wanted?: readonly number[]): number[] {
  const T = NUM_TAGS;
  const alpha = forward ?? decode(em, n, trans).forward;
  if (betaScratch.length < n * T) betaScratch = new Float64Array(2 * n * T);
  const beta = betaScratch;
  // The last row is the one read before it is written: zero, as in a fresh array.
  beta.fill(0, (n - 1) * T, n * T);
  // Rows before the first token whose confidence is wanted are never read.
  let first = 0;
  if (wanted !== undefined) while (first < n - 1 && wanted[first] === 0) first++;
  backwardRows(em, n, trans, beta, first);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (wanted !== undefined && wanted[i] === 0) { out[i] = 0; continue; }
    const tag = tags[i];
    const chosen = alpha[i * T + tag] + beta[i * T + tag];
    let alt = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tag) alt = Math.max(alt, alpha[i * T + t] + beta[i * T + t]);
    out[i] = 1 / (1 + Math.exp(-(chosen - alt) / CONFIDENCE_TEMPERATURE));
  }
  return out;
}
