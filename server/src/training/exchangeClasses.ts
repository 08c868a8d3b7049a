// Word classes from unlabelled text by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998), nested at three sizes.

/** Units (words, or classes of words) with their bigram counts: `succ[u]` and `pred[u]` as flat pairs (unit, count). */
interface Bigrams {
  /** Units 0 … movable−1 are clustered; each unit from `movable` on keeps a class of its own (rare words, sentence ends). */
  movable: number;
  succ: Int32Array[];
  pred: Int32Array[];
}

/** f(x) = x·ln x for the integer counts the likelihood is made of, read from one table (exact and fast). */
function xlogx(max: number): Float64Array {
  const t = new Float64Array(max + 1);
  for (let x = 2; x <= max; x++) t[x] = x * Math.log(x);
  return t;
}

/**
 * Moves each movable unit to the class that most raises the class-bigram likelihood
 * Σ N(c,d)·ln N(c,d) − Σ Nl(c)·ln Nl(c) − Σ Nr(d)·ln Nr(d), in unit order, until no unit moves or `iterations`
 * passes. Deterministic: the start is unit u in class u mod `classes`, and a unit moves only for a strictly
 * better class (the lowest-numbered on a tie).
 */
export function exchange(b: Bigrams, classes: number, iterations: number): Int32Array {
  const units = b.succ.length;
  const K = classes + units - b.movable;
  const cls = new Int32Array(units);
  for (let u = 0; u < units; u++) cls[u] = u < b.movable ? u % classes : classes + u - b.movable;
  const N = new Float64Array(K * K);
  const Nl = new Float64Array(K);
  const Nr = new Float64Array(K);
  const lw = new Float64Array(units);
  const rw = new Float64Array(units);
  let total = 0;
  for (let u = 0; u < units; u++) {
    const s = b.succ[u];
    for (let k = 0; k < s.length; k += 2) { N[cls[u] * K + cls[s[k]]] += s[k + 1]; lw[u] += s[k + 1]; total += s[k + 1]; }
    const p = b.pred[u];
    for (let k = 0; k < p.length; k += 2) rw[u] += p[k + 1];
    Nl[cls[u]] += lw[u];
    Nr[cls[u]] += rw[u];
  }
  const F = xlogx(total);
  const S = new Float64Array(K);
  const P = new Float64Array(K);
  const sTouched: number[] = [];
  const pTouched: number[] = [];
  for (let it = 0; it < iterations; it++) {
    let moves = 0;
    for (let w = 0; w < b.movable; w++) {
      const a = cls[w];
      let self = 0;
      const s = b.succ[w];
      for (let k = 0; k < s.length; k += 2) {
        if (s[k] === w) { self = s[k + 1]; continue; }
        const d = cls[s[k]];
        if (S[d] === 0) sTouched.push(d);
        S[d] += s[k + 1];
      }
      const p = b.pred[w];
      for (let k = 0; k < p.length; k += 2) {
        if (p[k] === w) continue;
        const c = cls[p[k]];
        if (P[c] === 0) pTouched.push(c);
        P[c] += p[k + 1];
      }
      // The cell (a, a) holds w's bigrams with the rest of its class on both sides and with itself.
      for (const d of sTouched) N[a * K + d] -= S[d];
      for (const c of pTouched) N[c * K + a] -= P[c];
      N[a * K + a] -= self;
      Nl[a] -= lw[w];
      Nr[a] -= rw[w];
      const gain = (c: number): number => {
        let g = 0;
        const row = c * K;
        for (const d of sTouched) if (d !== c) { const x = N[row + d]; g += F[x + S[d]] - F[x]; }
        for (const e of pTouched) if (e !== c) { const x = N[e * K + c]; g += F[x + P[e]] - F[x]; }
        const x = N[row + c];
        g += F[x + S[c] + P[c] + self] - F[x];
        return g - (F[Nl[c] + lw[w]] - F[Nl[c]]) - (F[Nr[c] + rw[w]] - F[Nr[c]]);
      };
      let best = a;
      let bestGain = gain(a);
      for (let c = 0; c < classes; c++) {
        if (c === a) continue;
        const g = gain(c);
        if (g > bestGain + 1e-7 * Math.abs(bestGain) + 1e-9) { best = c; bestGain = g; }
      }
      for (const d of sTouched) N[best * K + d] += S[d];
      for (const c of pTouched) N[c * K + best] += P[c];
      N[best * K + best] += self;
      Nl[best] += lw[w];
      Nr[best] += rw[w];
      if (best !== a) { cls[w] = best; moves++; }
      for (const d of sTouched) S[d] = 0;
      for (const c of pTouched) P[c] = 0;
      sTouched.length = 0;
      pTouched.length = 0;
    }
    if (moves === 0) break;
  }
  return cls;
}

