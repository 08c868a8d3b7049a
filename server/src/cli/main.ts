// Command-line entry `arabic-news-annotate`: the same engine as the language server, headless.
import { tuneJit } from '../jitFlags';
import * as fs from 'fs';
import * as os from 'os';
import { Analyzer } from '../engine/analysis';
import { ExportFormat } from '../engine/exporters';
import { defaultModelPath, loadDefaultModel } from '../engine/model';
import { parseIsoDate } from '../engine/hijri';
import { adaptCommand } from './adapt';
import { loadModel } from '../engine/modelDelta';
import { OffsetConvention } from '../engine/offsets';
import { agree } from './agree';
import { annotateFiles } from './annotate';
import { evalDateFiles } from './evalDates';
import { annotateStream } from './jsonlStream';
import { evalConll, tagConll, unlistedAnalyzer, unseenAnalyzer } from './evaluation';
import { report } from './report';
import { learningCurve } from './learningCurve';
import { evalQuotes } from './quoteEval';
import { summarize } from './summary';
import { UNLISTED_DEPTHS, UnlistedDepth } from '../engine/unlistedNames';
// Before the engine first runs (see jitFlags.ts); the batch settings: the CLI is not interactive.
tuneJit(true);

const USAGE = `usage:
  arabic-news-annotate annotate FILE|DIR... [--format json|brat|conll|jsonl] [--out DIR] [--jobs N] [--force]
                                [--reference-date YYYY-MM-DD] [--offsets codepoint|utf16]
      brat writes NAME.ann and the NAME.txt its offsets count on, so it needs --out; with several
      files, each keeps its folder relative to the others under DIR; a folder is read recursively
      (*.txt); no output replaces an input; with --out, an article whose outputs are newer than it
      is skipped (an interrupted run resumes) unless --force; --offsets is for json and jsonl (brat's
      offsets count code points, as brat reads them; CoNLL has none)
  arabic-news-annotate annotate --jsonl -|FILE [--jobs N] [--reference-date YYYY-MM-DD] [--offsets codepoint|utf16] [--stats]
      reads {"id","text","date"?} lines, writes one line per record in input order: the JSON export
      plus "id", or {"id","error"}; exit code 1 when any record failed
      --jobs: worker threads, each with its own copy of the model (default: the machine's cores)
  arabic-news-annotate agree A B [--by label|article]
      two annotators' sidecars or JSON exports of the same articles (two files, or two folders
      matched by relative path): exact-span F1 and token-level Cohen's kappa per label, speaker
      agreement on shared quotations, date value agreement
  arabic-news-annotate report FILE|DIR... --html OUT.html
      counts per label, top entities with their spellings, speakers, dates by month, review
      progress per article (from sidecars): OUT.html, and the same figures in OUT.json
  arabic-news-annotate summary FILE|DIR... [--reference-date YYYY-MM-DD]
  arabic-news-annotate tag --conll FILE [--dates]
  arabic-news-annotate eval --conll FILE [--dates] [--verbose: with --dates, the span differences]
                                [--errors: entity errors by kind (missed, spurious, label, bounds), each in its sentence]
                                [--join-clitics: clitics split off as tokens (FANE's ب الحسن، تصريحات ه) joined to
                                 their words first, as raw news writes them]
                                [--unlisted: before tagging, the gold persons' and organisations' names are taken out
                                 of every name list the model and rules read: scores names the lists never held]
                                [--unlisted-depth family|all|full: what a person loses; family (default): the full name
                                 and the surname lists, and the name parts of the family name, given names stay listed;
                                 all: the name parts of every word but common given names; full: name parts all stay]
                                [--unseen: --unlisted (depth all unless given), and the tagger reads the gold persons'
                                 and organisations' words (head nouns and titles excepted) as words its training
                                 text never held: no form, core or word-class weights, frequency class 0, and the
                                 rules' training counts hold them 0 too (but a word the article also writes outside
                                 every such name); with --unlisted-depth family or full, of a person only his last word]
      a -DOCSTART- line in the CoNLL file starts a new article: each article is analysed as its own document
  arabic-news-annotate eval-dates FILE... [--verbose]
  arabic-news-annotate adapt DIR... --out MODEL [--base MODEL] [--replay DATA_DIR]
      continues training on the reviewed articles (sidecars *.annotations.json beside them) and
      writes the adapted model as a small delta over the base, with MODEL's manifest beside it; replays the
      shipped sample of the original training data (--replay DATA_DIR: the full corpora); use it with --model MODEL
      (the editor uses WORKSPACE/.arabic-news/model.json.gz)
  arabic-news-annotate learning-curve [--base MODEL] [--data DIR]
      issue 16's experiment: a base trained without Wojood adapts to it in batches of 50 sentences
  annotate, summary, tag and eval take --model PATH: a model or an adapted model (delta) to use
  arabic-news-annotate eval --quotes DIR [--verbose] [--held-out-details]
      P/R/F1 and speaker accuracy for every split; error kinds and speakers by shape for dev only
      (--verbose: each dev error); --held-out-details adds kinds and shapes for held-out splits, for a
      report only: never tune on them
`;

function fail(msg: string): never {
  process.stderr.write(`error: ${msg}\n${USAGE}`);
  process.exit(2);
}

