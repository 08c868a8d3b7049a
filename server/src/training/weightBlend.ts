// Training only: one model's weights from two trained ones, w = (1 − α)·a + α·b (issue #10: a list-dropout model blended into the normal one).
import { NUM_TAGS } from '../engine/tagger';
import { TrainedWeights } from './perceptron';

/**
 * `a` and `b` blended feature by feature over the union of their features (a feature one of them lacks weighs 0 there),
 * and their transitions likewise. `a`'s features come first, in its order, then `b`'s new ones, so that the packed model
 * is the same on every run. Rows whose blend rounds to nothing are dropped as the trainer drops them.
 */
export function blendWeights(a: TrainedWeights, b: TrainedWeights, alpha: number): TrainedWeights {
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`blend weight ${alpha} is not between 0 and 1`);
  const features = new Map<string, Float64Array>();
  const zero = new Float64Array(NUM_TAGS);
  const mix = (x: ArrayLike<number>, y: ArrayLike<number>, n: number) => Float64Array.from({ length: n }, (_, t) => (1 - alpha) * x[t] + alpha * y[t]);
  const put = (name: string, x: ArrayLike<number>, y: ArrayLike<number>) => {
    const v = mix(x, y, NUM_TAGS);
    if (v.some((w) => Math.abs(w) >= 0.0005)) features.set(name, v);
  };
  for (const [name, x] of a.features) put(name, x, b.features.get(name) ?? zero);
  for (const [name, y] of b.features) if (!a.features.has(name)) put(name, zero, y);
  return { features, transition: mix(a.transition, b.transition, a.transition.length) };
}
