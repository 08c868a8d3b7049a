// An adapted model on disk as a delta over the shipped one, and loading a model file of either kind.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as zlib from 'zlib';
import { defaultModelPath, MODEL_SCHEMA, modelFromBytes, modelFromFile, ModelFile, NerModel } from './model';
import { NUM_TAGS, TaggerWeights } from './tagger';

export const DELTA_SCHEMA = 'arabic-news-annotator/ner-delta@1';

/**
 * An adapted model on disk: only the weights that changed, as scaled Int32 differences over
 * the base model named by its SHA-256 (the base itself is not copied, so the file stays small).
 */
export interface ModelDelta {
  schema: string;
  base: { sha256: string };
  scale: number;
  /** Full adapted transition table (scaled), (NUM_TAGS + 1) × NUM_TAGS. */
  transition: number[];
  features: string[];
  /** base64 little-endian Int32, NUM_TAGS per feature: added to the base row (or a new row). */
  weights: string;
  sentences: number;
  replay: number;
  epochs: number;
  created: string;
}

export function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

/** The base weights with a delta applied: changed rows are summed, new features get rows after the base's. */
export function applyDelta(base: TaggerWeights, delta: ModelDelta): TaggerWeights {
  if (delta.schema !== DELTA_SCHEMA) throw new Error(`unsupported model delta schema ${delta.schema}`);
  const T = NUM_TAGS;
  const buf = Buffer.from(delta.weights, 'base64');
  const ints = new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  if (ints.length !== delta.features.length * T) throw new Error('model delta weights do not match its feature list');
  const added = addedFeatures(base, delta);
  const table = new Float64Array(base.table.length + added.length * T);
  table.set(base.table);
  const adapted = adaptedWeights(base, table, Float64Array.from(delta.transition, (x) => x / delta.scale), added);
  delta.features.forEach((f, i) => {
    const r = adapted.row(f);
    for (let t = 0; t < T; t++) table[r * T + t] += ints[i * T + t] / delta.scale;
  });
  return adapted;
}

/** The features a delta adds to its base, in row order (after the base's rows): what adaptedWeights needs besides the table. */
export function addedFeatures(base: TaggerWeights, delta: ModelDelta): string[] {
  return delta.features.filter((f) => base.row(f) < 0);
}

/**
 * Weights over an already applied table: the base's rows, then one row per added feature. Lets the
 * update's worker thread apply the delta and hand the table over, so the server only looks rows up.
 */
export function adaptedWeights(base: TaggerWeights, table: Float64Array, transition: Float64Array, added: string[]): TaggerWeights {
  const baseRows = base.table.length / NUM_TAGS;
  const extra = new Map(added.map((f, i) => [f, baseRows + i]));
  if (table.length !== (baseRows + added.length) * NUM_TAGS) throw new Error('adapted weights do not match the base model');
  return { row: (f) => { const r = base.row(f); return r >= 0 ? r : extra.get(f) ?? -1; }, table, transition };
}

/**
 * Loads a model file: a full model, or a delta applied to its base (`basePath`, by default the
 * shipped model). A delta whose base has changed is refused: its differences would be meaningless.
 */
export function loadModel(file: string, basePath = defaultModelPath()): NerModel {
  const raw = fs.readFileSync(file);
  const json = JSON.parse(zlib.gunzipSync(raw).toString('utf8')) as { schema?: string };
  if (json.schema === MODEL_SCHEMA) return modelFromFile(json as ModelFile);
  if (json.schema !== DELTA_SCHEMA) throw new Error(`${file}: unsupported model schema ${String(json.schema)}`);
  const delta = json as ModelDelta;
  const baseRaw = fs.readFileSync(basePath);
  if (sha256(baseRaw) !== delta.base.sha256) throw new Error(`${file} was adapted from another base model than ${basePath}; adapt again`);
  const base = modelFromBytes(baseRaw);
  const weights = applyDelta(base.weights, delta);
  return { ...base, weights, featureCount: weights.table.length / NUM_TAGS };
}
