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
import { sharedData } from './replay';
import { buildReplayFile, REPLAY_FILE } from './replayFile';
import { modelFromFile, readModelFile } from '../engine/model';
import { ExtraCorpus, extraSentences, parseExtraSpec } from './extraCorpora';

interface Args { data: string; names: string; gazetteers: string; out: string; devOut: string; epochs: number; devOnly: boolean; wojoodWeight: number; wojoodRelabel: boolean; titlesOut: boolean; subset: number; fold: number[]; noWojood: boolean; joinedCopy: boolean; listsOnly: boolean; replayOnly: boolean; seed: number; weights: Record<string, number>; listDropout: number; dropoutLabels: string[]; dropoutOwnLists: boolean; blendDropout: number; formDropout: boolean; formRare: boolean; formShare: number; extra: ExtraCorpus[] }

const DEFAULT_OUT = 'server/data/ner-model.json.gz';
/** The perceptron's shuffle seed of the shipped model. */
const SHIPPED_SEED = 20251128;
/** The list dropout of the model `--blend-dropout` blends in, when --list-dropout does not say. */
const BLEND_DROPOUT_P = 0.1;
/** The shipped model's blend (session 33): half the list-dropout model's weights; `--blend-dropout 0` trains the normal model alone. */
const SHIPPED_BLEND = 0.5;
/**
 * The dropout partner's word-form share β (`--blend-form`): the partner is (1 − β)·list dropout + β·word-form dropout
 * (FORM_DROPOUT_Q). 0, the session-33 blend of two, is shipped: β 0.7 passed the fold bar but not the shipped checks.
 */
const SHIPPED_FORM_SHARE = 0;
/** The word-form dropout of `--blend-form`'s third model. */
const FORM_DROPOUT_Q = 0.2;
const HA_NAMES_FILE = 'server/data/lists/names-spelled-ha.txt';

