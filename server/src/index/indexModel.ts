// The model the index analyses articles with: the shipped one, or the workspace's adapted one when the server uses it; named by the hashes of its files.
import * as fs from 'fs';
import { defaultModelPath, NerModel, readShippedModel } from '../engine/model';
import { sha256 } from '../engine/modelDelta';
import { loadAdaptedModel } from '../io/workspaceModel';

let base: { sha: string } | undefined;
function baseFile(): { sha: string } {
  base ??= { sha: sha256(fs.readFileSync(defaultModelPath())) };
  return base;
}

/**
 * Which model the index's articles were analysed with: the shipped model's hash, plus the adapted model's when
 * `adapted` names a file that exists. Stored in the index file: a reload under another model re-analyses.
 */
export function modelId(adapted: string | undefined): string {
  const shipped = baseFile().sha.slice(0, 16);
  let raw: Buffer | undefined;
  try { raw = adapted ? fs.readFileSync(adapted) : undefined; } catch { raw = undefined; }
  return raw ? `${shipped}+${sha256(raw).slice(0, 16)}` : shipped;
}

/** The model to analyse with; an adapted model that cannot be used (corrupt, other base) gives the shipped one and a reason. */
export function loadIndexModel(adapted: string | undefined): { model: NerModel; problem?: string } {
  const b = baseFile();
  // Its own copy, dropped when the index is idle (not the thread-wide one loadShippedModel keeps).
  const shipped = readShippedModel().model;
  if (!adapted) return { model: shipped };
  try {
    return { model: loadAdaptedModel(adapted, shipped, b.sha)?.model ?? shipped };
  } catch (e) {
    return { model: shipped, problem: (e as Error).message };
  }
}
