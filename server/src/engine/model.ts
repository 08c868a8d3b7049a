// The shipped NER model: its on-disk format, loading, and the lexicon and gazetteer it carries.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Lexicon } from './clitics';
import { FeatureTable, FeatureTableParts } from './featureIndex';
import { buildGazetteer, Gazetteer } from './gazetteer';
import { parseGazetteer } from './gazetteerFile';
import { NUM_TAGS, TAGS, TaggerWeights } from './tagger';
import { addNewsOrganizations, addRecentPeople, shippedNewsLists } from './newsLists';
import { addNewsPlaces } from './newsPlaces';
import { addNationalitySpellings } from './nationalitySpellings';
import { escapedLines, featureNames, gunzipWhole, lexiconMap, ModelLayout, modelLayout, textOf, weightsTable } from './modelBytes';

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
  return modelFromParts(file, Buffer.from(file.weights, 'base64'));
}

/**
 * The model's large read-only arrays, its feature table and weights (~13 MB), in shared memory: the CLI's worker
 * threads use one copy, built by the first of them, instead of each decoding and building its own.
 */
export interface SharedTables { index: FeatureTableParts; table: Float64Array }

/** The model from its file's fields and its weights already decoded from base64 (little-endian Int32); its arrays in shared memory when `shared`. */
function modelFromParts(file: Omit<ModelFile, 'weights'>, buf: Buffer, shared = false): NerModel {
  checkSchema(file);
  const index = new FeatureTable(file.features, shared);
  // A view when the decoder's buffer is aligned (a large one has its own memory), else a copy.
  const ints = buf.byteOffset % 4 === 0 ? new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength >> 2) : new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  if (ints.length !== file.features.length * NUM_TAGS || buf.byteLength % 4) throw new Error('model weights do not match its feature list');
  const scale = file.scale;
  const table = shared ? new Float64Array(new SharedArrayBuffer(8 * ints.length)) : new Float64Array(ints.length);
  for (let i = 0; i < ints.length; i++) table[i] = ints[i] / scale;
  return assembled(restOf(file), index, table);
}

function checkSchema(head: Pick<ModelFile, 'schema' | 'tags'>): void {
  if (head.schema !== MODEL_SCHEMA) throw new Error(`unsupported model schema ${head.schema}`);
  if (head.tags.join() !== TAGS.join()) throw new Error('model tag set does not match this build');
}

/** What the model keeps of its parsed file besides the feature table and weights. */
function restOf(file: Omit<ModelFile, 'weights' | 'features'>): ModelRest {
  return { schema: file.schema, tags: file.tags, scale: file.scale, transition: file.transition, lexicon: mapOf(file.lexicon),
    phrases: parseGazetteer(file.gazetteer), folded: parseGazetteer(file.gazetteerFolded) };
}

function mapOf(freqs: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(freqs));
}

/**
 * The model around its feature table and weights. No closure here may capture `rest`: the weights' `row` closure
 * shares this function's context, and would keep the parsed file (its lexicon, 1.6 MB) alive for the session.
 */
function assembled(rest: ModelRest, index: FeatureTable, table: Float64Array): NerModel {
  const transition = new Float64Array(rest.transition.length);
  for (let i = 0; i < transition.length; i++) transition[i] = rest.transition[i] / rest.scale;
  const lexicon = mapLexicon(rest.lexicon);
  return {
    weights: { row: (f) => index.row(f), table, transition, index },
    lexicon,
    gazetteer: gazetteerWithRecentPeople(rest.phrases, rest.folded, lexicon),
    featureCount: index.size,
  };
}

/** The model file's lists with the news lists' people and organisations (newsLists.ts), places (newsPlaces.ts) and nationality spellings (nationalitySpellings.ts) added. */
function gazetteerWithRecentPeople(phrases: Map<string, string>, folded: Map<string, string>, lexicon: Lexicon): Gazetteer {
  const lists = shippedNewsLists();
  addRecentPeople(phrases, folded, lists, (w) => lexicon.freq(w));
  addNewsOrganizations(phrases, lists);
  addNewsPlaces(phrases, (w) => lexicon.freq(w), lists);
  addNationalitySpellings(phrases);
  return buildGazetteer(phrases, folded);
}

/** The model's shared arrays, when it was loaded with them in shared memory (modelFromBytes with `shared`). */
export function sharedTables(model: NerModel): SharedTables | undefined {
  const index = model.weights.index;
  if (!(index instanceof FeatureTable) || !(model.weights.table.buffer instanceof SharedArrayBuffer)) return undefined;
  return { index: index.parts(), table: model.weights.table };
}

export function readModelFile(file: string): ModelFile {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as ModelFile;
}

const WEIGHTS_FIELD = ',"weights":"';

const FEATURES_FIELD = ',"features":[';

/**
 * The model from the bytes of its `.json.gz` file, without ever holding the whole file as one string. As `npm run train`
 * writes it, each field is read from the bytes by its own reader (modelBytes.ts); otherwise the base64 weights (two
 * thirds of it) are cut out of the bytes and decoded on their own, the rest parsed as JSON. Loading is the largest
 * allocation a small session makes; this halves its peak. `shared`: its feature table and weights in shared memory (see SharedTables).
 */
