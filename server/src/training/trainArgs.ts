// `npm run train`'s command line: its options, their defaults (the shipped model's), and the help that names them.
import { sharedData } from './replay';
import { ExtraCorpus, parseExtraSpec } from './extraCorpora';

export interface Args { data: string; names: string; gazetteers: string; out: string; devOut: string; epochs: number; devOnly: boolean; wojoodWeight: number; wojoodRelabel: boolean; titlesOut: boolean; subset: number; fold: number[]; noWojood: boolean; joinedCopy: boolean; listsOnly: boolean; replayOnly: boolean; seed: number; weights: Record<string, number>; listDropout: number; dropoutLabels: string[]; dropoutOwnLists: boolean; blendDropout: number; formDropout: boolean; formRare: boolean; formShare: number; extra: ExtraCorpus[]; help: boolean }

export const DEFAULT_OUT = 'server/data/ner-model.json.gz';
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

/** Copies of each Wojood training sentence: it is small but closest to the news users annotate. */
const WOJOOD_WEIGHT = 3;
/** Copies of each training sentence of the other corpora (tuned on the dev sets; see README). */
const CORPUS_WEIGHTS: Record<string, number> = { 'newsfane.conll': 2, 'wikifane.conll': 1, 'aqmar.conll': 0 };

/** A command line `train` cannot run: said in one line with the help's pointer, never a stack trace. */
export class UsageError extends Error {}

