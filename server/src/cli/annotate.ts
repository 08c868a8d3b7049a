// `arabic-news-annotate annotate`: analyses article files and writes or prints the chosen export format.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { ExportFormat, render } from '../engine/exporters';
import { parseIsoDate } from '../engine/hijri';
import { OffsetConvention } from '../engine/offsets';
import { ArticleError, readArticle, writeFileAtomic } from '../io/readArticle';

export interface AnnotateOptions {
  format: ExportFormat;
  out?: string;
  referenceDate?: string;
  offsets: OffsetConvention;
}

/** Runs the batch; returns the exit code (1 if any file failed, the others are still processed). */
export function annotateFiles(files: string[], opts: AnnotateOptions, analyzer: Analyzer): number {
  let failed = 0;
  const referenceDate = opts.referenceDate ? parseIsoDate(opts.referenceDate) : undefined;
  if (opts.referenceDate && !referenceDate) {
    process.stderr.write(`error: --reference-date ${opts.referenceDate} is not a valid YYYY-MM-DD date\n`);
    return 2;
  }
  const jsonl: string[] = [];
  for (const file of files) {
    try {
      const { text, sha256 } = readArticle(file);
      const a = analyzer.analyze(text, { referenceDate: referenceDate ? { date: referenceDate, source: '--reference-date' } : undefined });
      const outputs = render(a, file, sha256, opts);
      if (opts.out) {
        fs.mkdirSync(opts.out, { recursive: true });
        for (const o of outputs) writeFileAtomic(path.join(opts.out, o.name), o.content);
      } else if (opts.format === 'jsonl') jsonl.push(outputs[0].content);
      else if (files.length === 1 || opts.format !== 'brat') process.stdout.write(outputs[0].content);
    } catch (e) {
      failed++;
      const reason = e instanceof ArticleError ? e.message : (e as Error).stack ?? String(e);
      process.stderr.write(`error: ${file}: ${reason}\n`);
    }
  }
  if (jsonl.length) process.stdout.write(jsonl.join(''));
  return failed ? 1 : 0;
}
