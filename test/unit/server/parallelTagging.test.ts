// A large document tagged by the main thread and a worker thread together: the analysis is the single-thread one exactly.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel, readShippedModel, sharedTables } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagParagraph } from '../../../server/src/engine/entities';
import { findDates } from '../../../server/src/engine/dates';
import { compactTokens } from '../../../server/src/engine/paragraphTokens';
import { parallelByDefault, ParallelTagging } from '../../../server/src/parallelTagging';
import { blockCount, Claims, cutBlocks, fromWire, toWire } from '../../../server/src/tagShare';

const root = join(__dirname, '..', '..', '..');
const workerFile = join(root, 'dist', 'tagWorker.js');

/** About `chars` characters of varied news: the quotation dev articles' lines (markers removed), numbered, CRLF now and then. */
function article(chars: number): string {
  const dir = join(root, 'test', 'fixtures', 'dev-quotes', 'dev');
  const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, '').split('\n').filter((l) => l.trim()));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    // A few lines repeat word for word (a cached tagging moved to another place), the rest are numbered.
    const line = i % 17 === 3 ? lines[0] : `${lines[i % lines.length]} ${i}`;
    out.push(i % 29 === 5 ? `${line}\r` : line);
    size += line.length + 1;
  }
  return out.join('\n');
}

test('a worker thread tags part of a large document and the analysis equals the single-thread one', async () => {
  const text = article(100_000);
  const model = loadDefaultModel();
  const parallel = new ParallelTagging({ file: workerFile, minChars: 20_000 });
  parallel.prepare(text.length);
  await parallel.ready();
  const shared = new Analyzer(model);
  assert.equal(await parallel.warm(shared, text, () => false), true);
  assert.ok(parallel.figures.workerBlocks > 0, 'the worker tagged some of the blocks');
  assert.ok(parallel.figures.workerBlocks < parallel.figures.blocks || parallel.figures.blocks > 0);
  const alone = new Analyzer(model);
  const opts = { document: 'a.ar.txt', version: 1 };
  assert.deepEqual(shared.spanSnapshot(text, opts).annotations(), alone.spanSnapshot(text, opts).annotations());
  assert.deepEqual(shared.analyze(text, opts), alone.analyze(text, opts));
  parallel.end();
});

test('a worker given the main thread\'s model arrays (shared memory) tags as the main thread does', async () => {
  const text = article(100_000);
  const model = readShippedModel(true).model;
  const tables = sharedTables(model);
  assert.ok(tables, 'the model was loaded in shared memory');
  const parallel = new ParallelTagging({ file: workerFile, minChars: 20_000, tables: async () => tables });
  parallel.prepare(text.length);
  await parallel.ready();
  assert.equal(parallel.figures.sharedTables, true, 'the worker used the arrays it was given');
  const shared = new Analyzer(model);
  assert.equal(await parallel.warm(shared, text, () => false), true);
  assert.ok(parallel.figures.workerBlocks > 0, 'the worker tagged some of the blocks');
  const opts = { document: 'a.ar.txt', version: 1 };
  assert.deepEqual(shared.analyze(text, opts), new Analyzer(loadDefaultModel()).analyze(text, opts));
  parallel.end();
});

test('a worker that cannot start leaves the tagging to the main thread, with the same analysis', async () => {
  const text = article(60_000);
  const model = loadDefaultModel();
  const parallel = new ParallelTagging({ file: join(root, 'dist', 'no-such-worker.js'), minChars: 20_000 });
  const shared = new Analyzer(model);
  assert.equal(await parallel.warm(shared, text, () => false), true);
  assert.equal(parallel.figures.workerBlocks, 0);
  assert.deepEqual(shared.analyze(text), new Analyzer(model).analyze(text));
});

test('a small document is tagged by one thread: no worker is started', async () => {
  const parallel = new ParallelTagging({ file: workerFile, minChars: 200_000 });
  parallel.prepare(article(5_000).length);
  assert.equal(await parallel.warm(new Analyzer(loadDefaultModel()), article(5_000), () => false), true);
  assert.equal(parallel.figures.jobs, 0);
});

test('claims from both ends take every block exactly once; a stop ends the back\'s claims', () => {
  const claims = new Claims(7);
  const taken: number[] = [];
  for (let k = 0; ; k++) {
    const b = k % 3 === 0 ? claims.back() : claims.front();
    if (b < 0) break;
    taken.push(b);
  }
  assert.deepEqual([...taken].sort((x, y) => x - y), [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(claims.front(), -1);
  const stopped = new Claims(new SharedArrayBuffer(8));
  Atomics.store(stopped.shared, 0, 4 << 16);
  stopped.stop();
  assert.equal(stopped.back(), -1, 'stopped: the worker takes no more');
  assert.equal(stopped.front(), 0, 'the main thread still does');
});

test('a block\'s tagging crosses threads unchanged (stems, prefixes, mentions, dates; paragraphs cut in blocks)', () => {
  const model = loadDefaultModel();
  const texts = article(40_000).split('\n');
  let base = 0;
  const paras = texts.map((t) => { const p = { base, length: t.length }; base += t.length + 1; return p; });
  const blocks = cutBlocks(paras);
  assert.ok(blockCount(blocks) >= 2);
  assert.equal(blocks.starts[0], 0);
  assert.equal(blocks.starts[blockCount(blocks)], paras.length);
  const b = 1;
  const mine = texts.slice(blocks.starts[b], blocks.starts[b + 1]);
  const bases = blocks.bases.subarray(blocks.starts[b], blocks.starts[b + 1]);
  const tagged = mine.map((t, i) => { const tokens = tokenize(t, bases[i]); const tags = tagParagraph(tokens, model); return { text: t, base: bases[i], words: compactTokens(tokens, tags.stems, tags.prefixes, bases[i]), mentions: tags.mentions, dates: findDates(tokens) }; });
  assert.ok(tagged.some((r) => r.mentions.length) && tagged.some((r) => r.dates.length), 'the block has names and dates');
  const wire = structuredClone(toWire(b, tagged));
  assert.deepEqual(fromWire(wire, mine, bases, (s) => s), tagged);
});

test('parallel tagging is on with four cores or more, or as ANA_PARALLEL_TAGGING says', () => {
  assert.equal(parallelByDefault({}, 2), false);
  assert.equal(parallelByDefault({}, 8), true);
  assert.equal(parallelByDefault({ ANA_PARALLEL_TAGGING: '1' }, 2), true);
  assert.equal(parallelByDefault({ ANA_PARALLEL_TAGGING: '0' }, 8), false);
});
