// `npm run train`: rebuilds the shipped NER model deterministically from the shared gold data.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ConllSentence, parseConll, toAnercorpTag } from '../engine/conll';
import { sentenceFeatures } from '../engine/features';
import { mapLexicon, MODEL_SCHEMA, ModelFile, packWeights } from '../engine/model';
import { buildGazetteer } from '../engine/gazetteer';
import { formatGazetteer } from '../engine/gazetteerFile';
import { TAGS } from '../engine/tagger';
import { alignToEngine, excludePersonTitles, harmonizeBodiesWith, includeOrgHeads, isListedPlace, isOrgHead, isPersonTitle, isDevSentence, isWojoodDevSentence, reattachConjunction, relabelWojood, settlementHeadsOut } from './corpus';
import { gazetteerEntries, ATTRIBUTION } from './gazetteerSources';
import { joinSplitClitics } from '../engine/joinClitics';
import { trainPerceptron, TrainedWeights } from './perceptron';
import { blendWeights } from './weightBlend';
import { FORM_REACH, goldSpans, listedShare, maskedFeatures, OWN_LISTS } from './listDropout';
import { TagToken } from '../engine/features';
import { Lexicon } from '../engine/clitics';
import { Gazetteer } from '../engine/gazetteer';
import { buildReplayFile, REPLAY_FILE } from './replayFile';
import { modelFromFile, readModelFile } from '../engine/model';
import { extraSentences } from './extraCorpora';
import { Args, DEFAULT_OUT, parseArgs, UsageError, USAGE } from './trainArgs';

/** The word-form dropout of `--blend-form`'s third model. */
const FORM_DROPOUT_Q = 0.2;
const HA_NAMES_FILE = 'server/data/lists/names-spelled-ha.txt';

const CORPORA = ['newsfane.conll', 'wikifane.conll', 'aqmar.conll', 'wojood-sample.conll'];
/** Only newswire is held out: it is the domain the product is measured on. */
const DEV_CORPUS = 'newsfane.conll';
/** Modern news (hamza kept, clitics attached): a fixed fifth is a second dev set, the rest trains. */
const WOJOOD = 'wojood-sample.conll';
/** A sentence as the evaluation files hold it: a token and its ANERcorp tag per line. */
const conllLines = (s: ConllSentence): string => s.tokens.map((t, k) => `${t}\t${toAnercorpTag(s.tags[k])}`).join('\n');

/** The command line read, or undefined when it only asked for help or cannot run (said in one line, exit code 2). */
function readArgs(argv: string[]): Args | undefined {
  let args: Args;
  try { args = parseArgs(argv); } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`train: ${e.message} (--help lists the options)\n`);
    process.exitCode = 2;
    return undefined;
  }
  if (args.help) { process.stdout.write(USAGE + '\n'); return undefined; }
  const missing = CORPORA.filter((c) => !fs.existsSync(path.join(args.data, c)));
  if (missing.length && !args.listsOnly) {
    process.stderr.write(`train: ${args.data} does not hold ${missing.join(', ')} (the data folder is ../shared/data/ner)\n`);
    process.exitCode = 2;
    return undefined;
  }
  return args;
}

