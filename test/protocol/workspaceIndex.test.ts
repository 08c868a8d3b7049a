// The workspace index through the real server over stdio: never blocks, follows file events, survives a damaged file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, SymbolInformation, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { article } from '../../server/src/cli/benchCorpus';
import { Session, startSession } from '../../server/src/cli/lspSession';

const root = join(__dirname, '..', '..');
const fixture = readFileSync(join(root, 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8');
const sentences = fixture.split(/(?<=[.!؟])\s+|\n/).filter((s) => s.trim().length > 20);
const temp: string[] = [];
const sessions: Session[] = [];
const tempDir = (name: string) => { const d = mkdtempSync(join(tmpdir(), `ana-index-${name}-`)); temp.push(d); return d; };
after(async () => {
  for (const s of sessions) if (s.server.exitCode === null) s.server.kill();
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

async function session(folder: string, storagePath: string): Promise<Session> {
  const s = await startSession(root, folder, { storagePath });
  sessions.push(s);
  return s;
}

const symbols = async (s: Session, query: string) => (await s.conn.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];
const uriOf = (p: string) => pathToFileURL(p).toString();

test('hovers are answered while a large folder is indexed, and workspace symbols go past 500', { timeout: 240_000 }, async () => {
  const folder = tempDir('large');
  for (let i = 0; i < 3000; i++) {
    if (i % 100 === 0) mkdirSync(join(folder, `d${i / 100}`));
    writeFileSync(join(folder, `d${Math.floor(i / 100)}`, `a${i}.ar.txt`), article(i, sentences));
  }
  const s = await session(folder, tempDir('store'));
  let ready = false;
  const done = s.status((x) => x.state === 'ready').then((x) => { ready = true; return x; });
  await s.status((x) => x.state === 'indexing');
  const uri = uriOf(join(tempDir('open'), 'open.ar.txt'));
  const published = s.published(uri);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text: fixture } });
  await published;
  const line = fixture.split('\n').findIndex((l) => l.includes('لافروف'));
  const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: fixture.split('\n')[line].indexOf('لافروف') + 1 } });
  assert.equal(ready, false, 'the hover came back before indexing ended');
  assert.match(JSON.stringify(hover), /Person/);
  const built = await done;
  assert.equal(built.files, 3000, 'no file cap below the folder size');
  assert.ok(s.registrations.includes('workspace/didChangeWatchedFiles'), 'a file watcher is registered');
  const kinds = s.progress.map((p) => (p as { kind: string }).kind);
  assert.ok(kinds.includes('begin') && kinds.includes('end'), `progress reported (${kinds.slice(0, 3).join()})`);
  const all = await symbols(s, '');
  assert.ok(all.length > 500, `${all.length} workspace symbols`);
  const page = await s.conn.sendRequest('arabicNews/workspaceSymbols', { query: '', offset: all.length - 50, limit: 100 }) as { items: SymbolInformation[]; total: number };
  assert.ok(page.total >= all.length, 'the paged total counts every symbol');
  assert.deepEqual(page.items.slice(0, 50).map((x) => x.location), all.slice(-50).map((x) => x.location), 'pages continue where the answer stopped');
  assert.equal(page.items.length, Math.min(100, page.total - all.length + 50));
  await s.stop();
});

test('cancelling the progress stops indexing; a re-index finishes from there', { timeout: 240_000 }, async () => {
  const folder = tempDir('cancel');
  for (let i = 0; i < 1500; i++) writeFileSync(join(folder, `a${i}.ar.txt`), article(i, sentences));
  const s = await session(folder, tempDir('store'));
  const cancelled = s.status((x) => x.state === 'cancelled');
  // As the user does: the Cancel button exists once the progress has begun.
  await s.conn.sendNotification('window/workDoneProgress/cancel', { token: await s.nextProgress('begin') });
  const stopped = await cancelled;
  assert.ok(stopped.files < 1500, `stopped after ${stopped.files} files`);
  const ready = s.status((x) => x.state === 'ready');
  await s.conn.sendRequest('arabicNews/reindex', {});
  assert.equal((await ready).files, 1500);
  await s.stop();
});

test('a created, changed or deleted article updates the index; search folds hamza and ta marbuta', { timeout: 120_000 }, async () => {
  const folder = tempDir('events');
  const first = join(folder, 'one.ar.txt');
  const second = join(folder, 'two.ar.txt');
  writeFileSync(first, fixture);
  const s = await session(folder, tempDir('store'));
  await s.status((x) => x.state === 'ready');
  const articlesOfLavrov = async () => {
    const hit = (await symbols(s, 'لافروف')).find((x) => x.name.includes('لافروف'));
    return hit ? Number(/in (\d+) article/.exec(hit.containerName ?? '')?.[1]) : 0;
  };
  assert.equal(await articlesOfLavrov(), 1);
  const event = async (path: string, type: FileChangeType) => {
    const ready = s.status((x) => x.state === 'ready');
    await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path), type }] });
    await ready;
  };
  writeFileSync(second, fixture);
  await event(second, FileChangeType.Created);
  assert.equal(await articlesOfLavrov(), 2, 'a new article is indexed');
  const mentioning = await s.conn.sendRequest('arabicNews/articlesMentioning', { key: (await s.conn.sendRequest('arabicNews/workspaceSymbols', { query: 'لافروف', limit: 1 }) as { items: Array<{ key: string }> }).items[0].key }) as Array<{ uri: string; preview: string }>;
  assert.deepEqual(mentioning.map((m) => m.uri).sort(), [uriOf(first), uriOf(second)].sort());
  assert.ok(mentioning.every((m) => m.preview.length > 0), 'each article has a preview line');
  writeFileSync(second, sentences.filter((x) => !x.includes('لافروف')).join('\n') + '\nنص آخر\n');
  await event(second, FileChangeType.Changed);
  assert.equal(await articlesOfLavrov(), 1, 'a changed article no longer mentions him');
  unlinkSync(first);
  await event(first, FileChangeType.Deleted);
  assert.equal(await articlesOfLavrov(), 0, 'a deleted article leaves the index');
  // Folded search: hamza on alef and ta marbuta written differently from the article still find the entity.
  writeFileSync(first, fixture);
  await event(first, FileChangeType.Created);
  const moscow = fixture.includes('موسكو') ? 'موسكو' : 'لافروف';
  assert.ok((await symbols(s, moscow.slice(0, 3))).some((x) => x.name.includes(moscow)), 'found by prefix');
  await s.stop();
});

