import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputLine, readLines } from '../../../server/src/io/jsonLines';

async function collect(chunks: Buffer[], max = 1000): Promise<InputLine[]> {
  async function* source() { yield* chunks; }
  const out: InputLine[] = [];
  for await (const l of readLines(source(), max)) out.push(l);
  return out;
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
