import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateBatch } from '../../../server/src/cli/annotateTask';
import { loadDefaultModel } from '../../../server/src/engine/model';

const settings = { offsets: 'codepoint', format: 'json' } as const;
const lines = (texts: string[]) => new TextEncoder().encode(texts.map((text, id) => JSON.stringify({ id, text })).join('\n'));

test('a batch written into a recycled output buffer gives exactly its own lines, none of what the buffer held before', () => {
  const model = loadDefaultModel();
  const texts = ['قال وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد.', 'A record in Latin letters.', 'وصل لافروف إلى موسكو.'];
  const fresh = annotateBatch(1, lines(texts), model, settings);
  // A used buffer, larger than this output, full of an earlier batch's bytes.
  const old = new ArrayBuffer(4 * fresh.out!.length);
  new Uint8Array(old).fill(0x7b);
  const spare = [new ArrayBuffer(8), old];
  const reused = annotateBatch(1, lines(texts), model, settings, spare);
  assert.equal(reused.out!.buffer, old, 'the large enough spare buffer was used, the small one left');
  assert.deepEqual(spare.map((b) => b.byteLength), [8]);
  assert.equal(new TextDecoder().decode(reused.out), new TextDecoder().decode(fresh.out));
  assert.equal(reused.records, 3);
});

test('a batch whose output outgrows its buffer comes out whole, characters cut at no buffer boundary', () => {
  const model = loadDefaultModel();
  const texts = ['قال وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد.', 'وصل لافروف إلى موسكو — “زيارة رسمية” 🙂.', 'A record in Latin letters.'];
  const fresh = annotateBatch(1, lines(texts), model, settings);
  // 17 bytes: the first record's Arabic (two bytes a letter) runs past it at an odd offset.
  const reused = annotateBatch(1, lines(texts), model, settings, [new ArrayBuffer(17)]);
  assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(reused.out), new TextDecoder().decode(fresh.out));
  assert.equal(new TextDecoder().decode(reused.out).split('\n').length, 4);
});

test('a numeric id JSON readers round is refused (its line, as a string), not written back as another record\'s id', () => {
  const model = loadDefaultModel();
  const raw = ['{"id":9007199254740993,"text":"قال"}', '{"id":1e400,"text":"قال"}', '{"id":9007199254740991,"text":"قال"}', '{"id":1.5,"text":"قال"}', '{"id":-9007199254740993,"text":"قال"}'];
  const out = new TextDecoder().decode(annotateBatch(1, new TextEncoder().encode(raw.join('\n')), model, settings).out).trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string });
  assert.deepEqual(out.map((r) => r.id), [null, null, 9007199254740991, 1.5, null]);
  assert.match(out[0].error!, /^line 1: "id" is a number beyond .*give it as a string/);
  assert.match(out[1].error!, /^line 2: /);
  assert.equal(out[2].error, undefined);
});
