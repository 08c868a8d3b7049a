// A batch's output lines as UTF-8 in one transferable buffer, encoded record by record as they are made.
const encoder = new TextEncoder();

/** Output buffers are allocated in steps of this many bytes (a 64 KB batch gives ~150 KB of JSON), so recycled ones fit the next batch. */
const OUT_STEP = 256 * 1024;

/**
 * A buffer for `bytes` of output: a recycled one that is large enough (taken out of `spare`), else a
 * new one. Recycling matters on the reading thread: a buffer moved there is memory V8 counts as
 * external and frees only at a full GC, which that thread, allocating little, rarely runs (48 MB of
 * input left ~70 MB of written output waiting).
 */
function outputBuffer(bytes: number, spare: ArrayBuffer[]): ArrayBuffer {
  const i = spare.findIndex((b) => b.byteLength >= bytes);
  if (i >= 0) return spare.splice(i, 1)[0];
  return new ArrayBuffer(Math.max(1, Math.ceil(bytes / OUT_STEP)) * OUT_STEP);
}

/**
 * Lines written straight into the buffer: concatenated first, the batch's string was flattened whole
 * before encoding, which cost three times the encoding itself (a few KB record is flattened cheaply).
 */
export class OutputBytes {
  private buffer: ArrayBuffer;
  private used = 0;

  /** Starts in the largest recycled buffer: the output's size is known only once written. */
  constructor(private readonly spare: ArrayBuffer[]) {
    let largest = -1;
    for (let i = 0; i < spare.length; i++) if (largest < 0 || spare[i].byteLength > spare[largest].byteLength) largest = i;
    this.buffer = largest >= 0 ? spare.splice(largest, 1)[0] : new ArrayBuffer(OUT_STEP);
  }

  /** `line` and a line feed. */
  line(line: string): void {
    let rest = line;
    for (;;) {
      // encodeInto stops before a character that does not fit (never inside one): the rest goes into a larger buffer.
      const { read, written } = encoder.encodeInto(rest, new Uint8Array(this.buffer, this.used));
      this.used += written;
      if (read === rest.length) break;
      rest = rest.slice(read);
      this.grow(this.used + 3 * rest.length + 1);
    }
    if (this.used === this.buffer.byteLength) this.grow(this.used + 1);
    new Uint8Array(this.buffer)[this.used++] = 10;
  }

  /** The bytes written, a view on a buffer of their own (transferable, then returned to `spare` once written). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer, 0, this.used);
  }

  private grow(bytes: number): void {
    const larger = outputBuffer(bytes, this.spare);
    new Uint8Array(larger).set(new Uint8Array(this.buffer, 0, this.used));
    this.spare.push(this.buffer);
    this.buffer = larger;
  }
}