function jobsFlag(value: string | true | undefined): number {
  if (value === undefined) return Math.max(1, os.availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) fail(`--jobs ${value} is not a whole number from 1 to 256`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (['dates', 'help', 'verbose', 'force', 'stats', 'errors', 'join-clitics', 'unlisted', 'unseen', 'held-out-details'].includes(name)) flags[name] = true;
      else { if (rest[i + 1] === undefined) fail(`${a} needs a value`); flags[name] = rest[++i]; }
    } else files.push(a);
  }
  if (!command || command === '--help' || command === 'help' || flags.help) { process.stdout.write(USAGE); return 0; }
  if (command === 'learning-curve') {
    return learningCurve({ base: (flags.base as string | undefined) ?? 'out/learn/base-no-wojood.json.gz', data: flags.data as string | undefined, verbose: !!flags.verbose }, (l) => process.stdout.write(l + '\n'));
  }
  if (command === 'adapt') {
    if (!files.length) fail('no input folders');
    if (typeof flags.out !== 'string') fail('adapt needs --out MODEL');
    return adaptCommand(files, { out: flags.out, base: (flags.base as string | undefined) ?? defaultModelPath(), replay: flags.replay as string | undefined, baseHasWojood: flags.base === undefined }, (l) => process.stderr.write(l + '\n'));
  }
  const modelPath = typeof flags.model === 'string' ? flags.model : undefined;
  if (modelPath !== undefined && !fs.existsSync(modelPath)) { process.stderr.write(`error: --model ${modelPath}: no such file\n`); return 1; }
  // Loaded only by the commands that analyse in this thread (annotate's workers load their own).
  let loaded: Analyzer | undefined;
  const model = () => (modelPath ? loadModel(modelPath) : loadDefaultModel());
  const analyzer = (): Analyzer => (loaded ??= new Analyzer(model()));
  switch (command) {
    case 'annotate': {
      const offsets = (flags.offsets ?? 'codepoint') as OffsetConvention;
      if (!['codepoint', 'utf16'].includes(offsets)) fail(`unknown offsets ${offsets}`);
      const referenceDate = flags['reference-date'] as string | undefined;
      if (referenceDate !== undefined && !parseIsoDate(referenceDate)) {
        process.stderr.write(`error: --reference-date ${referenceDate} is not a valid YYYY-MM-DD date\n`);
        return 2;
      }
      const jobs = jobsFlag(flags.jobs);
      if (flags.jsonl !== undefined) {
        if (files.length || flags.out || flags.format) fail('--jsonl reads records from one stream (- for stdin) and writes JSON lines to stdout: no FILE, --out or --format');
        return annotateStream({ input: flags.jsonl as string, jobs, offsets, format: 'json', referenceDate, stats: !!flags.stats, model: modelPath });
      }
      const format = (flags.format ?? 'json') as ExportFormat;
      if (!['json', 'brat', 'conll', 'jsonl'].includes(format)) fail(`unknown format ${format}`);
      if (!files.length) fail('no input files');
      return annotateFiles(files, { format, offsets, out: flags.out as string | undefined, referenceDate, jobs, force: !!flags.force, model: modelPath });
    }
    case 'agree': {
      const by = (flags.by ?? 'label') as 'label' | 'article';
      if (!['label', 'article'].includes(by)) fail(`--by ${by}: label or article`);
      if (files.length !== 2) fail('agree needs two inputs, A and B');
      return agree(files[0], files[1], by);
    }
    case 'report':
      if (!files.length) fail('no input files');
      if (typeof flags.html !== 'string') fail('report needs --html OUT.html');
      return report(files, flags.html);
    case 'summary':
      if (!files.length) fail('no input files');
      return summarize(files, analyzer(), flags['reference-date'] as string | undefined);
    case 'tag':
    case 'eval': {
      if (command === 'eval' && typeof flags.quotes === 'string') { process.stdout.write(evalQuotes(flags.quotes, analyzer(), { verbose: flags.verbose === true, heldOutDetails: flags['held-out-details'] === true })); return 0; }
      const file = flags.conll;
      if (typeof file !== 'string') fail(`${command} needs --conll FILE`);
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) { process.stderr.write(`error: ${file}: ${(e as Error).message}\n`); return 1; }
      const layer = flags.dates ? 'dates' : 'entities';
      const joined = flags['join-clitics'] === true;
      if ((flags.unlisted || flags.unseen) && (command !== 'eval' || layer !== 'entities')) fail('--unlisted and --unseen score entities: eval --conll FILE without --dates');
      // A name no text held is on no list either: --unseen takes the name parts off every word (depth all) unless told.
      const depth = (flags['unlisted-depth'] ?? (flags.unseen ? 'all' : 'family')) as UnlistedDepth;
      if (!UNLISTED_DEPTHS.includes(depth)) fail(`--unlisted-depth ${depth}: ${UNLISTED_DEPTHS.join(', ')}`);
      if (flags['unlisted-depth'] !== undefined && !flags.unlisted && !flags.unseen) fail('--unlisted-depth goes with --unlisted or --unseen');
      if (flags.unseen) {
        const { analyzer: masked, mask } = unseenAnalyzer(text, model(), joined, depth);
        process.stdout.write(evalConll(text, masked, layer, flags.verbose === true, flags.errors === true, joined, mask));
        return 0;
      }
      const scorer = flags.unlisted ? unlistedAnalyzer(text, model(), joined, depth) : analyzer();
      process.stdout.write(command === 'tag' ? tagConll(text, scorer, layer) : evalConll(text, scorer, layer, flags.verbose === true, flags.errors === true, joined));
      return 0;
    }
    case 'eval-dates':
      if (!files.length) fail('no input files');
      return evalDateFiles(files, analyzer(), !!flags.verbose);
    default:
      fail(`unknown command ${command}`);
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
  process.stderr.write(`error: ${e.message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
