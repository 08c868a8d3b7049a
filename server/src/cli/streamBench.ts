// Part of `npm run bench`: throughput and peak memory of the streaming filter (`annotate --jsonl`) with one and two workers.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Articles of `perRecord` paragraphs as JSON lines, repeated with a counter until `bytes` are reached. */
function writeRecords(paragraphs: string[], bytes: number, file: string, perRecord = 12): void {
  const fd = fs.openSync(file, 'w');
  let written = 0;
  for (let id = 0, i = 0; written < bytes; id++) {
    const text: string[] = [];
    for (let k = 0; k < perRecord; k++, i++) text.push(`${paragraphs[i % paragraphs.length]} ${i}`);
    const line = JSON.stringify({ id, text: text.join('\n') }) + '\n';
    written += fs.writeSync(fd, line);
  }
  fs.closeSync(fd);
}

interface Run { mbps: number; rssMb: number; wall: number; mbPerCpuSec: number }

/** Runs the built CLI on `input`; the filter's own `--stats` line gives its peak RSS (main thread and workers together). */
function run(cli: string, input: string, jobs: number): Run {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'annotate', '--jsonl', input, '--jobs', String(jobs), '--stats'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const m = /CPU ([\d.]+) s, peak RSS (\d+) MB/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`annotate --jsonl failed: ${r.stderr}`);
  const mb = fs.statSync(input).size / 1e6;
  return { mbps: mb / wall, rssMb: +m[2], wall, mbPerCpuSec: mb / +m[1] };
}

export function benchStreaming(paragraphs: string[], cli = path.join(__dirname, 'cli.js')): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ana-bench-'));
  const small = path.join(dir, 'small.jsonl');
  const large = path.join(dir, 'large.jsonl');
  writeRecords(paragraphs, 4e6, small);
  writeRecords(paragraphs, 12e6, large);
  try {
    const one = run(cli, small, 1);
    const two = run(cli, small, 2);
    const twoLarge = run(cli, large, 2);
    const load = os.loadavg()[0];
    return [
      `stream, --jobs 1:     ${one.mbps.toFixed(2)} MB/s (target ≥ 1.2 MB/s; 4 MB of JSONL, wall clock with start-up), peak RSS ${one.rssMb} MB`,
      `stream, --jobs 2:     ${two.mbps.toFixed(2)} MB/s = ${(two.mbps / one.mbps).toFixed(2)}× --jobs 1 (target ≥ 1.8×), peak RSS ${two.rssMb} MB ≈ ${(two.rssMb / 2).toFixed(0)} MB per worker (target ≤ 250)`,
      `stream, 3× the input: peak RSS ${twoLarge.rssMb} MB with --jobs 2 on 12 MB (flat: the queue is bounded), ${twoLarge.mbps.toFixed(2)} MB/s`,
      `stream, CPU cost:     ${one.mbPerCpuSec.toFixed(2)} MB per CPU-second with --jobs 1, ${two.mbPerCpuSec.toFixed(2)} with --jobs 2 (each worker warms its own word cache and JIT)`,
      `  on idle cores:      --jobs 1 ≤ ${one.mbPerCpuSec.toFixed(2)} MB/s, --jobs 2 ≤ ${(2 * two.mbPerCpuSec).toFixed(2)} MB/s = ${((2 * two.mbPerCpuSec) / one.mbPerCpuSec).toFixed(2)}× (an estimate from CPU time, not a measurement)`,
      `machine:              ${os.availableParallelism()} cores, load average ${load.toFixed(1)} (wall-clock ratios above need idle cores to mean anything)`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
