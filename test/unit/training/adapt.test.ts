import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adaptWeights, DEFAULT_ADAPT, packDelta } from '../../../server/src/training/adapt';
import { applyDelta } from '../../../server/src/engine/modelDelta';
import { NUM_TAGS, TaggerWeights, TAGS, viterbi } from '../../../server/src/engine/tagger';

// A tiny hand-made base: it knows "w=paris" as a place and nothing about "w=acme".
const baseRows = new Map([['w=paris', 0], ['bias', 1]]);
const table = new Float64Array(2 * NUM_TAGS);
table[TAGS.indexOf('B-LOC')] = 5;
table[NUM_TAGS + 0] = 1;
const base: TaggerWeights = { row: (f) => baseRows.get(f) ?? -1, table, transition: new Float64Array((NUM_TAGS + 1) * NUM_TAGS) };
const tagOf = (w: TaggerWeights, words: string[]) => {
  const em = new Float64Array(words.length * NUM_TAGS);
  words.forEach((word, k) => { for (const f of [`w=${word}`, 'bias']) { const r = w.row(f); if (r >= 0) for (let t = 0; t < NUM_TAGS; t++) em[k * NUM_TAGS + t] += w.table[r * NUM_TAGS + t]; } });
  return viterbi(em, words.length, w.transition).map((t) => TAGS[t]);
};
const sentence = (words: string[], tags: string[]) => ({ features: words.map((w) => [`w=${w}`, 'bias']), gold: tags.map((t) => TAGS.indexOf(t)) });

test('adaptation learns a new name from gold sentences and keeps what the base knew', () => {
  assert.deepEqual(tagOf(base, ['acme', 'in', 'paris']), ['O', 'O', 'B-LOC']);
  const gold = [sentence(['acme', 'opened', 'in', 'paris'], ['B-ORG', 'O', 'O', 'B-LOC'])];
  const replay = [sentence(['trip', 'to', 'paris'], ['O', 'O', 'B-LOC'])];
  const change = adaptWeights(base, gold, replay, DEFAULT_ADAPT);
  const adapted = applyDelta(base, packDelta(change, 'sha', 1000, { sentences: 1, replay: 1, epochs: DEFAULT_ADAPT.epochs }));
  assert.deepEqual(tagOf(adapted, ['acme', 'in', 'paris']), ['B-ORG', 'O', 'B-LOC']);
  assert.ok(adapted.row('w=acme') >= 2, 'a feature the base never saw gets a row of its own');
});

test('the delta stores only changed rows, and the base weights are left untouched', () => {
  const before = Float64Array.from(table);
  const change = adaptWeights(base, [sentence(['acme'], ['B-ORG'])], [], DEFAULT_ADAPT);
  const delta = packDelta(change, 'sha', 1000, { sentences: 1, replay: 0, epochs: DEFAULT_ADAPT.epochs });
  assert.ok(!delta.features.includes('w=paris'));
  assert.deepEqual(Array.from(table), Array.from(before));
});

test('an adapted model made from another base is refused, not silently mixed', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const zlib = await import('node:zlib');
  const { loadModel } = await import('../../../server/src/engine/modelDelta');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adapt-'));
  const file = path.join(dir, 'model.json.gz');
  const delta = packDelta(adaptWeights(base, [sentence(['acme'], ['B-ORG'])], [], DEFAULT_ADAPT), '0'.repeat(64), 1000, { sentences: 1, replay: 0, epochs: 5 });
  fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(delta)));
  fs.writeFileSync(path.join(dir, 'base.json.gz'), zlib.gzipSync('{}'));
  assert.throws(() => loadModel(file, path.join(dir, 'base.json.gz')), /another base model/);
});
