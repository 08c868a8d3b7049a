// CPU seconds of the calling thread alone (Linux /proc), so `--stats` can split a run's CPU between the workers, the reader and V8's helper threads.
import * as fs from 'fs';

/** Clock ticks per second of /proc's CPU times: 100 on every Linux build Node supports. */
const TICKS = 100;

/** User + system CPU of this thread in seconds; undefined where /proc/thread-self is missing (not Linux). */
export function threadCpuSeconds(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return undefined;
  }
}
