// Linear-chain sequence tagger: scores features with learned weights and decodes BIO tags with Viterbi.

export const LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC'] as const;
export type EntityLabel = (typeof LABELS)[number];

/** ANERcorp's tag names for our labels, used in BIO output. */
export const BIO_NAME: Record<EntityLabel, string> = { PERSON: 'PERS', LOCATION: 'LOC', ORGANIZATION: 'ORG', MISC: 'MISC' };

/** Tag index 0 is O; then B-/I- for each label in LABELS order. */
export const TAGS: string[] = ['O', ...LABELS.flatMap((l) => ['B-' + BIO_NAME[l], 'I-' + BIO_NAME[l]])];
export const NUM_TAGS = TAGS.length;

export function tagLabel(tag: number): EntityLabel | undefined {
  return tag === 0 ? undefined : LABELS[(tag - 1) >> 1];
}
export function isInside(tag: number): boolean {
  return tag > 0 && (tag - 1) % 2 === 1;
}

/** An I- tag may only follow B- or I- of the same label. */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev === tag || prev === tag - 1;
}

/** allowed() as a table, so the decoders' inner loops do not branch through a call. */
const ALLOWED = Uint8Array.from({ length: NUM_TAGS * NUM_TAGS }, (_, i) => (allowed(Math.floor(i / NUM_TAGS), i % NUM_TAGS) ? 1 : 0));

/** Weights of a trained model: a flat [feature][tag] table, and transitions (row NUM_TAGS = sentence start). */
export interface TaggerWeights {
  /** Row of `feature` in `table`, or -1 when the model does not know it. */
  row(feature: string): number;
  table: Float64Array;
  transition: Float64Array;
}

/** Adds the scores of `features` into `out` at `offset` (one row of NUM_TAGS). */
export function addScores(w: TaggerWeights, features: string[], out: Float64Array, offset: number): void {
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
  for (let k = 0; k < em.length; k++) if (k % NUM_TAGS !== 0) em[k] += ENTITY_BIAS;
}

/** Best tag sequence under the BIO constraint. */
export function viterbi(em: Float64Array, n: number, trans: Float64Array): number[] {
  return decode(em, n, trans).tags;
}

/** Viterbi decoding that also returns its forward (max-product) scores, which confidences reuse. */
export function decode(em: Float64Array, n: number, trans: Float64Array): { tags: number[]; forward: Float64Array } {
  if (n === 0) return { tags: [], forward: new Float64Array(0) };
  const score = new Float64Array(n * NUM_TAGS);
  const back = new Int8Array(n * NUM_TAGS);
  for (let t = 0; t < NUM_TAGS; t++) {
    score[t] = isInside(t) ? -Infinity : em[t] + trans[NUM_TAGS * NUM_TAGS + t];
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NUM_TAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NUM_TAGS; p++) {
        if (!ALLOWED[p * NUM_TAGS + t]) continue;
        const s = score[(i - 1) * NUM_TAGS + p] + trans[p * NUM_TAGS + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * NUM_TAGS + t] = best + em[i * NUM_TAGS + t];
      back[i * NUM_TAGS + t] = arg;
    }
  }
  const tags = new Array<number>(n);
  let last = 0;
  for (let t = 1; t < NUM_TAGS; t++) if (score[(n - 1) * NUM_TAGS + t] > score[(n - 1) * NUM_TAGS + last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NUM_TAGS + tags[i]];
  return { tags, forward: score };
}

/** Margins are divided by this before the logistic squash; 40 makes confidence track exact-match precision on the dev set. */
export const CONFIDENCE_TEMPERATURE = 40;

/**
 * Confidence of each chosen tag from max-marginals: how much worse the best sequence gets
 * when that token is forced to another tag, squashed to 0..1 — how contested the decision
 * was in context. Costs two max-product passes (no exponentials per cell).
 */
export function posteriors(em: Float64Array, n: number, trans: Float64Array, tags: number[], forward?: Float64Array): number[] {
  const T = NUM_TAGS;
  const alpha = forward ?? decode(em, n, trans).forward;
  const beta = new Float64Array(n * T);
  for (let i = n - 2; i >= 0; i--) for (let p = 0; p < T; p++) {
    let best = -Infinity;
    for (let t = 0; t < T; t++) if (ALLOWED[p * T + t]) { const v = trans[p * T + t] + em[(i + 1) * T + t] + beta[(i + 1) * T + t]; if (v > best) best = v; }
    beta[i * T + p] = best;
  }
  return tags.map((tag, i) => {
    const chosen = alpha[i * T + tag] + beta[i * T + tag];
    let alt = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tag) alt = Math.max(alt, alpha[i * T + t] + beta[i * T + t]);
    return 1 / (1 + Math.exp(-(chosen - alt) / CONFIDENCE_TEMPERATURE));
  });
}
