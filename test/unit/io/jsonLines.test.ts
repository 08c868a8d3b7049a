import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchLines, InputLine, LineBatch, LineError, lineBatches } from '../../../server/src/io/jsonLines';

async function batches(chunks: Buffer[], max = 1000, batchBytes?: number): Promise<Array<LineBatch | LineError>> {
  async function* source() { yield* chunks; }
  const out: Array<LineBatch | LineError> = [];
  for await (const b of lineBatches(source(), max, batchBytes)) out.push(b);
  return out;
}

/** The lines as a worker sees them: each batch decoded, an over-long line as its error. */
async function collect(chunks: Buffer[], max = 1000): Promise<InputLine[]> {
  return (await batches(chunks, max)).flatMap((b) => b.kind === 'error' ? [{ line: b.line, bytes: b.bytes, error: b.error }] : [...batchLines(b.firstLine, b.data)]);
}

const bytes = Buffer.from('{"id":1,"text":"بيروت 𝐀"}\r\n\n{"id":2}\nlast line without newline');

test('lines survive any chunking: a character or a CRLF split between chunks, one byte per chunk', async () => {
  const whole = await collect([bytes]);
  assert.deepEqual(whole.map((l) => [l.line, l.text]), [[1, '{"id":1,"text":"بيروت 𝐀"}'], [3, '{"id":2}'], [4, 'last line without newline']]);
  const bytewise = await collect([...bytes].map((b) => Buffer.from([b])));
  assert.deepEqual(bytewise, whole);
});

test('a line over the limit is one error with its number and the next line is read; invalid UTF-8 is an error, not U+FFFD', async () => {
  const out = await collect([Buffer.from('short\n' + 'x'.repeat(50) + '\n'), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from('after\n')], 20);
  assert.deepEqual(out.map((l) => l.line), [1, 2, 3, 4]);
  assert.deepEqual([out[0].text, out[2].error, out[3].text], ['short', 'not valid UTF-8', 'after']);
  assert.equal(out[1].text, undefined);
  assert.match(out[1].error!, /^line is longer than/);
});

test('a batch is cut at its size and at the end of each chunk (an arrived record never waits for more input), in a buffer of its own', async () => {
  const lines = ['{"id":1}', '   ', '{"id":2}', '{"id":3}', '{"id":4}'];
  const out = await batches([Buffer.from(lines.slice(0, 4).join('\n') + '\n{"id"'), Buffer.from(':4}\n')], 1000, 20);
  assert.deepEqual(out.map((b) => b.kind === 'batch' ? [b.firstLine, b.records] : b), [[1, [1, 3]], [4, [4]], [5, [5]]]);
  for (const b of out as LineBatch[]) assert.equal(b.data.byteLength, b.data.buffer.byteLength, 'transferable without taking other bytes along');
  assert.deepEqual(out.flatMap((b) => [...batchLines((b as LineBatch).firstLine, (b as LineBatch).data)].map((l) => l.text)), ['{"id":1}', '{"id":2}', '{"id":3}', '{"id":4}']);
});
