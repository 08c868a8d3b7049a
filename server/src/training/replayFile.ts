// The packaged replay file: a fixed sample of the original training data (against forgetting) and a held-out check set, read at run time without ../shared.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ConllSentence, parseConll } from '../engine/conll';
import { NerModel } from '../engine/model';
import { sample } from './adapt';
import { isDevSentence } from './corpus';
import { mulberry32 } from './perceptron';
import { projectConventions, readCorpus, replayPool } from './replay';

export const REPLAY_SCHEMA = 'arabic-news-annotator/replay@1';
export const REPLAY_FILE = 'replay.json.gz';
/**
 * Enough for 3 replayed sentences per reviewed one up to ~1,300 reviewed sentences; past that the
 * ratio falls (still ≥ 4,000 replayed). ~0.4 MB compressed.
 */
export const REPLAY_SENTENCES = 4000;
/** NewsFANE dev sentences (never trained on) scored before and after an update: does the model forget? */
export const CHECK_SENTENCES = 300;

export interface ReplayFile {
  schema: string;
  /** CoNLL text (token TAB ANERcorp-or-project tag), already in the project's span conventions. */
  replay: string;
  check: string;
  attribution: string;
}

export interface ReplayData { replay: ConllSentence[]; check: ConllSentence[] }

const ATTRIBUTION = 'Sentences from NewsFANEGold and WikiFANEGold (Alotaibi & Lee, COLING 2014) and AQMAR (Mohit et al., EACL 2012), CC BY-SA 3.0; Wojood sample (SinaLab, MIT). This file is distributed under CC BY-SA 3.0.';

const toConll = (ss: ConllSentence[]) => ss.map((s) => s.tokens.map((t, k) => `${t}\t${s.tags[k]}`).join('\n')).join('\n\n') + '\n';

/** Builds the file from the shared corpora as the trainer prepares them (the shipped model's gazetteer relabels Wojood). */
export function buildReplayFile(dataDir: string, model: NerModel): Buffer {
  const rand = mulberry32(20261129);
  const replay = sample(replayPool(dataDir, model), REPLAY_SENTENCES, rand);
  const dev = readCorpus(dataDir, 'newsfane.conll').filter((_, i) => isDevSentence(i)).map(projectConventions);
  const check = sample(dev, CHECK_SENTENCES, rand);
  const file: ReplayFile = { schema: REPLAY_SCHEMA, replay: toConll(replay), check: toConll(check), attribution: ATTRIBUTION };
  return zlib.gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

export function parseReplayFile(gz: Buffer): ReplayData {
  const file = replayFileOf(zlib.gunzipSync(gz).toString('utf8'));
  return { replay: parseConll(file.replay), check: parseConll(file.check) };
}

/** The replay file's JSON (decompressed), its schema checked; its CoNLL left unparsed for a reader that needs a part. */
export function replayFileOf(json: string): ReplayFile {
  const file = JSON.parse(json) as ReplayFile;
  if (file.schema !== REPLAY_SCHEMA) throw new Error(`unsupported replay schema ${String(file.schema)}`);
  return file;
}

/** The replay file beside the bundle (dist/) or in the source tree (server/data/); undefined when neither exists. */
export function defaultReplayPath(): string | undefined {
  const candidates = [path.join(__dirname, REPLAY_FILE), path.join(__dirname, '..', 'server', 'data', REPLAY_FILE), path.join(process.cwd(), 'server', 'data', REPLAY_FILE)];
  return candidates.find((p) => fs.existsSync(p));
}