/** A number option's value, or a usage error that names the option. */
function num(flag: string, v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} takes a number, not ${v}`);
  return n;
}

export const USAGE = `usage: node dist/train.js [options] [DATA_FOLDER]
Rebuilds the shipped NER model (${DEFAULT_OUT}) from ../shared/data (DATA_FOLDER: the ner/ corpora).
  --dev-only                 write the held-out dev files (--dev-out, default out/dev) and stop
  --out FILE                 write the model elsewhere (required with --fold)
  --dev-out DIR              where the held-out files go
  --names DIR, --gazetteers DIR   other name lists or gazetteers
  --epochs N                 perceptron epochs (10)
  --seed N                   shuffle seed (the shipped model's by default)
  --fold D,D                 leave NewsFANE sentences whose index ends in these digits out (a fold model)
  --weight CORPUS=N          copies of a corpus' sentences (newsfane.conll=2, wikifane.conll=1, aqmar.conll=0)
  --wojood-weight N, --wojood-as-is, --no-wojood, --titles-as-is, --joined-copy, --subset N
  --list-dropout P, --list-dropout-labels L,L, --list-dropout-own, --blend-dropout A, --form-dropout Q,
  --form-dropout-rare, --blend-form B     dropout and blend experiments (see trainArgs.ts for what each measured)
  --extra FILE[=N]           more training text in CoNLL (repeatable; an experiment, not shipped)
  --lists-only, --replay-only    only the companion name list, or only the replay sample
  --help                     this text`;

export function parseArgs(argv: string[]): Args {
  const a: Args = {
    data: sharedData('ner'), names: sharedData('names'), gazetteers: sharedData('gazetteers'), out: DEFAULT_OUT, devOut: 'out/dev',
    epochs: 10, devOnly: false, wojoodWeight: WOJOOD_WEIGHT, wojoodRelabel: true, titlesOut: true, subset: 1, fold: [], noWojood: false, joinedCopy: false, listsOnly: false, replayOnly: false, seed: SHIPPED_SEED, weights: { ...CORPUS_WEIGHTS },
    listDropout: 0, dropoutLabels: ['PERS', 'ORG'], dropoutOwnLists: false, blendDropout: SHIPPED_BLEND, formDropout: false, formRare: false, formShare: SHIPPED_FORM_SHARE, extra: [], help: false,
  };
  const positional: string[] = [];
  let i = 0;
  // An option's value is the next argument; a missing one must not become `undefined` and fail far away in training.
  const value = (flag: string): string => {
    const v = argv[++i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--help' || v === '-h') { a.help = true; return a; }
    if (v === '--names') a.names = value(v);
    else if (v === '--out') a.out = value(v);
    else if (v === '--dev-out') a.devOut = value(v);
    else if (v === '--epochs') a.epochs = num(v, value(v));
    else if (v === '--dev-only') a.devOnly = true;
    else if (v === '--gazetteers') a.gazetteers = value(v);
    else if (v === '--wojood-weight') a.wojoodWeight = num(v, value(v));
    else if (v === '--wojood-as-is') a.wojoodRelabel = false;
    else if (v === '--titles-as-is') a.titlesOut = false;
    // Quick experiments: keep one training sentence in N (dev sets unchanged).
    else if (v === '--subset') a.subset = num(v, value(v));
    // An out-of-fold tuning set of real newswire: NewsFANE training sentences whose index ends in these digits
    // (`--fold 3,6`: a fifth) are left out of training and written to DEV_OUT/newsfane-fold.conll; a model trained
    // so scores them as unseen text (the held-out halves are too small to tune on without fitting them).
    else if (v === '--fold') a.fold = value(v).split(',').map((d) => num(v, d));
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
    else if (v === '--seed') a.seed = num(v, value(v));
    // Experiments: copies of each training sentence of a corpus (`--weight newsfane.conll=2`; 0 drops it).
    else if (v === '--weight') { const [k, n] = value(v).split('='); a.weights[k] = num(v, n ?? ''); }
    // Experiment (issue #10): on each visit hide the list marks of a gold name with this probability (listDropout.ts), so
    // the model learns names the lists never held; `--list-dropout-labels PERS,ORG,LOC,MISC` chooses whose names.
    // Session 32, out of fold (two seeds, both folds, against the base under the same seeds), all four: 0.1 split
    // −0.005 / −0.002 and `--unlisted` family +0.015 / +0.019, all +0.030 / +0.034 (PERS −0.013 with its lists,
    // +0.08 at depth all); 0.2 and 0.4 lose more with the lists (−0.007 to −0.012) for little more without; ORG alone
    // loses as much with the lists and gains only ORG. The shipped model so retrained lowered the written sets by 0.004
    // and broke 13 rule tests, so it stays off (see the session 32 report).
    else if (v === '--list-dropout') a.listDropout = num(v, value(v));
    else if (v === '--list-dropout-labels') a.dropoutLabels = value(v).split(',');
    // … hiding only the marks of the name's own label's lists (as `eval --unlisted` does), not every list's.
    else if (v === '--list-dropout-own') a.dropoutOwnLists = true;
    // The shipped model (issue #10, session 33): train the normal model and the list-dropout one (p from --list-dropout, 0.1
    // when not given) on the same shuffle and keep w = (1 − α)·normal + α·dropout (weightBlend.ts; α 0.5 by default, 0
    // the normal model alone, 1 the dropout model alone); training takes twice as long. Out of fold (two seeds, both folds,
    // against the normal model under the same seeds), all four, p 0.1: α 0.3 +0.000 / +0.001, `--unlisted` all +0.009 /
    // +0.012; α 0.5 +0.001 / +0.001, all +0.017 / +0.020; dropout alone −0.005 / −0.002, all +0.029 / +0.033.
    else if (v === '--blend-dropout') a.blendDropout = num(v, value(v));
    // Experiment (issue #10, session 34): word-form dropout, list dropout with probability Q that also hides the hidden
    // name's words (`w=`, `c=`, and the neighbours' `c±1=`, `c±2=` naming them; listDropout.ts), so that the dropout
    // model learns names by their shape, affixes and context, not by having met the word. Blended as --list-dropout is.
    // Session 34, out of fold (two seeds, both folds, all four, against the shipped blend under the same seeds): blended
    // α 0.5 in place of the list-dropout partner, Q 0.1 −0.004 with the lists and `--unlisted` all −0.002, Q 0.2 −0.003
    // and +0.003; as a third of a three-way blend (0.5 normal, 0.25 list dropout, 0.25 Q 0.2) −0.001 and +0.002. PERS
    // gains (all +0.009 to +0.011, dev13 PERS +0.008 to +0.015) but ORG and MISC lose: not shipped (session 34 report).
    else if (v === '--form-dropout') { a.listDropout = num(v, value(v)); a.formDropout = true; }
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
    else if (v === '--blend-form') a.formShare = num(v, value(v));
    // Experiment (issue #10, session 47): more training text, N copies of each sentence of a CoNLL file written to the
    // project's conventions (`--extra test/fixtures/news-ner/dev5.conll=2`, repeatable; extraCorpora.ts), trained as the
    // corpora are (same harmonising); the lexicon counts its words too. Session 47, dev1..dev24 ×1, fold models under two
    // seeds against their bases: fold 1,8 −0.0032, NewsFANE odd −0.0054 (`--unseen` family −0.0110), fold 3,6 −0.0109, while
    // the written test halves rose +0.022: the model learns how our own sets are written, not newswire. Not shipped.
    else if (v === '--extra') a.extra.push(parseExtraSpec(value(v)));
    else if (v.startsWith('-')) throw new UsageError(`unknown option ${v}`);
    else positional.push(v);
  }
  if (a.blendDropout > 0 && a.listDropout === 0) a.listDropout = BLEND_DROPOUT_P;
  // A word-form partner of its own (--form-dropout) or no dropout partner leaves no room for a third model.
  if (a.formDropout || !(a.blendDropout > 0 && a.blendDropout < 1)) a.formShare = 0;
  if (!(a.formShare >= 0 && a.formShare <= 1)) throw new UsageError(`--blend-form ${a.formShare} is not between 0 and 1`);
  if (positional.length > 1) throw new UsageError(`one data folder, not ${positional.length}: ${positional.join(' ')}`);
  if (positional[0]) a.data = positional[0];
  return a;
}

