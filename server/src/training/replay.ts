// Training sentences for adaptation: the original corpora prepared as `npm run train` does, and gold sentences turned into features.
import * as fs from 'fs';
import * as path from 'path';
import { ConllSentence, parseConll } from '../engine/conll';
import { sentenceFeatures } from '../engine/features';
import { NerModel } from '../engine/model';
import { alignToEngine, excludePersonTitles, GoldSentence, harmonizeBodiesWith, includeOrgHeads, isListedPlace, isOrgHead, isPersonTitle, isDevSentence, isWojoodDevSentence, reattachConjunction, relabelWojood } from './corpus';
import { TrainingSentence } from './perceptron';

/** The shared data folder: `../shared/data` from the main checkout, further up from a worktree. */
export function sharedData(sub: string): string {
  for (let dir = path.resolve('..'); ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'shared', 'data', sub);
    if (fs.existsSync(p) || path.dirname(dir) === dir) return fs.existsSync(p) ? p : path.join('..', 'shared', 'data', sub);
  }
}

/** The corpora replayed against forgetting: the base model's non-Wojood training data (NewsFANE minus its dev tenth; AQMAR no longer trains it). */
const REPLAY_CORPORA = ['newsfane.conll', 'wikifane.conll'];

export function readCorpus(dir: string, name: string): ConllSentence[] {
  return parseConll(fs.readFileSync(path.join(dir, name), 'utf8')).map(reattachConjunction);
}

/**
 * The replay pool in the project's conventions (organisation heads in, titles out), as the trainer
 * prepares it. `model` given: the Wojood training part is included too (the shipped base trained
 * on it; replaying without it pulls the weights away from modern news).
 */
export function replayPool(dir: string, model?: NerModel): ConllSentence[] {
  const out: ConllSentence[] = [];
  // Public bodies as the trainer harmonises them (needs the model's name lists).
  const harmonize = model ? harmonizeBodiesWith(modelLists(model), isPersonTitle) : (s: ConllSentence) => s;
  for (const name of REPLAY_CORPORA) {
    readCorpus(dir, name).forEach((s, i) => { if (!(name === 'newsfane.conll' && isDevSentence(i))) out.push(projectConventions(harmonize(s))); });
  }
  if (model) readCorpus(dir, 'wojood-sample.conll').forEach((s, i) => { if (!isWojoodDevSentence(i)) out.push(wojoodAsAnnotated(s, model)); });
  return out;
}

/** The model's name lists as the trainer's lookup: normalised phrase → list names. */
const modelLists = (model: NerModel) => (phrase: string) => (model.gazetteer.phrases.get(phrase) ?? '').split('|');

/** Organisation heads inside, titles outside: the project's span conventions, as the trainer applies them. */
export function projectConventions(s: ConllSentence): ConllSentence {
  return excludePersonTitles(includeOrgHeads(s, isOrgHead), isPersonTitle);
}

/**
 * Wojood brought to the project's guidelines as the trainer does (countries acting as parties are
 * places, URLs are not names): the simulated annotator follows the same guidelines as the user.
 */
export function wojoodAsAnnotated(s: ConllSentence, model: NerModel): ConllSentence {
  const lists = modelLists(model);
  return projectConventions(harmonizeBodiesWith(lists, isPersonTitle)(relabelWojood(s, isListedPlace(lists))));
}

/** Tagger features of gold sentences under a model's lexicon and gazetteer. */
export function toTraining(gold: GoldSentence[], model: NerModel): TrainingSentence[] {
  return gold.map((s) => ({
    features: sentenceFeatures(s.tokens.map((t) => ({ norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' })), model.lexicon, model.gazetteer).features,
    gold: s.gold,
  }));
}

export function conllToTraining(sentences: ConllSentence[], model: NerModel): TrainingSentence[] {
  return toTraining(sentences.map(alignToEngine), model);
}
