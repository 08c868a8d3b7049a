// Names what keeps a test file's process alive after its tests, only when it does not exit: the handles and what they are.
import { ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';

/** How long after its last test a file may take to exit before what keeps it alive is printed. */
const LINGER_MS = 30_000;

/** One live handle, as a line: its kind and what tells whose it is (a child's pid and state, a pipe's fd and ends). */
function describe(h: unknown): string {
  if (h instanceof ChildProcess) {
    let alive = false;
    try { alive = h.pid !== undefined && process.kill(h.pid, 0); } catch { /* gone */ }
    return `child process pid ${h.pid} (${h.spawnargs.slice(1).join(' ')}): exit code ${h.exitCode}, signal ${h.signalCode}, killed ${h.killed}, still running ${alive}`;
  }
  if (h instanceof Socket) {
    const fd = (h as unknown as { _handle?: { fd?: number } })._handle?.fd;
    return `socket or pipe fd ${fd}: destroyed ${h.destroyed}, readable ${h.readable}, writable ${h.writable}, pending ${h.pending}`;
  }
  const name = (h as object)?.constructor?.name ?? typeof h;
  const timer = h as { _idleTimeout?: number; _onTimeout?: () => void };
  return timer._idleTimeout !== undefined ? `${name} every/after ${timer._idleTimeout} ms: ${String(timer._onTimeout).slice(0, 160)}` : name;
}

/**
 * To be called after a file's last test (node:test's `after`). CI twice waited the whole 300 s timeout for
 * protocol/learning.test.js after all its tests had passed (sessions 56 and 62), which a dozen runs under load here
 * did not repeat: if it happens again, the file's output names the handle. The timer is unref'd, so a file that exits
 * never prints it and is not held by it.
 */
export function reportIfLingering(file: string, ms = LINGER_MS): void {
  setTimeout(() => {
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    const lines = [`${file}: still running ${ms / 1000} s after its last test; what keeps it alive (${process.getActiveResourcesInfo().join(', ')}):`, ...handles.map((h) => `  ${describe(h)}`)];
    process.stderr.write(lines.join('\n') + '\n');
  }, ms).unref();
}