test('review state from sidecars and articles per entity: follow sidecar events and survive a reload', { timeout: 120_000 }, async () => {
  const folder = tempDir('review');
  const [first, second] = [join(folder, 'one.ar.txt'), join(folder, 'two.ar.txt')];
  writeFileSync(first, fixture);
  writeFileSync(second, fixture);
  const store = tempDir('store');
  let s = await session(folder, store);
  await s.status((x) => x.state === 'ready');
  const lavrov = (await s.conn.sendRequest('arabicNews/workspaceSymbols', { query: 'لافروف', limit: 1 }) as { items: Array<{ key: string; label: string }> }).items[0];
  const counts = await s.conn.sendRequest('arabicNews/entityArticles', { entities: [lavrov, { key: 'لا يوجد', label: 'PERSON' }] }) as { counts: number[] };
  assert.deepEqual(counts.counts, [2, 0], 'the Entities view learns Lavrov is in 2 articles');
  const reviewOf = async (x: Session) => (await x.conn.sendRequest('arabicNews/articlesMentioning', { key: lavrov.key }) as Array<{ uri: string; review: { reviewed: boolean; accepted: number; rejected: number } }>)
    .map((a) => [a.uri === uriOf(first) ? 'one' : 'two', a.review.reviewed, a.review.accepted, a.review.rejected]).sort();
  assert.deepEqual(await reviewOf(s), [['one', false, 0, 0], ['two', false, 0, 0]]);
  // The annotator marks article one reviewed, with two suggestions accepted and one rejected; the editor writes its sidecar.
  const ready = s.status((x) => x.state === 'ready');
  writeFileSync(`${first}.annotations.json`, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'one.ar.txt' }, reviewed: true, decisions: [{ status: 'accepted' }, { status: 'accepted' }, { status: 'rejected' }] }));
  await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(`${first}.annotations.json`), type: FileChangeType.Created }] });
  await ready;
  assert.deepEqual(await reviewOf(s), [['one', true, 2, 1], ['two', false, 0, 0]]);
  await s.stop();
  s = await session(folder, store);
  await s.status((x) => x.state === 'ready' && x.loaded === 'disk');
  assert.deepEqual(await reviewOf(s), [['one', true, 2, 1], ['two', false, 0, 0]], 'kept in the saved index');
  await s.stop();
});

test('a damaged or other-version index file is rebuilt, not trusted', { timeout: 120_000 }, async () => {
  const folder = tempDir('damaged');
  writeFileSync(join(folder, 'one.ar.txt'), fixture);
  const store = tempDir('store');
  const s1 = await session(folder, store);
  await s1.status((x) => x.state === 'ready');
  await s1.stop();
  const [file] = readdirSync(store).filter((f) => f.endsWith('.anidx'));
  const path = join(store, file);
  const good = readFileSync(path);
  for (const damage of [(b: Buffer) => { b[b.length - 3] ^= 0xff; }, (b: Buffer) => { b.writeUInt32LE(99, 4); }, (b: Buffer) => b.subarray(0, b.length >> 1)]) {
    const bad = Buffer.from(good);
    writeFileSync(path, damage(bad) ?? bad);
    const s = await session(folder, store);
    const first = await s.status(() => true);
    assert.equal(first.loaded, 'rebuilt');
    const ready = await s.status((x) => x.state === 'ready');
    assert.equal(ready.articles, 1);
    assert.ok((await symbols(s, 'لافروف')).length > 0, 'the rebuilt index answers');
    await s.stop();
  }
  const s = await session(folder, store);
  assert.equal((await s.status(() => true)).loaded, 'disk', 'the rebuilt file is good again');
  await s.stop();
});

test('a folder without articles answers empty at once, and the first article saved into it is indexed', { timeout: 120_000 }, async () => {
  const folder = tempDir('empty');
  writeFileSync(join(folder, 'notes.md'), 'لا مقالات هنا\n');
  const s = await session(folder, tempDir('store'));
  const first = await s.status((x) => x.state === 'ready');
  assert.equal(first.articles, 0);
  assert.deepEqual(await symbols(s, 'لافروف'), [], 'nothing indexed yet');
  const counts = await s.conn.sendRequest('arabicNews/entityArticles', { entities: [{ key: 'لافروف', label: 'PER' }] }) as { counts: number[]; ready: boolean };
  assert.deepEqual(counts, { counts: [0], indexing: false, ready: true }, 'an empty index is ready, not missing');
  const path = join(folder, 'new.ar.txt');
  writeFileSync(path, fixture);
  const indexed = s.status((x) => x.state === 'ready' && x.articles === 1);
  await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path), type: FileChangeType.Created }] });
  await indexed;
  assert.ok((await symbols(s, 'لافروف')).some((x) => x.name.includes('لافروف')), 'the new article is found');
  await s.stop();
});
