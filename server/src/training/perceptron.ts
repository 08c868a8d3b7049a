// Averaged structured perceptron over the tagger's features, with Viterbi decoding (Collins 2002).
import { NUM_TAGS, viterbi } from '../engine/tagger';
import { GoldSpan, maskedTokens } from './listDropout';

export interface TrainingSentence {
  features: string[][];
  gold: number[];
  /** List-feature dropout (listDropout.ts): the features with the names' list marks (and with word-form dropout their words) hidden, and those names. */
  masked?: string[][];
  spans?: GoldSpan[];
}

export interface TrainedWeights {
  features: Map<string, Float64Array>;
  transition: Float64Array;
}

/** Small deterministic PRNG so that training reproduces the committed model exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(data: TrainingSentence[], opts: { epochs: number; minCount: number; seed: number; listDropout?: number; maskReach?: number; log?: (s: string) => void }): TrainedWeights {
  const counts = new Map<string, number>();
  for (const s of data) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names: string[] = [];
  const ids = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) { ids.set(f, names.length); names.push(f); }
  counts.clear();
  const encode = (fss: string[][]) => fss.map((fs) => Int32Array.from(fs.map((f) => ids.get(f) ?? -1).filter((x) => x >= 0)));
  const dropout = opts.listDropout ?? 0;
  const encoded = data.map((s) => ({
    ids: encode(s.features), gold: s.gold,
    masked: dropout > 0 && s.masked && s.spans?.length ? encode(s.masked) : undefined, spans: s.spans ?? [],
  }));
  // Its own stream, so that the shuffle order is the same with and without dropout.
  const dropRand = mulberry32(opts.seed ^ 0x5bd1e995);

  const T = NUM_TAGS;
  const w = new Float64Array(names.length * T);
  const u = new Float64Array(names.length * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const order = encoded.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const idx of order) {
      const s = encoded[idx];
      const n = s.ids.length;
      const hide = s.masked ? maskedTokens(n, s.spans, dropout, dropRand, opts.maskReach) : undefined;
      const m = s.masked;
      const rows = hide && m ? s.ids.map((r, k) => (hide[k] ? m[k] : r)) : s.ids;
      const em = new Float64Array(n * T);
      for (let k = 0; k < n; k++) for (const f of rows[k]) for (let t = 0; t < T; t++) em[k * T + t] += w[f * T + t];
      const pred = viterbi(em, n, tw);
      for (let k = 0; k < n; k++) {
        total++;
        const g = s.gold[k];
        const p = pred[k];
        const gp = k === 0 ? T : s.gold[k - 1];
        const pp = k === 0 ? T : pred[k - 1];
        if (g !== p) {
          errors++;
          for (const f of rows[k]) {
            w[f * T + g] += 1; u[f * T + g] += c;
            w[f * T + p] -= 1; u[f * T + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * T + g] += 1; tu[gp * T + g] += c;
          tw[pp * T + p] -= 1; tu[pp * T + p] -= c;
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: token error ${(errors / total * 100).toFixed(2)}%`);
  }
  const features = new Map<string, Float64Array>();
  names.forEach((name, f) => {
    const v = new Float64Array(T);
    let any = false;
    for (let t = 0; t < T; t++) {
      v[t] = w[f * T + t] - u[f * T + t] / c;
      if (Math.abs(v[t]) >= 0.0005) any = true;
    }
    if (any) features.set(name, v);
  });
  const transition = new Float64Array(tw.length);
  for (let i = 0; i < tw.length; i++) transition[i] = tw[i] - tu[i] / c;
  return { features, transition };
}
