// One adaptation run, the same for the editor's worker and the CLI: gold + replay → delta file bytes and its manifest.
import * as zlib from 'zlib';
import { Analyzer } from '../engine/analysis';
import { ConllSentence } from '../engine/conll';
import { NerModel } from '../engine/model';
import { addedFeatures, applyDelta } from '../engine/modelDelta';
import { MANIFEST_SCHEMA, ModelManifest } from '../io/workspaceModel';
import { NUM_TAGS, TaggerWeights } from '../engine/tagger';
import { entityReport } from '../cli/evaluation';
import { adaptWeights, DEFAULT_ADAPT, packDelta, replaySize, sample } from './adapt';
import { GoldSentence } from './corpus';
import { mulberry32 } from './perceptron';
import { conllToTraining, toTraining } from './replay';

export interface AdaptRunInput {
  base: NerModel;
  baseSha: string;
  baseScale: number;
  gold: GoldSentence[];
  articles: number;
  /** Original sentences to replay against forgetting (empty: none). */
  replayPool: ConllSentence[];
  /** Held-out original-domain sentences scored before and after (empty: no figures). */
  check: ConllSentence[];
  /** Progress 0..1 with a phrase for the user. */
  progress?: (fraction: number, message: string) => void;
}

export interface AdaptRunResult {
  gz: Buffer;
  manifest: Omit<ModelManifest, 'model'>;
  changedRows: number;
  /** The delta applied to the base, and the features it added (row order): what the server swaps in. */
  weights: TaggerWeights;
  added: string[];
}

const f1 = (sentences: ConllSentence[], model: NerModel) => entityReport(sentences, new Analyzer(model)).micro['micro-all'].f1;

/**
 * Bounds one update's memory and time (features of every sentence are held at once: ~50 kB each).
 * Past it a fixed sample of the reviewed sentences is used; the manifest counts what was trained on.
 */
export const MAX_ADAPT_SENTENCES = 5000;

export function runAdaptation(input: AdaptRunInput): AdaptRunResult {
  const { base } = input;
  const opts = DEFAULT_ADAPT;
  const progress = input.progress ?? (() => undefined);
  const gold = input.gold.length > MAX_ADAPT_SENTENCES ? sample(input.gold, MAX_ADAPT_SENTENCES, mulberry32(opts.seed)) : input.gold;
  progress(0.05, `features of ${gold.length} reviewed sentences`);
  const replayed = conllToTraining(sample(input.replayPool, replaySize(gold.length, opts), mulberry32(opts.seed)), base);
  const change = adaptWeights(base.weights, toTraining(gold, base), replayed, opts, (epoch) => progress(0.1 + 0.75 * (epoch / opts.epochs), `epoch ${epoch} of ${opts.epochs}`));
  const delta = packDelta(change, input.baseSha, input.baseScale, { sentences: gold.length, replay: replayed.length, epochs: opts.epochs });
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(delta)), { level: 9 });
  let check: ModelManifest['check'];
  const weights = applyDelta(base.weights, delta);
  if (input.check.length) {
    progress(0.9, 'checking the old domain');
    const adapted: NerModel = { ...base, weights, featureCount: weights.table.length / NUM_TAGS };
    check = { sentences: input.check.length, corpus: 'NewsFANE dev (held out from training)', before: round(f1(input.check, base)), after: round(f1(input.check, adapted)) };
  }
  const manifest = {
    schema: MANIFEST_SCHEMA, base: { sha256: input.baseSha }, sentences: gold.length, articles: input.articles,
    replay: replayed.length, epochs: opts.epochs, created: delta.created, check,
  };
  return { gz, manifest, changedRows: delta.features.length, weights, added: addedFeatures(base.weights, delta) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
