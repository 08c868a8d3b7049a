// `adapt DIR... --out MODEL`: trains an adapted model (a delta over the base) from the reviewed articles of a workspace.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Analyzer } from '../engine/analysis';
import { applyDecisions } from '../engine/decisions';
import { EntityLabel } from '../engine/tagger';
import { modelFromFile, readModelFile } from '../engine/model';
import { sha256 } from '../engine/modelDelta';
import { parseSidecar } from '../engine/sidecarSchema';
import { adaptWeights, DEFAULT_ADAPT, packDelta, replaySize, sample } from '../training/adapt';
import { GoldSentence } from '../training/corpus';
import { mulberry32 } from '../training/perceptron';
import { conllToTraining, replayPool, toTraining } from '../training/replay';
import { goldFromReview } from '../training/sidecarGold';

const SIDECAR_SUFFIX = '.annotations.json';
/** Bounds the folder walk: a workspace with more sidecars than this is cut short, with a warning. */
const MAX_SIDECARS = 20_000;

function findSidecars(dirs: string[], warn: (s: string) => void): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    const entries = fs.statSync(dir).isDirectory() ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)) : [dir];
    for (const f of entries) {
      if (!f.endsWith(SIDECAR_SUFFIX) || f.split(path.sep).includes('node_modules')) continue;
      if (found.length >= MAX_SIDECARS) { warn(`more than ${MAX_SIDECARS} sidecars; the rest are skipped`); return found; }
      found.push(f);
    }
  }
  return found.sort();
}

/** Gold sentences of one sidecar's article; undefined (with a warning) when it cannot be read. */
function articleGold(file: string, analyzer: Analyzer, warn: (s: string) => void): GoldSentence[] | undefined {
  const article = file.slice(0, -SIDECAR_SUFFIX.length);
  try {
    const sidecar = parseSidecar(fs.readFileSync(file, 'utf8'));
    const text = fs.readFileSync(article, 'utf8');
    const entityDecisions = sidecar.decisions.filter((d) => d.kind === 'entity' && d.status !== 'orphaned');
    const auto = analyzer.analyze(text).annotations.filter((a) => a.kind === 'entity');
    const spans = applyDecisions(auto, entityDecisions, text).map((a) => ({ start: a.start, end: a.end, label: a.label as EntityLabel, status: a.status }));
    return goldFromReview(text, spans, entityDecisions, sidecar.extra?.reviewed === true);
  } catch (e) {
    warn(`${file}: ${(e as Error).message}; skipped`);
    return undefined;
  }
}

export interface AdaptCliOptions { out: string; base: string; replay?: string; baseHasWojood: boolean }

export function adaptCommand(dirs: string[], opts: AdaptCliOptions, log: (s: string) => void): number {
  const t0 = Date.now();
  const baseRaw = fs.readFileSync(opts.base);
  const baseFile = readModelFile(opts.base);
  const base = modelFromFile(baseFile);
  // Suggestions come from the base model: the decisions were made on what it (or an earlier adaptation) proposed.
  const analyzer = new Analyzer(base);
  const gold: GoldSentence[] = [];
  let articles = 0;
  for (const f of findSidecars(dirs, log)) {
    const g = articleGold(f, analyzer, log);
    if (g?.length) { gold.push(...g); articles++; }
  }
  if (!gold.length) { log('no reviewed sentences found (mark an article reviewed, or decide every suggestion of a sentence)'); return 1; }
  let replay: ReturnType<typeof conllToTraining> = [];
  if (opts.replay && fs.existsSync(opts.replay)) replay = conllToTraining(sample(replayPool(opts.replay, opts.baseHasWojood ? base : undefined), replaySize(gold.length, DEFAULT_ADAPT), mulberry32(DEFAULT_ADAPT.seed)), base);
  else log('no original training data to replay (--replay DIR): the adapted model may forget more of its first domain');
  const change = adaptWeights(base.weights, toTraining(gold, base), replay, DEFAULT_ADAPT);
  const delta = packDelta(change, sha256(baseRaw), baseFile.scale, { sentences: gold.length, replay: replay.length, epochs: DEFAULT_ADAPT.epochs });
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(delta)), { level: 9 });
  // Atomic: a crash mid-write never leaves a broken model where the editor would load it.
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  const tmp = `${opts.out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, gz);
  fs.renameSync(tmp, opts.out);
  log(`adapted on ${gold.length} sentences from ${articles} articles (+${replay.length} replayed) in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${opts.out} (${(gz.length / 1e3).toFixed(0)} kB, ${delta.features.length} changed rows)`);
  return 0;
}
