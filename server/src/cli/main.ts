// Command-line entry `arabic-news-annotate`: the same engine as the language server, headless.
import * as fs from 'fs';
import { Analyzer } from '../engine/analysis';
import { ExportFormat } from '../engine/exporters';
import { defaultModelPath, loadDefaultModel } from '../engine/model';
import { sharedData } from '../training/replay';
import { adaptCommand } from './adapt';
import { loadModel } from '../engine/modelDelta';
import { OffsetConvention } from '../engine/offsets';
import { annotateFiles } from './annotate';
import { evalDateFiles } from './evalDates';
import { evalConll, tagConll } from './evaluation';
import { learningCurve } from './learningCurve';
import { summarize } from './summary';

const USAGE = `usage:
  arabic-news-annotate annotate FILE... [--format json|brat|conll|jsonl] [--out DIR]
                                [--reference-date YYYY-MM-DD] [--offsets codepoint|utf16]
      brat writes NAME.ann and the NAME.txt its offsets count on, so it needs --out; with several
      files, each keeps its folder relative to the others under DIR; no output replaces an input
  arabic-news-annotate summary FILE... [--reference-date YYYY-MM-DD]
  arabic-news-annotate tag --conll FILE [--dates]
  arabic-news-annotate eval --conll FILE [--dates]
  arabic-news-annotate eval-dates FILE... [--verbose]
  arabic-news-annotate adapt DIR... --out MODEL [--base MODEL] [--replay DATA_DIR]
      continues training on the reviewed articles (sidecars *.annotations.json beside them) and
      writes the adapted model as a small delta over the base; use it with --model MODEL
  arabic-news-annotate learning-curve [--base MODEL] [--data DIR]
      issue 16's experiment: a base trained without Wojood adapts to it in batches of 50 sentences
  annotate, summary, tag and eval take --model PATH: a model or an adapted model (delta) to use
`;

function fail(msg: string): never {
  process.stderr.write(`error: ${msg}\n${USAGE}`);
  process.exit(2);
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'dates' || name === 'help' || name === 'verbose') flags[name] = true;
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
    return adaptCommand(files, { out: flags.out, base: (flags.base as string | undefined) ?? defaultModelPath(), replay: (flags.replay as string | undefined) ?? sharedData('ner'), baseHasWojood: flags.base === undefined }, (l) => process.stderr.write(l + '\n'));
  }
  let model;
  try { model = typeof flags.model === 'string' ? loadModel(flags.model) : loadDefaultModel(); } catch (e) { process.stderr.write(`error: ${(e as Error).message}\n`); return 1; }
  const analyzer = new Analyzer(model);
  switch (command) {
    case 'annotate': {
      const format = (flags.format ?? 'json') as ExportFormat;
      if (!['json', 'brat', 'conll', 'jsonl'].includes(format)) fail(`unknown format ${format}`);
      const offsets = (flags.offsets ?? 'codepoint') as OffsetConvention;
      if (!['codepoint', 'utf16'].includes(offsets)) fail(`unknown offsets ${offsets}`);
      if (!files.length) fail('no input files');
      return annotateFiles(files, { format, offsets, out: flags.out as string | undefined, referenceDate: flags['reference-date'] as string | undefined }, analyzer);
    }
    case 'summary':
      if (!files.length) fail('no input files');
      return summarize(files, analyzer, flags['reference-date'] as string | undefined);
    case 'tag':
    case 'eval': {
      const file = flags.conll;
      if (typeof file !== 'string') fail(`${command} needs --conll FILE`);
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) { process.stderr.write(`error: ${file}: ${(e as Error).message}\n`); return 1; }
      const layer = flags.dates ? 'dates' : 'entities';
      process.stdout.write(command === 'tag' ? tagConll(text, analyzer, layer) : evalConll(text, analyzer, layer));
      return 0;
    }
    case 'eval-dates':
      if (!files.length) fail('no input files');
      return evalDateFiles(files, analyzer, !!flags.verbose);
    default:
      fail(`unknown command ${command}`);
  }
}

process.exitCode = main(process.argv.slice(2));