function parseArgs(argv: string[]): Args {
  const a: Args = {
    data: sharedData('ner'), names: sharedData('names'), gazetteers: sharedData('gazetteers'), out: DEFAULT_OUT, devOut: 'out/dev',
    epochs: 10, devOnly: false, wojoodWeight: WOJOOD_WEIGHT, wojoodRelabel: true, titlesOut: true, subset: 1, fold: [], noWojood: false, joinedCopy: false, listsOnly: false, replayOnly: false, seed: SHIPPED_SEED, weights: { ...CORPUS_WEIGHTS },
    listDropout: 0, dropoutLabels: ['PERS', 'ORG'], dropoutOwnLists: false, blendDropout: SHIPPED_BLEND, formDropout: false, formRare: false, formShare: SHIPPED_FORM_SHARE, extra: [],
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--names') a.names = argv[++i];
    else if (v === '--out') a.out = argv[++i];
    else if (v === '--dev-out') a.devOut = argv[++i];
    else if (v === '--epochs') a.epochs = Number(argv[++i]);
    else if (v === '--dev-only') a.devOnly = true;
    else if (v === '--gazetteers') a.gazetteers = argv[++i];
    else if (v === '--wojood-weight') a.wojoodWeight = Number(argv[++i]);
    else if (v === '--wojood-as-is') a.wojoodRelabel = false;
    else if (v === '--titles-as-is') a.titlesOut = false;
    // Quick experiments: keep one training sentence in N (dev sets unchanged).
    else if (v === '--subset') a.subset = Number(argv[++i]);
    // An out-of-fold tuning set of real newswire: NewsFANE training sentences whose index ends in these digits
    // (`--fold 3,6`: a fifth) are left out of training and written to DEV_OUT/newsfane-fold.conll; a model trained
    // so scores them as unseen text (the held-out halves are too small to tune on without fitting them).
    else if (v === '--fold') a.fold = argv[++i].split(',').map(Number);
    // The learning-curve experiment (issue 16) needs a base that never saw the Wojood domain.
    else if (v === '--no-wojood') a.noWojood = true;
    // Experiment: NewsFANE's second copy with its split clitics joined as raw news writes them.
    else if (v === '--joined-copy') a.joinedCopy = true;
    // Only the lists derived from the name lists (HA_NAMES_FILE), without training.
    else if (v === '--lists-only') a.listsOnly = true;
    // Only the packaged replay sample (issue 16), from the model already at --out.
    else if (v === '--replay-only') a.replayOnly = true;
    // Experiments: another shuffle order (`--seed 7`). A feature change moves fold figures by a draw's own swing
    // (session 30: the shipped code retrained with seed 7 read −0.001 to −0.003 all four on the folds), so compare
    // a change with the base under two seeds or more.
    else if (v === '--seed') a.seed = Number(argv[++i]);
    // Experiments: copies of each training sentence of a corpus (`--weight newsfane.conll=2`; 0 drops it).
    else if (v === '--weight') { const [k, n] = argv[++i].split('='); a.weights[k] = Number(n); }
    // Experiment (issue #10): on each visit hide the list marks of a gold name with this probability (listDropout.ts), so
    // the model learns names the lists never held; `--list-dropout-labels PERS,ORG,LOC,MISC` chooses whose names.
    // Session 32, out of fold (two seeds, both folds, against the base under the same seeds), all four: 0.1 split
    // −0.005 / −0.002 and `--unlisted` family +0.015 / +0.019, all +0.030 / +0.034 (PERS −0.013 with its lists,
    // +0.08 at depth all); 0.2 and 0.4 lose more with the lists (−0.007 to −0.012) for little more without; ORG alone
    // loses as much with the lists and gains only ORG. The shipped model so retrained lowered the written sets by 0.004
    // and broke 13 rule tests, so it stays off (see the session 32 report).
    else if (v === '--list-dropout') a.listDropout = Number(argv[++i]);
    else if (v === '--list-dropout-labels') a.dropoutLabels = argv[++i].split(',');
    // … hiding only the marks of the name's own label's lists (as `eval --unlisted` does), not every list's.
    else if (v === '--list-dropout-own') a.dropoutOwnLists = true;
    // The shipped model (issue #10, session 33): train the normal model and the list-dropout one (p from --list-dropout, 0.1
    // when not given) on the same shuffle and keep w = (1 − α)·normal + α·dropout (weightBlend.ts; α 0.5 by default, 0
    // the normal model alone, 1 the dropout model alone); training takes twice as long. Out of fold (two seeds, both folds,
    // against the normal model under the same seeds), all four, p 0.1: α 0.3 +0.000 / +0.001, `--unlisted` all +0.009 /
    // +0.012; α 0.5 +0.001 / +0.001, all +0.017 / +0.020; dropout alone −0.005 / −0.002, all +0.029 / +0.033.
    else if (v === '--blend-dropout') a.blendDropout = Number(argv[++i]);
    // Experiment (issue #10, session 34): word-form dropout, list dropout with probability Q that also hides the hidden
    // name's words (`w=`, `c=`, and the neighbours' `c±1=`, `c±2=` naming them; listDropout.ts), so that the dropout
    // model learns names by their shape, affixes and context, not by having met the word. Blended as --list-dropout is.
    // Session 34, out of fold (two seeds, both folds, all four, against the shipped blend under the same seeds): blended
    // α 0.5 in place of the list-dropout partner, Q 0.1 −0.004 with the lists and `--unlisted` all −0.002, Q 0.2 −0.003
    // and +0.003; as a third of a three-way blend (0.5 normal, 0.25 list dropout, 0.25 Q 0.2) −0.001 and +0.002. PERS
    // gains (all +0.009 to +0.011, dev13 PERS +0.008 to +0.015) but ORG and MISC lose: not shipped (session 34 report).
    else if (v === '--form-dropout') { a.listDropout = Number(argv[++i]); a.formDropout = true; }
    // … and the hidden name's words read as never met (frequency class 0), as an unseen name's are. Q 0.2 blended: −0.004
    // with the lists, `--unlisted` all −0.007 / −0.013 (PERS −0.021): worse than without.
    else if (v === '--form-dropout-rare') a.formRare = true;
    // Experiment (issue #10, session 35): a third model in the blend, word-form dropout Q 0.2, with share β of the dropout
    // partner (0.5 normal + 0.5·(1 − β) list dropout + 0.5·β word-form dropout). Out of fold, also read by `eval --unseen`
    // (every word of a gold person or body new to the tagger): two seeds, both folds, against the shipped blend, β 0.7:
    // split −0.0019, joined −0.0019, `--unlisted` all +0.0022, `--unseen` +0.0127 (PERS +0.039, ORG +0.018, MISC −0.009);
    // β 0.5 −0.0008 / −0.0010 / +0.0022 / +0.0086; β 0.8 −0.0020 / −0.0027 / +0.0024 / +0.0152. The shipped model so
    // retrained (β 0.7): NewsFANE odd −0.0026 (even −0.0062), Wojood heads-out odd +0.0047, written means −0.0001 /
    // +0.0000, `--unseen` NewsFANE odd +0.0001, Wojood odd +0.052, dev13 +0.019: not shipped (session 35 tag35 report).
    else if (v === '--blend-form') a.formShare = Number(argv[++i]);
    // Experiment (issue #10, session 47): more training text, N copies of each sentence of a CoNLL file written to the
    // project's conventions (`--extra test/fixtures/news-ner/dev5.conll=2`, repeatable; extraCorpora.ts), trained as the
    // corpora are (same harmonising); the lexicon counts its words too. Session 47, dev1..dev24 ×1, fold models under two
    // seeds against their bases: fold 1,8 −0.0032, NewsFANE odd −0.0054 (`--unseen` family −0.0110), fold 3,6 −0.0109, while
    // the written test halves rose +0.022: the model learns how our own sets are written, not newswire. Not shipped.
    else if (v === '--extra') a.extra.push(parseExtraSpec(argv[++i]));
    else positional.push(v);
  }
  if (a.blendDropout > 0 && a.listDropout === 0) a.listDropout = BLEND_DROPOUT_P;
  // A word-form partner of its own (--form-dropout) or no dropout partner leaves no room for a third model.
  if (a.formDropout || !(a.blendDropout > 0 && a.blendDropout < 1)) a.formShare = 0;
  if (!(a.formShare >= 0 && a.formShare <= 1)) throw new Error(`--blend-form ${a.formShare} is not between 0 and 1`);
  if (positional[0]) a.data = positional[0];
  return a;
}

const CORPORA = ['newsfane.conll', 'wikifane.conll', 'aqmar.conll', 'wojood-sample.conll'];
/** Only newswire is held out: it is the domain the product is measured on. */
const DEV_CORPUS = 'newsfane.conll';
/** Modern news (hamza kept, clitics attached): a fixed fifth is a second dev set, the rest trains. */
const WOJOOD = 'wojood-sample.conll';
/** Copies of each Wojood training sentence: it is small but closest to the news users annotate. */
const WOJOOD_WEIGHT = 3;
/** Copies of each training sentence of the other corpora (tuned on the dev sets; see README). */
const CORPUS_WEIGHTS: Record<string, number> = { 'newsfane.conll': 2, 'wikifane.conll': 1, 'aqmar.conll': 0 };

/** A sentence as the evaluation files hold it: a token and its ANERcorp tag per line. */
const conllLines = (s: ConllSentence): string => s.tokens.map((t, k) => `${t}\t${toAnercorpTag(s.tags[k])}`).join('\n');

function main(): void {
  const args = parseArgs(process.argv.slice(2));
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
