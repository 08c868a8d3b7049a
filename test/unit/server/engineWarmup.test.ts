// The server's idle-time warm-up: it never changes what an article's analysis says, keeps none of its text in the
// server's analyzer, and gives way to a request that comes while it runs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyzer, paragraphs } from '../../../server/src/engine/analysis';
import { readShippedModel } from '../../../server/src/engine/model';
import { EngineWarmup, readReplay, warmupDocuments } from '../../../server/src/engineWarmup';
import { tokenBlocks } from '../../../server/src/features/tokenBlocks';

const root = join(__dirname, '..', '..', '..');
const replayFile = join(root, 'server', 'data', 'replay.json.gz');
/** The shipped sample's first `chars` characters as warm-up documents. */
const shipped = async (chars: number) => warmupDocuments(chars, (await readReplay(replayFile))!);
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An article with quotations, speakers and dates (a quotation dev article and the seed article), then the warm-up text's own lines. */
function article(warmText: string[]): string {
  const dir = join(root, 'test', 'fixtures', 'dev-quotes', 'dev');
  const quoted = readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8').replace(/\{[=!][^}]*\}/g, '');
  const seed = readFileSync(join(root, 'seeds', 'lavrov-wonsan.ar.txt'), 'utf8');
  return [quoted, seed, ...warmText].join('\n');
}

/** What an editor gets for the text: its token blocks, and the full analysis (entities, speakers, dates, annotations). */
function whatTheEditorGets(analyzer: Analyzer, text: string) {
  const opts = { document: 'file:///news.ar.txt', version: 1 };
  return { tokens: tokenBlocks(analyzer.spanSnapshot(text, opts), [], text), analysis: analyzer.analyze(text, { ...opts, review: true }) };
}

test('the shipped warm-up text: lines of sentences, in documents of a few KB', async () => {
  const docs = await shipped(20_000);
  const total = docs.reduce((n, d) => n + d.length, 0);
  assert.ok(docs.length >= 3 && total >= 20_000 && total < 22_000, `${docs.length} documents, ${total} characters`);
  assert.ok(docs.every((d) => d.length < 8_000 && d.endsWith('\n')));
  // Text, not CoNLL: lines of words, no tag columns, no empty line.
  assert.ok(docs.every((d) => !d.includes('\t') && d.slice(0, -1).split('\n').every((l) => l.trim().length > 0)));
  assert.equal(await readReplay(join(root, 'no-such-replay.json.gz')), undefined);
  assert.deepEqual(await shipped(0), []);
});

test('an article analysed after the warm-up gets exactly what it gets without one, and the server\'s analyzer keeps none of the warm-up text', async () => {
  const docs = await shipped(20_000);
  const text = article(docs.slice(0, 2));
  // Two loads of the model: each has its own word-score cache, which the warm-up fills on the second.
  const without = whatTheEditorGets(new Analyzer(readShippedModel().model), text);
  const server = new Analyzer(readShippedModel().model);
  let bounded = 0;
  const logs: string[] = [];
  const warmup = new EngineWarmup({
    analyzer: () => server, busy: () => false, documents: async () => docs, log: (m) => logs.push(m),
    // As the server bounds the word cache after the warm-up (a small bound here, so the trimmed cache is read too).
    worked: () => { bounded++; if (server.wordCacheSize() > 1000) server.trimWordCache(500); },
  }, 20_000, 0);
  warmup.start();
  await warmup.finished;
  assert.equal(warmup.progress.documents, docs.length);
  assert.equal(bounded, 2);
  assert.equal(logs.length, 1);
  assert.match(logs[0], /^Engine warmed up on 2\d{4} characters/);
  assert.ok(paragraphs(docs[0]).every((p) => !server.cached(p.text)), 'no paragraph of the warm-up is cached by the server\'s analyzer');
  assert.deepEqual(whatTheEditorGets(server, text), without);
});

test('a request that comes while the warm-up tags is answered first; the warm-up goes on once the server is quiet', async () => {
  // One document large enough to take several slices of tagging.
  const big = article(await shipped(40_000));
  const warmup = new EngineWarmup({ analyzer: () => new Analyzer(readShippedModel().model), busy: () => false, documents: async () => [big], worked: () => undefined }, 40_000, 0);
  let finished = false;
  void warmup.finished.then(() => { finished = true; });
  warmup.start();
  // Tagging has run, yielded and gone on with a second slice (this waits on the warm-up's own yields, not on time).
  while (warmup.progress.slices < 2) await turn();
  assert.equal(warmup.progress.documents, 0);
  const before = warmup.progress.slices;
  const seen: number[] = [];
  await warmup.during(async () => {
    // A request's own turns of the event loop (reading its document, tagging it in slices): none of them is the warm-up's.
    for (let k = 0; k < 20; k++) { seen.push(warmup.progress.slices); await turn(); }
  });
  assert.equal(finished, false, 'the request was answered before the warm-up finished');
  assert.ok(seen.every((n) => n === before), `no warm-up slice ran during the request (${before}: ${seen.join(',')})`);
  await warmup.finished;
  assert.equal(warmup.progress.documents, 1);
  assert.ok(warmup.progress.slices > before, 'the document was taken up again after the request');
});

test('once a document as large as the warm-up was analysed, the engine is warm: no warm-up runs', async () => {
  let asked = false;
  const warmup = new EngineWarmup({ analyzer: () => { throw new Error('not used'); }, busy: () => false, documents: async () => { asked = true; return []; }, worked: () => undefined }, 20_000, 0);
  warmup.seen(25_000);
  warmup.start();
  await warmup.finished;
  assert.equal(asked, false);
  assert.equal(warmup.progress.documents, 0);
});

test('while other work is in flight the warm-up waits, whatever the time since the last message', async () => {
  let busy = true;
  const docs = await shipped(5_000);
  const warmup = new EngineWarmup({ analyzer: () => new Analyzer(readShippedModel().model), busy: () => busy, documents: async () => docs, worked: () => undefined }, 5_000, 0);
  warmup.start();
  for (let k = 0; k < 20; k++) await turn();
  assert.equal(warmup.progress.slices, 0);
  busy = false;
  await warmup.finished;
  assert.equal(warmup.progress.documents, docs.length);
});
