// `npm test`'s last step: runs the built tests with the system temp folder pointed at a folder of their own, removed after,
// so the hundreds of scratch folders the tests make (sidecars, stores, exports) do not pile up in the developer's /tmp.
// No `--test-force-exit`: with it Node drops a child's last verdicts before the parent reads them (nodejs/node#64833),
// so the count printed fell short of the tests that ran. A watchdog ends a run that goes silent instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';

/** Longer than the per-test timeout below, so a slow test fails by its own timeout first and names itself. */
const SILENCE_MS = Number(process.env.ANA_TEST_SILENCE_MS) || 8 * 60_000;
const scratch = mkdtempSync(path.join(tmpdir(), 'ana-tests-'));
// os.tmpdir() reads TMPDIR on POSIX and TEMP/TMP on Windows; child processes the tests start inherit them.
const env = { ...process.env, TMPDIR: scratch, TEMP: scratch, TMP: scratch };
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-timeout=300000', 'dist-test/'], {
  stdio: ['ignore', 'pipe', 'pipe'], env, detached: process.platform !== 'win32',
});
let heard = Date.now();
let lastLine = '';
for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
  from.on('data', (chunk) => {
    heard = Date.now();
    to.write(chunk);
    const lines = String(chunk).trimEnd().split('\n');
    lastLine = lines[lines.length - 1] || lastLine;
  });
}
let silenced = false;
const stop = (signal) => {
  try { process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal); } catch { child.kill(signal); }
};
const watchdog = setInterval(() => {
  if (Date.now() - heard < SILENCE_MS) return;
  silenced = true;
  // A test file that keeps a handle open never exits; without this the run would wait forever.
  console.error(`\nunit tests: nothing printed for ${Math.round(SILENCE_MS / 1000)} s after: ${lastLine.trim()}\n` +
    'a test file did not exit (an open server, timer or watcher?); stopping the run.');
  stop('SIGKILL');
}, 5_000);
// The run has a process group of its own (detached), which a terminal's Ctrl-C does not reach: passed on, or the test
// runner and the servers it started would run on orphaned, and the scratch folder stay.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { silenced = true; stop(signal); });
child.on('close', (code) => {
  clearInterval(watchdog);
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  process.exit(silenced ? 1 : code ?? 1);
});
