// `learning-curve`: simulates an annotator reviewing a new domain (Wojood) and scores the adapted tagger after each batch.
import * as fs from 'fs';
import * as zlib from 'zlib';
import { Analyzer } from '../engine/analysis';
import { ConllSentence, parseConll } from '../engine/conll';
import { Score } from '../engine/evaluate';
import { modelFromFile, NerModel, readModelFile } from '../engine/model';
import { applyDelta, sha256 } from '../engine/modelDelta';
import { adaptWeights, DEFAULT_ADAPT, packDelta, replaySize, sample } from '../training/adapt';
import { isDevSentence } from '../training/corpus';
import { mulberry32 } from '../training/perceptron';
import { conllToTraining, readCorpus, replayPool, sharedData, wojoodAsAnnotated } from '../training/replay';
import { entityReport } from './evaluation';

export const CURVE_POINTS = [0, 50, 100, 200, 400];
/** Fixed shuffle of the Wojood sample: the first 400 are "reviewed" in order, the rest is scored. */
const SPLIT_SEED = 16;
const OWN_TEST = 'test/fixtures/dev-ner/test.conll';

export interface CurveOptions { base: string; data?: string; headline?: 'micro-all' | 'micro-PERS/LOC/ORG'; verbose?: boolean }

const fmt = (s: Score) => `F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}`;

export function learningCurve(opts: CurveOptions, out: (line: string) => void): number {
  const dir = opts.data ?? sharedData('ner');
  const headline = opts.headline ?? 'micro-all';
  if (!fs.existsSync(opts.base)) { out(`error: ${opts.base} not found; build it with: node dist/train.js --no-wojood --out ${opts.base} --dev-out out/learn/dev`); return 1; }
  const baseRaw = fs.readFileSync(opts.base);
  const baseFile = readModelFile(opts.base);
  const base = modelFromFile(baseFile);
  const wojood = sample(readCorpus(dir, 'wojood-sample.conll'), Infinity, mulberry32(SPLIT_SEED)).map((s) => wojoodAsAnnotated(s, base));
  const pool = wojood.slice(0, Math.max(...CURVE_POINTS));
  const rest = wojood.slice(pool.length);
  const newsDev = readCorpus(dir, 'newsfane.conll').filter((_, i) => isDevSentence(i));  // as `npm run eval` scores it
  const replay = replayPool(dir);
  // The project's own modern-news test set: scored only, never looked at while choosing the settings.
  const ownTest = fs.existsSync(OWN_TEST) ? parseConll(fs.readFileSync(OWN_TEST, 'utf8')) : [];
  out(`base ${opts.base} (trained without Wojood); Wojood: ${pool.length} sentences reviewed in batches of 50, ${rest.length} scored; NewsFANE dev ${newsDev.length} sentences`);
  out(`update = features + ${DEFAULT_ADAPT.epochs} epochs over the reviewed sentences and max(${DEFAULT_ADAPT.replayMin}, ${DEFAULT_ADAPT.replayRatio}×n) replayed original sentences; scores are ${headline}`);
  const score = (model: NerModel, sentences: ConllSentence[], name: string) => {
    const r = entityReport(sentences, new Analyzer(model));
    if (opts.verbose) out(`    ${name}: ${Object.entries(r.perLabel).map(([l, x]) => `${l} ${fmt(x)}`).join(' | ')}`);
    return r.micro[headline];
  };
  for (const n of CURVE_POINTS) {
    let model = base;
    let note = '';
    if (n > 0) {
      const t0 = process.hrtime.bigint();
      const gold = conllToTraining(pool.slice(0, n), base);
      const replayed = conllToTraining(sample(replay, replaySize(n, DEFAULT_ADAPT), mulberry32(DEFAULT_ADAPT.seed + n)), base);
      const change = adaptWeights(base.weights, gold, replayed, DEFAULT_ADAPT);
      const delta = packDelta(change, sha256(baseRaw), baseFile.scale, { sentences: n, replay: replayed.length, epochs: DEFAULT_ADAPT.epochs });
      const bytes = zlib.gzipSync(Buffer.from(JSON.stringify(delta)), { level: 9 }).length;
      model = { ...base, weights: applyDelta(base.weights, delta) };
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      note = `  update ${secs.toFixed(1)} s  delta ${(bytes / 1e3).toFixed(0)} kB (${delta.features.length} rows)`;
    }
    out(`${String(n).padStart(3)} sentences  ${fmt(score(model, rest, 'Wojood rest'))}${note}  | NewsFANE dev ${fmt(score(model, newsDev, 'NewsFANE dev'))}${ownTest.length ? `  | own test F1 ${score(model, ownTest, 'own test').f1.toFixed(3)}` : ''}`);
  }
  return 0;
}
