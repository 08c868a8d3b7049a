// Progress of a long CLI run on stderr (records/s, MB/s, ETA), only when stderr is a terminal so logs and pipes stay clean.

const INTERVAL_MS = 500;

export class Progress {
  private readonly started = Date.now();
  private shown = 0;
  private records = 0;
  private bytes = 0;
  private readonly enabled: boolean;

  /** `totalBytes` when known (files, a regular file on stdin) gives an ETA. */
  constructor(private readonly totalBytes?: number, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true;
  }

  tick(bytes: number, records = 1): void {
    this.records += records;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.shown < INTERVAL_MS) return;
    this.shown = now;
    this.stream.write(`\r\x1b[K${this.line(now)}`);
  }

  private line(now: number): string {
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.bytes / 1e6 / secs;
    let text = `${this.records} records, ${(this.records / secs).toFixed(1)} records/s, ${rate.toFixed(2)} MB/s`;
    if (this.totalBytes && rate > 0) {
      const left = Math.max(0, this.totalBytes - this.bytes) / 1e6 / rate;
      text += `, ${Math.round((100 * this.bytes) / this.totalBytes)}%, ETA ${formatSeconds(left)}`;
    }
    return text;
  }

  /** Leaves the last figures on their own line. */
  done(extra = ''): void {
    if (this.enabled) this.stream.write(`\r\x1b[K${this.line(Date.now())}${extra}\n`);
  }

  /** For `--stats`: the figures of the whole run, whether or not stderr is a terminal. */
  summary(threads?: { workers?: number; reader?: number; idle?: number }): string {
    const secs = (Date.now() - this.started) / 1000;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    // CPU of every thread of the process: what the run cost, whatever else the machine was doing.
    const cpu = process.cpuUsage();
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    const line = `stats: ${this.records} records, ${(this.bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s, ${(this.bytes / 1e6 / secs).toFixed(2)} MB/s, CPU ${cpuSecs.toFixed(2)} s, peak RSS ${maxRssMb.toFixed(0)} MB`;
    // Where the CPU went: the analysis itself, the thread that reads and writes, and the rest (V8's GC and JIT threads, start-up).
    if (threads?.workers === undefined || threads.reader === undefined) return line;
    const other = Math.max(0, cpuSecs - threads.workers - threads.reader);
    // Idle: wall time a worker spent waiting for its next batch (input too slow, or the window full behind a slow batch or stdout).
    const idle = threads.idle === undefined ? '' : `; workers idle ${threads.idle.toFixed(2)} s between batches`;
    return `${line}; CPU by thread: workers ${threads.workers.toFixed(2)} s, reader ${threads.reader.toFixed(2)} s, other ${other.toFixed(2)} s${idle}`;
  }
}

function formatSeconds(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
