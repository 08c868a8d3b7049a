// `npm run bench`, CLI part: `annotate` on one large generated article (time and peak RSS of the whole process).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchText } from './benchText';

/** Runs `annotate FILE --format json --out DIR --jobs 1` on about `bytes` of UTF-8 text; peak RSS from /usr/bin/time -v. */
export function benchCli(root: string, bytes = 20e6): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-news-bench-cli-'));
  try {
    const file = path.join(dir, 'large.ar.txt');
    // Arabic text is about 1.8 bytes per UTF-16 code unit; trimmed to the byte size after generation.
    let text = benchText(root, Math.ceil(bytes / 1.7), 7);
    while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
    fs.writeFileSync(file, text);
    const size = fs.statSync(file).size;
    const args = [path.join(root, 'dist', 'cli.js'), 'annotate', file, '--format', 'json', '--out', path.join(dir, 'out'), '--jobs', '1'];
    const timed = fs.existsSync('/usr/bin/time');
    const t = process.hrtime.bigint();
    const r = timed ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const secs = Number(process.hrtime.bigint() - t) / 1e9;
    if (r.status !== 0) return `CLI annotate:         failed (${r.status}): ${r.stderr.split('\n').slice(-5).join(' ')}`;
    const field = (name: string) => new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr ?? '')?.[1];
    const kb = field('Maximum resident set size \\(kbytes\\)');
    const peak = kb ? `peak RSS ${(Number(kb) / 1024).toFixed(0)} MB` : 'peak RSS n/a (no /usr/bin/time)';
    // CPU time beside wall time: on a shared machine the wall time says more about the others' work.
    const cpu = timed ? `, CPU ${(Number(field('User time \\(seconds\\)') ?? 0) + Number(field('System time \\(seconds\\)') ?? 0)).toFixed(1)} s` : '';
    return `CLI annotate:         one ${(size / 1e6).toFixed(1)} MB article (${text.length} chars), --format json --jobs 1: ${secs.toFixed(1)} s (${(size / 1e6 / secs).toFixed(2)} MB/s)${cpu}, ${peak} (target ≤ 400 MB); load ${os.loadavg()[0].toFixed(1)}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
