// Splits a byte stream into batches of whole lines with bounded memory (no decoding), and decodes a batch's lines where they are analysed.

/** One line of input: its 1-based number and its text, or why it could not be read. */
export interface InputLine {
  line: number;
  text?: string;
  /** UTF-8 byte length of the line (without its line end), for throughput and progress. */
  bytes: number;
  error?: string;
}

/**
 * Consecutive input lines from `firstLine`, their bytes joined by LF exactly as read (CRs, blank
 * lines kept), in an ArrayBuffer of their own so it can be transferred to a worker thread, not copied.
 */
export interface LineBatch {
  kind: 'batch';
  firstLine: number;
  data: Uint8Array;
  /** Numbers of the lines that are not blank (ASCII white space only): the records, if the batch is lost. */
  records: number[];
}

/** A line that never reaches a batch: longer than the limit (its bytes were dropped as they came). */
export interface LineError { kind: 'error'; line: number; bytes: number; error: string }

/** A batch holds about this many bytes: large enough that messages between threads are few, small enough to keep the workers evenly fed. */
export const BATCH_BYTES = 64 * 1024;

const LF = Buffer.from([0x0a]);

/** True when a line holds a byte other than ASCII white space (a blank line is not a record). */
function hasContent(parts: Buffer[]): boolean {
  for (const p of parts) for (let i = 0; i < p.length; i++) if (p[i] > 0x20) return true;
  return false;
}

/**
 * Yields batches of the lines of `chunks` as they complete: a batch is cut when it reaches
 * `batchBytes` and at the end of every chunk, so a record that has arrived is never held back
 * waiting for more input. A line longer than `maxBytes` yields an error and its bytes are dropped as
 * they come. Holds at most one batch, one line and one chunk.
 */
export async function* lineBatches(chunks: AsyncIterable<Buffer | string>, maxBytes: number, batchBytes = BATCH_BYTES): AsyncGenerator<LineBatch | LineError> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let tooLong = false;
  let batch: Buffer[] = [];
  let batchSize = 0;
  let firstLine = 1;
  let records: number[] = [];
  const cut = (): LineBatch | undefined => {
    if (!batch.length) return undefined;
    const data = new Uint8Array(batchSize);
    let at = 0;
    for (const b of batch) { data.set(b, at); at += b.length; }
    const out: LineBatch = { kind: 'batch', firstLine, data, records };
    batch = [];
    batchSize = 0;
    records = [];
    return out;
  };
  const add = (last: boolean) => {
    if (!batch.length) firstLine = line;
    for (const p of parts) { batch.push(p); batchSize += p.length; }
    if (!last) { batch.push(LF); batchSize++; }
    if (hasContent(parts)) records.push(line);
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); ; nl = chunk.indexOf(0x0a, from)) {
      const end = nl < 0 ? chunk.length : nl;
      if (end > from) {
        size += end - from;
        if (size > maxBytes) { tooLong = true; parts = []; } else parts.push(chunk.subarray(from, end));
      }
      if (nl < 0) break;
      // A long line (an article of its own) travels alone: a worker that runs out of memory on it loses no other record.
      if (tooLong || size >= batchBytes) {
        const done = cut();
        if (done) yield done;
      }
      if (tooLong) {
        yield { kind: 'error', line, bytes: size, error: `line is longer than ${maxBytes / 2 ** 20} MiB` };
      } else add(false);
      line++;
      parts = [];
      size = 0;
      tooLong = false;
      from = nl + 1;
      if (batchSize >= batchBytes) { const done = cut(); if (done) yield done; }
    }
    const done = cut();
    if (done) yield done;
  }
  if (tooLong) yield { kind: 'error', line, bytes: size, error: `line is longer than ${maxBytes / 2 ** 20} MiB` };
  else if (size) add(true);
  const done = cut();
  if (done) yield done;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The non-blank lines of a batch, decoded: a CR before the LF is not part of the line; invalid UTF-8 is an error, not U+FFFD. */
export function* batchLines(firstLine: number, data: Uint8Array): Generator<InputLine> {
  let line = firstLine;
  for (let from = 0; from <= data.length; line++) {
    const nl = data.indexOf(0x0a, from);
    const end = nl < 0 ? data.length : nl;
    const stop = end > from && data[end - 1] === 0x0d ? end - 1 : end;
    if (stop > from) {
      try {
        const text = decoder.decode(data.subarray(from, stop));
        if (text.trim()) yield { line, text, bytes: stop - from };
      } catch {
        yield { line, bytes: stop - from, error: 'not valid UTF-8' };
      }
    }
    if (nl < 0) break;
    from = nl + 1;
  }
}
