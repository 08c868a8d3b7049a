import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { blendWeights } from '../../../server/src/training/weightBlend';
import { TrainedWeights } from '../../../server/src/training/perceptron';
import { NUM_TAGS } from '../../../server/src/engine/tagger';

const row = (...xs: number[]) => Float64Array.from({ length: NUM_TAGS }, (_, t) => xs[t] ?? 0);
const model = (rows: Record<string, Float64Array>, tr: number): TrainedWeights =>
  ({ features: new Map(Object.entries(rows)), transition: Float64Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, () => tr) });

test('a blend weighs each feature of the two models, a feature one lacks counting 0 there', () => {
  const normal = model({ 'g=PER': row(0, 4), 'w=قال': row(2) }, 1);
  const dropout = model({ 'g=PER': row(0, 2), 'c=شكل': row(0, 1) }, 3);
  const b = blendWeights(normal, dropout, 0.25);
  assert.deepEqual([...b.features.keys()], ['g=PER', 'w=قال', 'c=شكل']);
  assert.equal(b.features.get('g=PER')?.[1], 3.5);
  assert.equal(b.features.get('w=قال')?.[0], 1.5);
  assert.equal(b.features.get('c=شكل')?.[1], 0.25);
  assert.equal(b.transition[0], 1.5);
});

test('weights that blend to nothing are dropped, and a weight outside 0..1 is refused', () => {
  const b = blendWeights(model({ x: row(0.0004) }, 0), model({ x: row(0.0004) }, 0), 0.5);
  assert.equal(b.features.has('x'), false);
  assert.throws(() => blendWeights(model({}, 0), model({}, 0), 1.5));
});
