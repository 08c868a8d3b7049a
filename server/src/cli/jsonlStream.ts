// `annotate --jsonl -`: the streaming filter (Spark `rdd.pipe`, Hadoop Streaming): JSON lines in, one JSON line out per record, in order.
import * as fs from 'fs';
import { once } from 'events';
import { MAX_ARTICLE_BYTES } from '../io/readArticle';
import { InputLine, readLines } from '../io/jsonLines';
import { TaskResult, TaskSettings } from './annotateTask';
import { Progress } from './progress';
import { runOrdered } from './orderedRun';
import { executor } from './workerPool';

export interface StreamOptions extends TaskSettings {
  /** '-' for stdin, else a file path. */
  input: string;
  jobs: number;
  stats: boolean;
}

class StdoutClosed extends Error {}

/** Writes one line, waiting for 'drain' when stdout's buffer is full so results never pile up in memory. */
async function writeLine(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (out.write(text + '\n')) return;
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
  // Whitespace-only lines are not records; over-long or non-UTF-8 lines become error records here.
  async function* records(): AsyncGenerator<InputLine> {
    for await (const l of readLines(source as AsyncIterable<Buffer>, MAX_ARTICLE_BYTES)) if (l.error || l.text!.trim()) yield l;
  }
  const run = (l: InputLine): Promise<{ r: TaskResult; bytes: number }> => l.error
    ? Promise.resolve({ r: { kind: 'record', out: JSON.stringify({ id: null, error: `line ${l.line}: ${l.error}` }), failed: true }, bytes: l.bytes })
    : exec.run({ kind: 'record', line: l.line, text: l.text! }).then((r) => ({ r, bytes: l.bytes }));
  try {
    await runOrdered(records(), run, async ({ r, bytes }) => {
      if (stdoutGone) throw new StdoutClosed();
      if (r.kind !== 'record') return;
      if (r.failed) failed++;
      progress.tick(bytes);
      await writeLine(out, r.out);
    }, Math.max(4, opts.jobs * 4));
  } catch (e) {
    if (!(e instanceof StdoutClosed)) {
      process.stderr.write(`error: ${opts.input === '-' ? 'stdin' : opts.input}: ${(e as Error).message.split('\n')[0]}\n`);
      failed++;
    }
    // stdout closed early (`| head`): stop quietly, as filters do, but say that not everything was written.
    else failed++;
  } finally {
    await exec.close();
  }
  progress.done(failed ? `, ${failed} failed` : '');
  if (opts.stats) process.stderr.write(progress.summary() + '\n');
  return failed ? 1 : 0;
}