function main(): void {
  const args = readArgs(process.argv.slice(2));
  if (!args) return;
  const log = (s: string) => process.stderr.write(s + '\n');
  if (args.replayOnly) { writeReplay(args, log); return; }
  // A fold model is for measuring: it must not replace the shipped one.
  if (args.fold.length && path.resolve(args.out) === path.resolve(DEFAULT_OUT)) { log('--fold needs --out FILE (not the shipped model)'); process.exitCode = 2; return; }
  const train: ConllSentence[] = [];
  /** The out-of-fold sentences, to compare how listed their names are with the training text's. */
  const heldFold: ConllSentence[] = [];
  /** Copies of each training sentence (corpus weight): the lexicon counts a sentence once, the perceptron sees every copy. */
  const copies: number[] = [];
  fs.mkdirSync(args.devOut, { recursive: true });
  const { entries: gazetteer, lexiconWords, haSpelled } = gazetteerEntries(args.names, args.gazetteers);
  // The shipped model's companion list; experiments (another --out) leave it alone, unless it is all that is asked for.
  if (args.listsOnly || (path.resolve(args.out) === path.resolve(DEFAULT_OUT) && !args.devOnly)) writeHaNames(haSpelled, log);
  if (args.listsOnly) return;
  const lists = (phrase: string) => (gazetteer[phrase] ?? '').split('|');
  const isPlace = isListedPlace(lists);
  for (const name of CORPORA) {
    const sentences = parseConll(fs.readFileSync(path.join(args.data, name), 'utf8')).map(reattachConjunction);
    const dev: string[] = [];
    const devSentences: ConllSentence[] = [];
    const fold: string[] = [];
    sentences.forEach((s, i) => {
      const held = name === DEV_CORPUS ? isDevSentence(i) : name === WOJOOD ? isWojoodDevSentence(i) : false;
      if (held) devSentences.push(s);
      if (held) dev.push(conllLines(s));
      else if (name === DEV_CORPUS && args.fold.includes(i % 10)) { fold.push(conllLines(s)); heldFold.push(s); }
      else if (name === WOJOOD && args.noWojood) return;
      else if (name === WOJOOD) { if (args.wojoodWeight > 0) { train.push(args.wojoodRelabel ? relabelWojood(s, isPlace) : s); copies.push(args.wojoodWeight); } }
      else if (i % args.subset === 0 && args.joinedCopy && name === DEV_CORPUS && (args.weights[name] ?? 1) >= 2) {
        train.push(s, joinSplitClitics([s])[0]); copies.push((args.weights[name] ?? 1) - 1, 1);
      } else if (i % args.subset === 0 && (args.weights[name] ?? 1) > 0) { train.push(s); copies.push(args.weights[name] ?? 1); }
    });
    if (fold.length) {
      fs.writeFileSync(path.join(args.devOut, 'newsfane-fold.conll'), fold.join('\n\n') + '\n');
      log(`left out ${fold.length} training sentences of ${name} → ${path.join(args.devOut, 'newsfane-fold.conll')}`);
    }
    if (dev.length) {
      const file = path.join(args.devOut, name.replace('.conll', '-dev.conll'));
      fs.writeFileSync(file, dev.join('\n\n') + '\n');
      log(`held out ${dev.length} sentences of ${name} → ${file}`);
    }
    // The Wojood fifth again with its places in the project's convention (settlement heads outside), beside the raw one.
    if (name === WOJOOD && devSentences.length) {
      const file = path.join(args.devOut, 'wojood-sample-dev-heads-out.conll');
      fs.writeFileSync(file, devSentences.map(settlementHeadsOut).map(conllLines).join('\n\n') + '\n');
    }
  }
  if (args.devOnly) return;
  const extra = extraSentences(args.extra);
  for (const e of extra) { train.push(reattachConjunction(e.sentence)); copies.push(e.copies); }
  if (extra.length) log(`extra: ${extra.length} sentences from ${args.extra.map((e) => `${e.file}×${e.copies}`).join(', ')}`);
  const harmonize = harmonizeBodiesWith(lists, isPersonTitle);
  // The corpora's sentences as the tagger is trained on them (the out-of-fold ones, below, the same way).
  const prepare = (s: ConllSentence) => {
    const t = includeOrgHeads(harmonize(s), isOrgHead);
    return alignToEngine(args.titlesOut ? excludePersonTitles(t, isPersonTitle) : t);
  };
  const gold = train.map(prepare);
  const freqs = new Map<string, number>();
  for (const s of gold) for (const t of s.tokens) if (t.kind === 'word') freqs.set(t.norm, (freqs.get(t.norm) ?? 0) + 1);
  for (const word of lexiconWords) freqs.set(word, (freqs.get(word) ?? 0) + 5);
  const lexiconObj: Record<string, number> = {};
  for (const [w, f] of [...freqs].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (f >= 2) lexiconObj[w] = f;
  const lexicon = mapLexicon(lexiconObj);
  const gaz = buildGazetteer(gazetteer);
  log(`training on ${gold.length} sentences, lexicon ${Object.keys(lexiconObj).length} words, gazetteer ${Object.keys(gazetteer).length} phrases`);
  const tagTokens = (s: (typeof gold)[number]) => s.tokens.map((t) => ({ norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' }));
  if (args.listDropout > 0) {
    logListedShare(gold, tagTokens, lexicon, gaz, (s) => log('training ' + s));
    const heldGold = heldFold.map(prepare);
    if (heldGold.length) logListedShare(heldGold, tagTokens, lexicon, gaz, (s) => log('out of fold ' + s));
  }
  const data = gold.map((s) => {
    const spans = args.listDropout > 0 ? goldSpans(s.gold, args.dropoutLabels) : [];
    return {
      features: sentenceFeatures(tagTokens(s), lexicon, gaz, true).features,
      gold: s.gold, spans, masked: spans.length ? maskedFeatures(tagTokens(s), lexicon, gaz, spans, args.dropoutOwnLists, args.formDropout, args.formRare) : undefined,
      formMasked: spans.length && args.formShare > 0 ? maskedFeatures(tagTokens(s), lexicon, gaz, spans, args.dropoutOwnLists, true, false) : undefined,
    };
  }).flatMap((d, k) => Array.from({ length: copies[k] }, () => d));
  const trainWith = (p: number) => trainPerceptron(data, { epochs: args.epochs, minCount: 2, seed: args.seed, listDropout: p, maskReach: args.formDropout ? FORM_REACH : 1, log });
  const blend = args.blendDropout > 0 && args.blendDropout < 1;
  if (blend) log(`blending: the normal model, then ${args.formDropout ? 'word-form' : 'list'} dropout ${args.listDropout}, weighed ${1 - args.blendDropout} : ${args.blendDropout}`);
  // The dropout partner, and with a word-form share the word-form model blended into it (on the same shuffle).
  const partner = (): TrainedWeights => {
    const list = trainWith(args.listDropout);
    if (!(args.formShare > 0)) return list;
    log(`… the dropout partner: list dropout and word-form dropout ${FORM_DROPOUT_Q}, weighed ${1 - args.formShare} : ${args.formShare}`);
    const formData = data.map((d) => ({ ...d, masked: d.formMasked }));
    return blendWeights(list, trainPerceptron(formData, { epochs: args.epochs, minCount: 2, seed: args.seed, listDropout: FORM_DROPOUT_Q, maskReach: FORM_REACH, log }), args.formShare);
  };
  const weights = blend ? blendWeights(trainWith(0), partner(), args.blendDropout) : trainWith(args.listDropout);
  const scale = 1000;
  const packed = packWeights(weights.features, scale);
  const file: ModelFile = {
    schema: MODEL_SCHEMA, tags: TAGS, scale, transition: Array.from(weights.transition, (x) => Math.round(x * scale)),
    ...packed, lexicon: lexiconObj, gazetteer: formatGazetteer(gazetteer), gazetteerFolded: formatGazetteer(gaz.folded), attribution: ATTRIBUTION,
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  fs.writeFileSync(args.out, gz);
  log(`wrote ${args.out}: ${packed.features.length} features, ${(gz.length / 1e6).toFixed(2)} MB`);
  if (!args.noWojood && args.subset === 1 && !args.fold.length) writeReplay(args, log);
}

/** How listed the training text's persons and bodies are (the lists their own `eval --unlisted` takes out). */
function logListedShare<S extends { gold: number[] }>(gold: S[], tokens: (s: S) => TagToken[], lex: Lexicon, gaz: Gazetteer, log: (s: string) => void): void {
  for (const label of ['PERS', 'ORG', 'LOC']) {
    const lists = OWN_LISTS[label];
    let whole = 0, marked = 0, total = 0, spans = 0;
    for (const s of gold) {
      const sp = goldSpans(s.gold, [label]);
      if (!sp.length) continue;
      const r = listedShare(tokens(s), lex, gaz, sp, lists);
      whole += r.whole; marked += r.tokens; total += r.total; spans += sp.length;
    }
    log(`${label}: ${spans} names, ${(whole / spans * 100).toFixed(1)} % listed on every word, ${(marked / total * 100).toFixed(1)} % of their words listed`);
  }
}

/** Names the lists spell with a final ه (engine/haNames.ts): a final ه elsewhere may be a pronoun where ة is spelled. */
function writeHaNames(words: string[], log: (s: string) => void): void {
  const header = '# Written by `npm run train` from ../shared/data (names/ and gazetteers/people.tsv, person-name-parts.tsv): given names,\n' +
    '# name parts and full names\' words spelled with a final ه, normalised. Do not edit: engine/haNames.ts reads it.\n';
  fs.writeFileSync(HA_NAMES_FILE, header + words.join('\n') + '\n');
  log(`wrote ${HA_NAMES_FILE}: ${words.length} names spelled with a final ه`);
}

/** The replay sample the editor mixes into adaptation ships beside the model (it relabels Wojood with the model's gazetteer). */
function writeReplay(args: Args, log: (s: string) => void): void {
  const out = path.join(path.dirname(args.out), REPLAY_FILE);
  const gz = buildReplayFile(args.data, modelFromFile(readModelFile(args.out)));
  fs.writeFileSync(out, gz);
  log(`wrote ${out}: ${(gz.length / 1e6).toFixed(2)} MB`);
}

main();
