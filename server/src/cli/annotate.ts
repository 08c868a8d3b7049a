// `arabic-news-annotate annotate`: analyses article files and writes or prints the chosen export format.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { ExportFormat, outputNames, render } from '../engine/exporters';
import { parseIsoDate } from '../engine/hijri';
import { OffsetConvention } from '../engine/offsets';
import { ExportTargets, relativeFolders } from '../io/exportTargets';
import { readArticle, writeFileAtomic } from '../io/readArticle';

export interface AnnotateOptions {
  format: ExportFormat;
  out?: string;
  referenceDate?: string;
  offsets: OffsetConvention;
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'not permitted', EROFS: 'read-only file system', ENOSPC: 'no space left on device',
  ENOTDIR: 'a part of the path is a file, not a folder', EISDIR: 'it is a folder', ENOENT: 'the folder does not exist', EEXIST: 'a file is in the way',
};

/** One line for the user: a known file-system error by name, else the error's first line (never a stack). */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && WRITE_ERRORS[code]) return `${WRITE_ERRORS[code]} (${code})`;
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/** Creates `dir` and writes the files; a failure names the output that could not be written. */
function writeAll(dir: string, files: Array<{ name: string; content: string }>): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new Error(`cannot create ${dir}: ${reason(e)}`);
  }
  for (const f of files) {
    const target = path.join(dir, f.name);
    try {
      writeFileAtomic(target, f.content);
    } catch (e) {
      throw new Error(`cannot write ${target}: ${reason(e)}`);
    }
  }
}

/** Exit code 2 with a reason when the output cannot work whatever the files hold. */
function usageProblem(files: string[], opts: AnnotateOptions): string | undefined {
  if (opts.referenceDate && !parseIsoDate(opts.referenceDate)) return `--reference-date ${opts.referenceDate} is not a valid YYYY-MM-DD date`;
  if (opts.out) return undefined;
  if (opts.format === 'brat') return 'brat writes two files per article (NAME.ann and the NAME.txt its offsets count on): give --out DIR';
  if (opts.format === 'json' && files.length > 1) return 'several JSON documents do not make one JSON file: give --out DIR, or use --format jsonl';
  return undefined;
}

/** Runs the batch; returns the exit code (1 if any file failed, the others are still processed). */
export function annotateFiles(files: string[], opts: AnnotateOptions, analyzer: Analyzer): number {
  const problem = usageProblem(files, opts);
  if (problem) {
    process.stderr.write(`error: ${problem}\n`);
    return 2;
  }
  const referenceDate = opts.referenceDate ? parseIsoDate(opts.referenceDate) : undefined;
  const folders = relativeFolders(files);
  const targets = new ExportTargets(files);
  let failed = 0;
  let printed = 0;
  files.forEach((file, i) => {
    try {
      const dir = opts.out ? path.join(opts.out, folders[i]) : undefined;
      // Checked before analysis, so a refused file costs nothing and nothing of it is written.
      const refused = dir ? targets.refuse(file, outputNames(file, opts.format).map((n) => path.join(dir, n))) : undefined;
      if (refused) throw new Error(refused);
      const { text, sha256 } = readArticle(file);
      const a = analyzer.analyze(text, { referenceDate: referenceDate ? { date: referenceDate, source: '--reference-date' } : undefined });
      const outputs = render(a, file, sha256, opts);
      if (dir) writeAll(dir, outputs);
      // Printed as each file is done; CoNLL documents are kept apart by a blank line.
      else process.stdout.write((printed++ && opts.format === 'conll' ? '\n' : '') + outputs[0].content);
    } catch (e) {
      failed++;
      process.stderr.write(`error: ${file}: ${reason(e)}\n`);
    }
  });
  return failed ? 1 : 0;
}