export function modelFromBytes(gz: Buffer, shared = false): NerModel {
  const json = gunzipWhole(gz);
  const layout = modelLayout(json);
  const names = layout && featureNames(json, layout.ranges.features);
  if (layout && names) {
    const rest = restFromLayout(json, layout);
    checkSchema(rest);
    const table = weightsTable(json, layout.ranges.weights, (names.starts.length - 1) * NUM_TAGS, rest.scale, shared);
    if (table) return assembled(rest, new FeatureTable(names, shared), table);
  }
  // A JSON string cannot hold a bare quote, so the field's opening cannot occur inside another value.
  const at = json.indexOf(WEIGHTS_FIELD, 0, 'latin1');
  const end = at < 0 ? -1 : json.indexOf(0x22, at + WEIGHTS_FIELD.length);
  if (end < 0) return modelFromFile(JSON.parse(json.toString('utf8')) as ModelFile);
  const weights = Buffer.from(json.toString('latin1', at + WEIGHTS_FIELD.length, end), 'base64');
  const rest = JSON.parse(json.toString('utf8', 0, at) + json.toString('utf8', end + 1)) as Omit<ModelFile, 'weights'>;
  return modelFromParts(rest, weights, shared);
}

/**
 * What a thread that is handed the shared arrays still needs of the model file: everything but the feature names and
 * weights, its lexicon and lists already read.
 */
export interface ModelRest extends Pick<ModelFile, 'schema' | 'tags' | 'scale' | 'transition'> {
  lexicon: Map<string, number>;
  phrases: Map<string, string>;
  folded: Map<string, string>;
}

/** The rest of a file laid out as `npm run train` writes it; a field its fast reader does not take is parsed as JSON. */
function restFromLayout(json: Buffer, layout: ModelLayout): ModelRest {
  const head = JSON.parse(layout.head) as Pick<ModelFile, 'schema' | 'tags' | 'scale' | 'transition'>;
  const lexiconText = textOf(json, layout.ranges.lexicon);
  const lines = (range: [number, number]) => {
    const text = textOf(json, range);
    const escaped = escapedLines(text);
    return escaped !== undefined ? parseGazetteer(escaped, true) : parseGazetteer(JSON.parse(text) as string);
  };
  return { schema: head.schema, tags: head.tags, scale: head.scale, transition: head.transition,
    lexicon: lexiconMap(lexiconText) ?? mapOf(JSON.parse(lexiconText) as Record<string, number>),
    phrases: lines(layout.ranges.gazetteer), folded: lines(layout.ranges.gazetteerFolded) };
}

/**
 * The model file without its feature names and weights (four fifths of its bytes), which SharedTables hold; undefined
 * when the file is not laid out as `npm run train` writes it (the names just before the weights).
 */
export function modelRestFromBytes(gz: Buffer): ModelRest | undefined {
  const json = gunzipWhole(gz);
  const layout = modelLayout(json);
  if (layout) return restFromLayout(json, layout);
  const at = json.indexOf(WEIGHTS_FIELD, 0, 'latin1');
  const from = at < 0 ? -1 : json.lastIndexOf(FEATURES_FIELD, at, 'latin1');
  const end = from < 0 ? -1 : json.indexOf(0x22, at + WEIGHTS_FIELD.length);
  // The list of names must end where the weights begin, or the cut would leave part of it (or of another field).
  if (end < 0 || json[at - 1] !== 0x5d) return undefined;
  return restOf(JSON.parse(json.toString('utf8', 0, from) + json.toString('utf8', end + 1)) as Omit<ModelFile, 'weights' | 'features'>);
}

/** The model from the rest of its file and the arrays another thread built (the same file: the caller's to ensure). */
export function modelWithTables(rest: ModelRest, tables: SharedTables): NerModel {
  checkSchema(rest);
  return assembled(rest, new FeatureTable(tables.index), tables.table);
}

/** The shipped model, its file's hash (adapted models name their base by it) and path. */
export interface ShippedModel { model: NerModel; sha: string; path: string }

/** Reads the shipped model (or NER_MODEL) once from disk: one read, one decompression, the hash of the same bytes. `shared`: its tables in shared memory (SharedTables). */
export function readShippedModel(shared = false): ShippedModel {
  const p = defaultModelPath();
  const gz = fs.readFileSync(p);
  return { model: modelFromBytes(gz, shared), sha: crypto.createHash('sha256').update(gz).digest('hex'), path: p };
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

let shipped: ShippedModel | undefined;

/** The shipped model, loaded once per thread (the CLI, the server's main thread); `shared` as readShippedModel's, when this call loads it. */
export function loadShippedModel(shared = false): ShippedModel {
  shipped ??= readShippedModel(shared);
  return shipped;
}

/** Loads the shipped model once per process. */
export function loadDefaultModel(): NerModel {
  return loadShippedModel().model;
}