/** Bigram counts of the classes of `cls` (units 0 … classes−1), the fixed units of `b` kept after them as they were. */
function classBigrams(b: Bigrams, cls: Int32Array, classes: number): Bigrams {
  const units = classes + b.succ.length - b.movable;
  const unitOf = (u: number) => (u < b.movable ? cls[u] : classes + u - b.movable);
  const succ = Array.from({ length: units }, () => new Map<number, number>());
  for (let u = 0; u < b.succ.length; u++) {
    const s = b.succ[u];
    for (let k = 0; k < s.length; k += 2) { const m = succ[unitOf(u)]; const v = unitOf(s[k]); m.set(v, (m.get(v) ?? 0) + s[k + 1]); }
  }
  return fromMaps(succ, classes);
}

function fromMaps(succ: Map<number, number>[], movable: number): Bigrams {
  const pred = succ.map(() => [] as number[]);
  const flat = succ.map((m, u) => {
    const pairs = [...m].sort((x, y) => x[0] - y[0]);
    for (const [v, n] of pairs) pred[v].push(u, n);
    return Int32Array.from(pairs.flat());
  });
  return { movable, succ: flat, pred: pred.map((p) => Int32Array.from(p)) };
}

export interface WordClasses {
  /** Fine class of each clustered word. */
  classOf: Map<string, number>;
  /** Per fine class, its class at the middle and the coarse size: the sizes nest (a fine class lies in one middle class). */
  mid: Int32Array;
  coarse: Int32Array;
  tokens: number;
  types: number;
}

export interface ClassOptions { sizes: [number, number, number]; minCount: number; iterations: number }

/**
 * Classes of the words of `sentences` seen at least `minCount` times: words are clustered into `sizes[2]` classes,
 * those classes into `sizes[1]`, and those into `sizes[0]`. Rarer words stand together as one context
 * unit, and the sentence boundary as another, never classed.
 */
export function buildWordClasses(sentences: readonly (readonly string[])[], opts: ClassOptions): WordClasses {
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const s of sentences) for (const w of s) { counts.set(w, (counts.get(w) ?? 0) + 1); tokens++; }
  const words = [...counts].filter(([, n]) => n >= opts.minCount).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([w]) => w);
  const id = new Map(words.map((w, i) => [w, i]));
  const RARE = words.length;
  const EDGE = words.length + 1;
  const succ = Array.from({ length: words.length + 2 }, () => new Map<number, number>());
  const add = (u: number, v: number) => succ[u].set(v, (succ[u].get(v) ?? 0) + 1);
  for (const s of sentences) {
    let prev = EDGE;
    for (const w of s) { const u = id.get(w) ?? RARE; add(prev, u); prev = u; }
    add(prev, EDGE);
  }
  const [coarseSize, midSize, fineSize] = opts.sizes;
  const bigrams = fromMaps(succ, words.length);
  const fine = exchange(bigrams, fineSize, opts.iterations);
  const fineBigrams = classBigrams(bigrams, fine, fineSize);
  const mid = exchange(fineBigrams, midSize, opts.iterations).slice(0, fineSize);
  const midBigrams = classBigrams(fineBigrams, mid, midSize);
  const coarseOfMid = exchange(midBigrams, coarseSize, opts.iterations);
  const coarse = mid.map((m) => coarseOfMid[m]);
  return { classOf: new Map(words.map((w, i) => [w, fine[i]])), mid, coarse, tokens, types: counts.size };
}
