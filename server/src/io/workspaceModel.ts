// The workspace's adapted model on disk: `.arabic-news/model.json.gz` (a delta over the shipped model) and its manifest, written atomically and validated on load.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { NerModel } from '../engine/model';
import { applyDelta, DELTA_SCHEMA, ModelDelta, sha256 } from '../engine/modelDelta';
import { NUM_TAGS } from '../engine/tagger';
import { refuseReadOnly } from './replaceGuards';
import { writeAtomic } from './sidecarFile';

export const MODEL_DIR = '.arabic-news';
export const MODEL_NAME = 'model.json.gz';
export const MANIFEST_SCHEMA = 'arabic-news-annotator/model-manifest@1';

/** What a teammate (and the status bar) reads about an adapted model without opening it. */
export interface ModelManifest {
  schema: string;
  model: { sha256: string; bytes: number };
  /** SHA-256 of the shipped model file the delta applies to. */
  base: { sha256: string };
  /** Reviewed sentences trained on, from how many articles. */
  sentences: number;
  articles: number;
  /** Original sentences replayed against forgetting; epochs over the mix. */
  replay: number;
  epochs: number;
  created: string;
  /** Entity F1 (all four labels, full engine) on held-out original-domain sentences, before and after: did it forget? */
  check?: { sentences: number; corpus: string; before: number; after: number };
}

export function workspaceModelPath(folder: string): string { return path.join(folder, MODEL_DIR, MODEL_NAME); }
/** `model.json.gz` → `model.manifest.json`, beside it. */
export function manifestPathFor(modelPath: string): string { return modelPath.replace(/(\.json)?(\.gz)?$/, '') + '.manifest.json'; }

/** Writes the model, then its manifest naming the model's hash, each through a temporary file and a rename. */
export function writeAdaptedModel(modelPath: string, gz: Buffer, manifest: Omit<ModelManifest, 'model'>): ModelManifest {
  fs.mkdirSync(path.dirname(modelPath), { recursive: true });
  const { schema, ...rest } = manifest;
  const full: ModelManifest = { schema, model: { sha256: sha256(gz), bytes: gz.length }, ...rest };
  // Both or neither: a read-only manifest must not be left naming the model this replaced.
  refuseReadOnly(modelPath);
  refuseReadOnly(manifestPathFor(modelPath));
  writeAtomic(modelPath, gz);
  writeAtomic(manifestPathFor(modelPath), JSON.stringify(full, null, 2) + '\n');
  return full;
}

export type LoadedWorkspaceModel = { model: NerModel; manifest: ModelManifest | undefined };

/**
 * Loads an adapted model over `base` (the shipped model, whose file hashes to `baseSha`). Undefined
 * when there is none; throws a message for the user when the file is corrupt, belongs to another
 * base model, or does not match its manifest (a half-merged pair from git).
 */
export function loadAdaptedModel(modelPath: string, base: NerModel, baseSha: string): LoadedWorkspaceModel | undefined {
  if (!fs.existsSync(modelPath)) return undefined;
  const raw = fs.readFileSync(modelPath);
  const manifestFile = manifestPathFor(modelPath);
  let manifest: ModelManifest | undefined;
  if (fs.existsSync(manifestFile)) {
    try { manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ModelManifest; } catch (e) { throw new Error(`${manifestFile} is not valid JSON (${(e as Error).message})`); }
    if (manifest?.schema !== MANIFEST_SCHEMA) throw new Error(`${manifestFile}: unsupported manifest schema ${String(manifest?.schema)}`);
    if (manifest.base?.sha256 !== baseSha) throw new Error(`${modelPath} was adapted from another version of the shipped model; update it again`);
    if (manifest.model?.sha256 !== sha256(raw)) throw new Error(`${modelPath} does not match its manifest (changed or merged separately); update the model again`);
  }
  let delta: ModelDelta;
  try { delta = JSON.parse(zlib.gunzipSync(raw).toString('utf8')) as ModelDelta; } catch (e) { throw new Error(`${modelPath} is corrupt (${(e as Error).message})`); }
  if (delta.schema !== DELTA_SCHEMA) throw new Error(`${modelPath}: not an adapted model (schema ${String(delta.schema)})`);
  if (delta.base?.sha256 !== baseSha) throw new Error(`${modelPath} was adapted from another version of the shipped model; update it again`);
  const weights = applyDelta(base.weights, delta);
  return { model: { ...base, weights, featureCount: weights.table.length / NUM_TAGS }, manifest };
}

/** Removes the model and its manifest; true when something was removed. */
export function removeAdaptedModel(modelPath: string): boolean {
  let removed = false;
  for (const f of [modelPath, manifestPathFor(modelPath)]) {
    try { fs.unlinkSync(f); removed = true; } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; }
  }
  return removed;
}
