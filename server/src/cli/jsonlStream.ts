// `annotate --jsonl -`: the streaming filter (Spark `rdd.pipe`, Hadoop Streaming): JSON lines in, one JSON line out per record, in order.
import * as fs from 'fs';
import { once } from 'events';
import { MAX_ARTICLE_BYTES } from '../io/readArticle';
import { LineBatch, LineError, lineBatches } from '../io/jsonLines';
import { TaskResult, TaskSettings } from './annotateTask';
import { Progress } from './progress';
import { runOrdered } from './orderedRun';
import { threadCpuSeconds } from './threadCpu';
import { executor, PREFETCH } from './workerPool';

export interface StreamOptions extends TaskSettings {
  /** '-' for stdin, else a file path. */
  input: string;
  jobs: number;
  stats: boolean;
}

/** The reader of stdout went away (a pipe closed): nothing more can be written. */
export class StdoutClosed extends Error {
  constructor() { super('stdout was closed'); }
}

/**
 * Writes a batch's lines, waiting for 'drain' when stdout's buffer is full so results never pile up in
 * memory; `written` runs once the stream is done with the bytes.
 */
export async function writeLines(out: NodeJS.WritableStream, data: Uint8Array | string, written?: () => void): Promise<void> {
  if (out.write(data, written && ((e?: Error | null) => { if (!e) written(); }))) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (ok: boolean) => () => {
      out.off('drain', drained).off('close', closed).off('error', closed);
      if (ok) resolve(); else reject(new StdoutClosed());
    };
    const drained = settle(true);
    const closed = settle(false);
    out.on('drain', drained).on('close', closed).on('error', closed);
  });
}

/**
 * Batches read ahead of the oldest one not yet written (the bounded queue: ~64 KB in, ~150 KB out each). Each worker
 * holds PREFETCH; the rest let the others go on while one is slow on a batch (a collection, a compile), since results
 * are written in order.
 */
export function streamWindow(jobs: number): number {
  return Math.max(8, jobs * (PREFETCH + 2));
}

function sizeOf(input: string): number | undefined {
  try {
    const st = input === '-' ? fs.fstatSync(0) : fs.statSync(input);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the exit code: 0, or 1 when any record failed (the others are still written). */
export async function annotateStream(opts: StreamOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  let source: NodeJS.ReadableStream;
  try {
    source = opts.input === '-' ? process.stdin : fs.createReadStream(opts.input);
    if (opts.input !== '-') await once(source, 'open');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`error: ${opts.input}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  let stdoutGone = false;
  out.on('error', () => { stdoutGone = true; });
  const progress = new Progress(sizeOf(opts.input));
  const exec = executor(opts.jobs, opts, true);
  let failed = 0;
  let workers: number | undefined;
  let idle: number | undefined;
  // Lines go to the workers as bytes, in batches: this thread only cuts lines and writes what comes back.
  const run = (b: LineBatch | LineError): Promise<{ b: LineBatch | LineError; r?: TaskResult }> =>
    b.kind === 'error' ? Promise.resolve({ b }) : exec.run({ kind: 'batch', firstLine: b.firstLine, data: b.data }).then((r) => ({ b, r }));
  try {
    await runOrdered(lineBatches(source as AsyncIterable<Buffer>, MAX_ARTICLE_BYTES), run, async ({ b, r }) => {
      if (stdoutGone) throw new StdoutClosed();
      if (b.kind === 'error') {
        failed++;
        progress.tick(b.bytes);
        return writeLines(out, JSON.stringify({ id: null, error: `line ${b.line}: ${b.error}` }) + '\n');
      }
      if (r?.kind !== 'batch') return;
      if (r.lost !== undefined) {
        // Its worker died: every record of the batch fails, each in its place.
        failed += b.records.length;
        progress.tick(0, b.records.length);
        return writeLines(out, b.records.map((line) => JSON.stringify({ id: null, error: `line ${line}: worker stopped (${r.lost})` }) + '\n').join(''));
      }
      failed += r.failed;
      progress.tick(r.bytes, r.records);
      // The buffer goes back to its worker once written. Only to a sink that has used the bytes when it
      // says so (a file, pipe or terminal): a stream in this process (a PassThrough in tests) may still hold them.
      const buffer = r.out?.buffer as ArrayBuffer | undefined;
      const reuse = buffer && out === process.stdout ? () => exec.recycle?.(buffer) : undefined;
      if (r.out?.length) await writeLines(out, r.out, reuse);
      else reuse?.();
    }, streamWindow(opts.jobs));
  } catch (e) {
    if (!(e instanceof StdoutClosed)) {
      process.stderr.write(`error: ${opts.input === '-' ? 'stdin' : opts.input}: ${(e as Error).message.split('\n')[0]}\n`);
      failed++;
    }
    // stdout closed early (`| head`): stop quietly, as filters do, but say that not everything was written.
    else failed++;
  } finally {
    workers = exec.workerCpu?.();
    idle = exec.workerIdle?.();
    await exec.close();
  }
  progress.done(failed ? `, ${failed} failed` : '');
  if (opts.stats) process.stderr.write(progress.summary({ workers, reader: threadCpuSeconds(), idle }) + '\n');
  return failed ? 1 : 0;
}
