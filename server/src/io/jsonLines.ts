// Splits a byte stream into lines with bounded memory: an over-long line is reported and skipped, never buffered whole.

/** One line of input: its 1-based number and its text, or why it could not be read. */
export interface InputLine {
  line: number;
  text?: string;
  /** UTF-8 byte length of the line (without its line end), for throughput and progress. */
  bytes: number;
  error?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(parts: Buffer[], size: number, line: number): InputLine {
  const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
  // A CRLF file keeps its CR before the LF; it is not part of the record.
  const body = buf.length && buf[buf.length - 1] === 0x0d ? buf.subarray(0, buf.length - 1) : buf;
  try {
    return { line, text: decoder.decode(body), bytes: body.length };
  } catch {
    return { line, bytes: body.length, error: 'not valid UTF-8' };
  }
}

/**
 * Yields the lines of `chunks` as they complete, so the first record is processed while the rest
 * is still arriving. A line longer than `maxBytes` yields an error and its bytes are dropped as they
 * come; blank lines are skipped (they are not records). Holds at most one line plus one chunk.
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let tooLong = false;
  const finish = (): InputLine | undefined => {
    const n = line++;
    if (tooLong) return { line: n, bytes: size, error: `line is longer than ${maxBytes / 2 ** 20} MiB` };
    if (size === 0 || (size === 1 && parts[0][0] === 0x0d)) return undefined;
    return decode(parts, size, n);
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
      const out = finish();
      parts = [];
      size = 0;
      tooLong = false;
      if (out) yield out;
      from = nl + 1;
    }
  }
  const last = finish();
  if (last) yield last;
}
