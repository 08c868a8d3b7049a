// Command-line entry `arabic-news-annotate`: the same engine as the language server, headless.
import * as fs from 'fs';
import { Analyzer } from '../engine/analysis';
import { ExportFormat } from '../engine/exporters';
import { loadDefaultModel } from '../engine/model';
import { OffsetConvention } from '../engine/offsets';
import { annotateFiles } from './annotate';
import { evalConll, tagConll } from './evaluation';
import { evalQuotes } from './quoteEval';
import { summarize } from './summary';

const USAGE = `usage:
  arabic-news-annotate annotate FILE... [--format json|brat|conll|jsonl] [--out DIR]
                                [--reference-date YYYY-MM-DD] [--offsets codepoint|utf16]
  arabic-news-annotate summary FILE... [--reference-date YYYY-MM-DD]
  arabic-news-annotate tag --conll FILE [--dates]
  arabic-news-annotate eval --conll FILE [--dates]
  arabic-news-annotate eval --quotes DIR [--verbose]
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
  const analyzer = new Analyzer(loadDefaultModel());
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
      if (command === 'eval' && typeof flags.quotes === 'string') { process.stdout.write(evalQuotes(flags.quotes, analyzer, flags.verbose === true)); return 0; }
      const file = flags.conll;
      if (typeof file !== 'string') fail(`${command} needs --conll FILE`);
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) { process.stderr.write(`error: ${file}: ${(e as Error).message}\n`); return 1; }
      const layer = flags.dates ? 'dates' : 'entities';
      process.stdout.write(command === 'tag' ? tagConll(text, analyzer, layer) : evalConll(text, analyzer, layer));
      return 0;
    }
    default:
      fail(`unknown command ${command}`);
  }
}

process.exitCode = main(process.argv.slice(2));
