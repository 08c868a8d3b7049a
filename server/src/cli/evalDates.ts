// `eval-dates FILE…`: runs the engine on the inline-marked date dev set and prints span, type and value scores.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { DateError, formatDateScore, parseDateArticles, scoreDates } from '../engine/dateEval';
import { parseIsoDate } from '../engine/hijri';

export function evalDateFiles(files: string[], analyzer: Analyzer, verbose: boolean): number {
  for (const file of files) {
    let source: string;
    try { source = fs.readFileSync(file, 'utf8'); } catch (e) { process.stderr.write(`error: ${file}: ${(e as Error).message}\n`); return 1; }
    const articles = parseDateArticles(source);
    const { score, errors } = scoreDates(articles, (a) => {
      const date = parseIsoDate(a.date);
      const an = analyzer.analyze(a.text, date ? { referenceDate: { date, source: 'document date' } } : {});
      return an.annotations.filter((x) => x.kind === 'date').map((x) => ({ start: x.start, end: x.end, type: x.label, value: String(x.attributes.value ?? '') }));
    });
    process.stdout.write(formatDateScore(path.basename(file), score));
    if (verbose) process.stdout.write(errors.map(formatError).join('\n') + '\n');
  }
  return 0;
}

function formatError(e: DateError): string {
  return `  ${e.article.padEnd(8)} ${e.kind.padEnd(8)} ${e.gold ?? '-'}  ⇒  ${e.predicted ?? '-'}`;
}
