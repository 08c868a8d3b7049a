// `arabic-news-annotate annotate FILE|DIR...`: analyses articles on N threads and writes or prints the chosen export format.
import * as fs from 'fs';
import * as path from 'path';
import { ExportFormat, outputNames } from '../engine/exporters';
import { OffsetConvention } from '../engine/offsets';
import { listArticles, noArticlesMessage } from '../io/articleFiles';
import { ExportTargets } from '../io/exportTargets';
import { writeFileAtomic } from '../io/readArticle';
import { ExportPartError, FileOutput } from './annotateTask';
import { writeLines } from './jsonlStream';
import { runOrdered } from './orderedRun';
import { Progress } from './progress';
import { executor, Executor, inThread, WorkerPool } from './workerPool';

export interface AnnotateOptions {
  format: ExportFormat;
  out?: string;
  referenceDate?: string;
  offsets: OffsetConvention;
  jobs: number;
  force: boolean;
  /** An adapted model (`--model`), loaded by every worker. */
  model?: string;
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
function writeAll(dir: string, files: FileOutput[]): void {
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
      if (e instanceof ExportPartError) throw e;
      throw new Error(`cannot write ${target}: ${reason(e)}`);
    }
  }
}

/** Articles larger than this (bytes) are not sent to a worker: a 20 MB one ran out of the worker's heap. */
const MAIN_THREAD_BYTES = 4 * 1024 * 1024;

/** Exit code 2 with a reason when the output cannot work whatever the files hold. */
export function usageProblem(count: number, opts: Pick<AnnotateOptions, 'format' | 'offsets' | 'out'>): string | undefined {
  // Said rather than ignored: brat's offsets count characters (code points), as brat's own reader does; CoNLL has none.
  if (opts.offsets === 'utf16' && opts.format === 'brat') return 'brat offsets count characters (code points), as brat reads them: --offsets utf16 does not apply';
  if (opts.offsets === 'utf16' && opts.format === 'conll') return 'CoNLL has no offsets: --offsets utf16 applies to json and jsonl';
  if (opts.out) return undefined;
  if (opts.format === 'brat') return 'brat writes two files per article (NAME.ann and the NAME.txt its offsets count on): give --out DIR';
  if (opts.format === 'json' && count > 1) return 'several JSON documents do not make one JSON file: give --out DIR, or use --format jsonl';
  return undefined;
}

/** Outputs written after the input last changed: an earlier run finished this article (writes are atomic). */
function upToDate(file: string, outputs: string[]): boolean {
  try {
    const input = fs.statSync(file).mtimeMs;
    return outputs.every((o) => fs.statSync(o).mtimeMs >= input);
  } catch {
    return false;
  }
}

function fileSize(file: string): number {
  try { return fs.statSync(file).size; } catch { return 0; }
}

interface Item { file: string; dir?: string; error?: string }

/**
 * Runs the batch on `opts.jobs` threads, results in input order; returns the exit code (1 if any
 * file failed, the others are still processed). With --out, an article whose outputs are newer
 * than it is skipped unless --force, so an interrupted run resumes where it stopped.
 */
export async function annotateFiles(inputs: string[], opts: AnnotateOptions): Promise<number> {
  const articles = listArticles(inputs, opts.out);
  if (!articles.length) { process.stderr.write(`error: ${noArticlesMessage(inputs)}\n`); return 1; }
  const problem = usageProblem(articles.length, opts);
  if (problem) {
    process.stderr.write(`error: ${problem}\n`);
    return 2;
  }
  const targets = new ExportTargets(articles.map((a) => a.file));
  let skipped = 0;
  const todo: Item[] = [];
  for (const { file, folder } of articles) {
    const dir = opts.out ? path.join(opts.out, folder) : undefined;
    const outputs = dir ? outputNames(file, opts.format).map((n) => path.join(dir, n)) : [];
    // Checked before analysis, so a refused file costs nothing and nothing of it is written.
    const refused = dir ? targets.refuse(file, outputs) : undefined;
    if (refused) todo.push({ file, error: refused });
    else if (dir && !opts.force && upToDate(file, outputs)) skipped++;
    else todo.push({ file, dir });
  }
  const progress = new Progress(todo.reduce((n, t) => n + fileSize(t.file), 0));
  const exec = executor(Math.max(1, Math.min(opts.jobs, todo.filter((t) => !t.error).length)), opts);
  // A worker's heap is capped (WORKER_HEAP_MB): an article of many MB is analysed on this thread instead, in compact form.
  let own: Executor | undefined;
  const executorFor = (t: Item) => (exec instanceof WorkerPool && fileSize(t.file) > MAIN_THREAD_BYTES ? (own ??= inThread(opts)) : exec);
  let failed = 0;
  let printed = 0;
  async function* items() { yield* todo; }
  const run = async (t: Item) => ({ t, r: t.error ? undefined : await executorFor(t).run({ kind: 'file', file: t.file }) });
  try {
    await runOrdered(items(), run, async ({ t, r }) => {
      progress.tick(fileSize(t.file));
      try {
        if (t.error) throw new Error(t.error);
        if (r?.kind !== 'file' || !r.outputs) throw new Error(r?.kind === 'file' && r.error ? r.error : 'no result');
        if (t.dir) writeAll(t.dir, r.outputs);
        // Printed as each file is done; CoNLL documents are kept apart by a blank line.
        else {
          if (printed++ && opts.format === 'conll') process.stdout.write('\n');
          const content = r.outputs[0].content;
          // A pipe takes writes asynchronously: waiting for it to drain keeps a large export from queuing whole in memory.
          for (const part of typeof content === 'string' ? [content] : content) await writeLines(process.stdout, part);
        }
      } catch (e) {
        failed++;
        process.stderr.write(`error: ${t.file}: ${reason(e)}\n`);
      }
    }, Math.max(4, opts.jobs * 4));
  } finally {
    await exec.close();
    await own?.close();
  }
  progress.done(failed ? `, ${failed} failed` : '');
  if (skipped) process.stderr.write(`skipped ${skipped} article${skipped > 1 ? 's' : ''} whose outputs are newer than the article (--force redoes them)\n`);
  return failed ? 1 : 0;
}
