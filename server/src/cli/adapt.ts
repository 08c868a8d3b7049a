// `adapt DIR... --out MODEL`: trains an adapted model (a delta over the base, with its manifest) from the reviewed articles of a workspace.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { ConllSentence } from '../engine/conll';
import { modelFromFile, readModelFile } from '../engine/model';
import { sha256 } from '../engine/modelDelta';
import { manifestPathFor, writeAdaptedModel } from '../io/workspaceModel';
import { runAdaptation } from '../training/adaptRun';
import { replayPool } from '../training/replay';
import { defaultReplayPath, parseReplayFile } from '../training/replayFile';
import { workspaceGold } from '../training/workspaceGold';

export interface AdaptCliOptions { out: string; base: string; replay?: string; baseHasWojood: boolean }

export function adaptCommand(dirs: string[], opts: AdaptCliOptions, log: (s: string) => void): number {
  const t0 = Date.now();
  const baseRaw = fs.readFileSync(opts.base);
  const baseFile = readModelFile(opts.base);
  const base = modelFromFile(baseFile);
  // Suggestions come from the base model: the decisions were made on what it (or an earlier adaptation) proposed.
  const { gold, articles } = workspaceGold(dirs.map((d) => path.resolve(d)), new Analyzer(base), log);
  if (!gold.length) { log('no reviewed sentences found (mark an article reviewed, or decide every suggestion of a sentence)'); return 1; }
  // The full corpora with --replay DIR (experiments); otherwise the sample the extension ships, as the editor uses it.
  let pool: ConllSentence[] = [];
  let check: ConllSentence[] = [];
  const packaged = defaultReplayPath();
  if (opts.replay && fs.existsSync(opts.replay)) pool = replayPool(opts.replay, opts.baseHasWojood ? base : undefined);
  else if (packaged && opts.baseHasWojood) ({ replay: pool, check } = parseReplayFile(fs.readFileSync(packaged)));
  else log('no original training data to replay (--replay DIR): the adapted model may forget more of its first domain');
  const r = runAdaptation({ base, baseSha: sha256(baseRaw), baseScale: baseFile.scale, gold, articles, replayPool: pool, check });
  // Atomic: a crash mid-write never leaves a broken model where the editor would load it.
  const manifest = writeAdaptedModel(opts.out, r.gz, r.manifest);
  const figures = manifest.check ? `; ${manifest.check.corpus} F1 ${manifest.check.before} → ${manifest.check.after}` : '';
  log(`adapted on ${gold.length} sentences from ${articles} articles (+${manifest.replay} replayed) in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${opts.out} (${(r.gz.length / 1e3).toFixed(0)} kB, ${r.changedRows} changed rows; manifest ${manifestPathFor(opts.out)})${figures}`);
  return 0;
}
