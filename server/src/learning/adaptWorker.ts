// Worker thread entry: trains an adapted model from the workspace's reviewed articles and posts the file bytes back (the server writes and swaps them).
import * as fs from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { Analyzer } from '../engine/analysis';
import { modelFromFile, ModelFile } from '../engine/model';
import { sha256 } from '../engine/modelDelta';
import * as zlib from 'zlib';
import { loadAdaptedModel } from '../io/workspaceModel';
import { runAdaptation } from '../training/adaptRun';
import { parseReplayFile, ReplayData } from '../training/replayFile';
import { workspaceGold } from '../training/workspaceGold';
import { AdaptJob, FromAdaptWorker } from './adaptMessages';

const post = (m: FromAdaptWorker, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

function run(job: AdaptJob): void {
  const t0 = Date.now();
  post({ type: 'progress', fraction: 0, message: 'loading the model' });
  const baseRaw = fs.readFileSync(job.basePath);
  const baseFile = JSON.parse(zlib.gunzipSync(baseRaw).toString('utf8')) as ModelFile;
  const base = modelFromFile(baseFile);
  const baseSha = sha256(baseRaw);
  let suggesting = base;
  if (job.activeModelPath) {
    try { suggesting = loadAdaptedModel(job.activeModelPath, base, baseSha)?.model ?? base; } catch { /* the server already reported it; the shipped model suggests */ }
  }
  const warn = (message: string) => post({ type: 'warn', message });
  const { gold, articles } = workspaceGold(job.folders, new Analyzer(suggesting), warn, new Map(job.open),
    (done, total) => { if (done % 20 === 0 || done === total) post({ type: 'progress', fraction: 0.05 * (done / total), message: `reading reviewed articles (${done}/${total})` }); });
  if (!gold.length) { post({ type: 'empty', message: 'No reviewed sentences yet: mark an article reviewed, or decide every suggestion of a sentence.' }); return; }
  let replay: ReplayData = { replay: [], check: [] };
  if (job.replayPath) replay = parseReplayFile(fs.readFileSync(job.replayPath));
  else warn('the replay sample of the original training data is missing: the adapted model may forget more');
  const r = runAdaptation({
    base, baseSha, baseScale: baseFile.scale, gold, articles, replayPool: replay.replay, check: replay.check,
    progress: (fraction, message) => post({ type: 'progress', fraction, message }),
  });
  const gz = new Uint8Array(r.gz.buffer.slice(r.gz.byteOffset, r.gz.byteOffset + r.gz.byteLength));
  const { table, transition } = r.weights;
  post({ type: 'done', gz, manifest: r.manifest, seconds: (Date.now() - t0) / 1000, weights: { table, transition, added: r.added } },
    [gz.buffer as ArrayBuffer, table.buffer as ArrayBuffer, transition.buffer as ArrayBuffer]);
}

try { run(workerData as AdaptJob); } catch (e) { post({ type: 'error', message: (e as Error).stack ?? String(e) }); }
