// The shipped NER model: its on-disk format, loading, and the lexicon and gazetteer it carries.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Lexicon } from './clitics';
import { FeatureTable } from './featureIndex';
import { buildGazetteer, Gazetteer, parseGazetteer } from './gazetteer';
import { NUM_TAGS, TAGS, TaggerWeights } from './tagger';

export const MODEL_SCHEMA = 'arabic-news-annotator/ner-model@2';
export const MODEL_FILE = 'ner-model.json.gz';

/**
 * JSON layout of `ner-model.json.gz`. `weights` is base64 of little-endian Int32 values,
 * NUM_TAGS per feature in `features` order, scaled by `scale` — compact and fast to load.
 */
export interface ModelFile {
  schema: string;
  tags: string[];
  scale: number;
  transition: number[];
  features: string[];
  weights: string;
  lexicon: Record<string, number>;
  /**
   * One line per normalised phrase: `phrase<TAB>lists`, lists (PER, NAME, PLAST, LOC, ORG, CLUB, COMP, NAT,
   * FIRST, LAST) joined by `|` — one string parses much faster than an object of 30k keys.
   */
  gazetteer: string;
  /** The same for the foreign-name lists under transliteration-folded spellings (see `foldTransliteration`). */
  gazetteerFolded: string;
  attribution: string;
}

export interface NerModel {
  weights: TaggerWeights;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  featureCount: number;
}

export function mapLexicon(freqs: Map<string, number> | Record<string, number>): Lexicon {
  const m = freqs instanceof Map ? freqs : new Map(Object.entries(freqs));
  return { freq: (w) => m.get(w) ?? 0 };
}

/**
 * The inverse of the table decoding below: feature rows as scaled Int32, base64, dropping all-zero rows.
 * Shared by training (the shipped model) and adaptation (a delta), so both files decode the same way.
 */
export function packWeights(features: Iterable<[string, ArrayLike<number>]>, scale: number): { features: string[]; weights: string } {
  const names: string[] = [];
  const values: number[] = [];
  for (const [k, v] of features) {
    const ints = Array.from(v, (x) => Math.round(x * scale));
    if (ints.every((x) => x === 0)) continue;
    names.push(k);
    for (const x of ints) values.push(x);
  }
  return { features: names, weights: Buffer.from(Int32Array.from(values).buffer).toString('base64') };
}

/** Builds the in-memory model from its parsed file. */
export function modelFromFile(file: ModelFile): NerModel {
  if (file.schema !== MODEL_SCHEMA) throw new Error(`unsupported model schema ${file.schema}`);
  if (file.tags.join() !== TAGS.join()) throw new Error('model tag set does not match this build');
  const index = new FeatureTable(file.features);
  const buf = Buffer.from(file.weights, 'base64');
  // Copy so the Int32 view is aligned whatever offset the decoder's buffer has.
  const ints = new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  if (ints.length !== file.features.length * NUM_TAGS) throw new Error('model weights do not match its feature list');
  const table = new Float64Array(ints.length);
  for (let i = 0; i < ints.length; i++) table[i] = ints[i] / file.scale;
  const transition = Float64Array.from(file.transition, (x) => x / file.scale);
  return {
    weights: { row: (f) => index.row(f), table, transition, index },
    lexicon: mapLexicon(file.lexicon),
    gazetteer: buildGazetteer(parseGazetteer(file.gazetteer), parseGazetteer(file.gazetteerFolded)),
    featureCount: index.size,
  };
}

export function readModelFile(file: string): ModelFile {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as ModelFile;
}

/** Finds the model beside the bundle (dist/) or in the source tree (server/data/), unless NER_MODEL names one. */
export function defaultModelPath(): string {
  // Experiments score a candidate model with the same CLI: NER_MODEL=out/candidate.json.gz.
  const override = process.env.NER_MODEL;
  if (override) return override;
  const candidates = [path.join(__dirname, MODEL_FILE), path.join(__dirname, '..', 'server', 'data', MODEL_FILE), path.join(process.cwd(), 'server', 'data', MODEL_FILE)];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`NER model ${MODEL_FILE} not found (looked in ${candidates.join(', ')}); run npm run train`);
  return found;
}

let cached: NerModel | undefined;

/** Loads the shipped model once per process. */
export function loadDefaultModel(): NerModel {
  cached ??= modelFromFile(readModelFile(defaultModelPath()));
  return cached;
}
