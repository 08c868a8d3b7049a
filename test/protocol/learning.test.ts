// The model that learns, over LSP: Update Model trains on reviewed articles and changes suggestions, the workspace model is used after a restart, Reset goes back, a broken file never stops the server.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, test } from 'node:test';
import {
  ConfigurationRequest, createProtocolConnection, WorkDoneProgressCancelNotification, WorkDoneProgressCreateRequest, InitializedNotification, InitializeRequest, ProtocolConnection, PublishDiagnosticsNotification,
  ShowMessageNotification, ShowMessageRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { close, open, pos } from './documents';
import { reportIfLingering } from './lingering';
import { stopServer } from './serverProcess';

const root = join(__dirname, '..', '..');
let server: ChildProcess | undefined;
let connection: ProtocolConnection | undefined;
afterEach(async () => { await stopServer(server, connection); server = connection = undefined; });
after(() => reportIfLingering('protocol/learning.test.js'));

interface Status { active: string; updating: boolean; problem?: string; manifest?: { sentences: number; articles: number; check?: { before: number; after: number } }; pendingDecisions: number }
interface Session { conn: ProtocolConnection; messages: string[]; statuses: Status[]; published(uri: string): Promise<void>; status(pred: (s: Status) => boolean): Promise<Status> }

/** A server whose workspace is `folder`; `learning` answers workspace/configuration for arabicNews.learning when given. */
async function start(folder: string, learning?: object, capabilities: object = {}): Promise<Session> {
  server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection = conn;
  const messages: string[] = [];
  const statuses: Status[] = [];
  const waiting = new Map<string, Array<() => void>>();
  conn.onNotification(ShowMessageNotification.type, (p) => { messages.push(p.message); });
  conn.onRequest(ShowMessageRequest.type, (p) => { messages.push(p.message); return null; });
  const statusWaiters: Array<{ pred: (s: Status) => boolean; resolve: (s: Status) => void }> = [];
  conn.onNotification('arabicNews/modelStatus', (s: Status) => {
    statuses.push(s);
    for (const w of statusWaiters.splice(0)) if (w.pred(s)) w.resolve(s); else statusWaiters.push(w);
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'arabicNews.learning' ? learning ?? {} : {})));
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { const w = waiting.get(p.uri) ?? []; waiting.set(p.uri, []); w.forEach((f) => f()); });
  conn.listen();
  const uri = pathToFileURL(folder).toString();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { ...capabilities, ...(learning ? { workspace: { configuration: true } } : {}) } });
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    conn, messages, statuses, published: (u) => new Promise((r) => waiting.set(u, [...(waiting.get(u) ?? []), r])),
    // The next (or an earlier) model status that satisfies `pred`.
    status: (pred) => new Promise((resolve) => { const seen = statuses.find(pred); if (seen) resolve(seen); else statusWaiters.push({ pred, resolve }); }),
  };
}

// A made-up company the shipped model takes for a person when it stands alone.
const TRAIN = [
  'أعلنت مجموعة بلتارنو عن أرباح قياسية في الربع الأخير من العام.',
  'وتأسست بلتارنو قبل عشرين عاما في مدينة حلب.',
  'وتنافس بلتارنو شركات كبرى في قطاع الاتصالات.',
  'ورفضت بلتارنو التعليق على أنباء الاندماج مع منافسيها.',
  'وأكدت إدارة بلتارنو أنها لن تسرح أي موظف هذا العام.',
].join('\n');
const OTHER = 'ونفت بلتارنو صحة التقارير الصحفية عن خسائرها.\nوزار وفد تجاري مدينة حمص أمس.';

function workspace(): { dir: string; file: (name: string, text: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ana-learn-'));
  return { dir, file: (name, text) => { const f = join(dir, name); writeFileSync(f, text); return pathToFileURL(f).toString(); } };
}

type At = { label: string; status: string } | null;
const at = (s: Session, uri: string, text: string, needle: string, nth = 0) => s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(text, needle, nth) }) as Promise<At>;

/** Relabels every mention of the made-up name in the training article as ORGANIZATION and marks it reviewed. */
async function review(s: Session, uri: string): Promise<void> {
  for (let nth = 0; nth < 5; nth++) {
    const p = pos(TRAIN, 'بلتارنو', nth);
    const x = await at(s, uri, TRAIN, 'بلتارنو', nth);
    const range = { start: { ...p, character: p.character - 1 }, end: { ...p, character: p.character - 1 + 'بلتارنو'.length } };
    const r = (x?.label === 'ORGANIZATION' ? await s.conn.sendRequest('arabicNews/decide', { uri, position: p, action: 'accept' })
      : x ? await s.conn.sendRequest('arabicNews/decide', { uri, position: p, action: 'relabel', label: 'ORGANIZATION' })
      : await s.conn.sendRequest('arabicNews/annotate', { uri, range, label: 'ORGANIZATION' })) as { ok: boolean; message: string };
    assert.ok(r.ok, r.message);
  }
  const r = await s.conn.sendRequest('arabicNews/markReviewed', { uri, reviewed: true }) as { ok: boolean };
  assert.ok(r.ok);
}

test('Update Model learns from a reviewed article: a missed organisation is found elsewhere, a rejection stays, the model is used after a restart, Reset goes back', async () => {
  const ws = workspace();
  const train = ws.file('train.ar.txt', TRAIN);
  const other = ws.file('other.ar.txt', OTHER);
  let s = await start(ws.dir);
  await open(s, train, TRAIN);
  await open(s, other, OTHER);
  assert.notEqual((await at(s, other, OTHER, 'بلتارنو'))?.label, 'ORGANIZATION', 'the shipped model misses the company');
  const homs = await at(s, other, OTHER, 'حمص');
  assert.equal(homs?.label, 'LOCATION');
  // The annotator rejects a suggestion in an article that is not part of the update.
  await s.conn.sendRequest('arabicNews/decide', { uri: other, position: pos(OTHER, 'حمص'), action: 'reject' });
  await review(s, train);
  assert.equal((await s.conn.sendRequest('arabicNews/modelStatus', {}) as Status).active, 'shipped');

  const reanalysed = s.published(other);
  const r = await s.conn.sendRequest('arabicNews/updateModel', {}) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  await reanalysed;
  const manifest = JSON.parse(readFileSync(join(ws.dir, '.arabic-news', 'model.manifest.json'), 'utf8'));
  assert.ok(manifest.sentences >= 5 && manifest.articles >= 1, JSON.stringify(manifest));
  assert.ok(existsSync(join(ws.dir, '.arabic-news', 'model.json.gz')));
  assert.equal((await at(s, other, OTHER, 'بلتارنو'))?.label, 'ORGANIZATION', 'the adapted model finds the company in another article');
  assert.equal(await at(s, other, OTHER, 'حمص'), null, 'the rejected suggestion stays rejected after the update');
  const status = s.statuses.at(-1)!;
  assert.equal(status.active, 'adapted');
  assert.equal(status.manifest?.sentences, manifest.sentences);
  await close(s, other);
  await close(s, train);
  await stopServer(server, connection);

  // A fresh server on the same folder uses the workspace model from the start.
  s = await start(ws.dir);
  await open(s, other, OTHER);
  assert.equal((await s.conn.sendRequest('arabicNews/modelStatus', {}) as Status).active, 'adapted');
  assert.equal((await at(s, other, OTHER, 'بلتارنو'))?.label, 'ORGANIZATION');
  assert.equal(await at(s, other, OTHER, 'حمص'), null, 'still rejected after a restart with the adapted model');

  const files = ['model.json.gz', 'model.manifest.json'].map((f) => join(ws.dir, '.arabic-news', f));
  const saved = files.map((f) => readFileSync(f));
  const reset = await s.conn.sendRequest('arabicNews/resetModel', { remove: true }) as { ok: boolean; message: string };
  assert.ok(reset.ok, reset.message);
  assert.equal(existsSync(files[0]), false);
  assert.equal((await s.conn.sendRequest('arabicNews/modelStatus', {}) as Status).active, 'shipped');
  assert.notEqual((await at(s, other, OTHER, 'بلتارنو'))?.label, 'ORGANIZATION', 'back to the shipped model');

  // A teammate's model arrives through git: the client's file watcher asks the server to reload.
  files.forEach((f, i) => writeFileSync(f, saved[i]));
  assert.deepEqual(await s.conn.sendRequest('arabicNews/reloadModel', {}), { changed: true });
  assert.equal((await at(s, other, OTHER, 'بلتارنو'))?.label, 'ORGANIZATION', 'the pulled model is used without a restart');
  assert.deepEqual(await s.conn.sendRequest('arabicNews/reloadModel', {}), { changed: false }, 'an unchanged file is not loaded again');
});

test('a corrupt or mismatched workspace model: the shipped model is used, the user is told once, the server keeps working', async () => {
  const ws = workspace();
  const uri = ws.file('a.ar.txt', OTHER);
  mkdirSync(join(ws.dir, '.arabic-news'));
  writeFileSync(join(ws.dir, '.arabic-news', 'model.json.gz'), 'not a model');
  let s = await start(ws.dir);
  await open(s, uri, OTHER);
  const status = await s.conn.sendRequest('arabicNews/modelStatus', {}) as Status;
  assert.equal(status.active, 'shipped');
  assert.match(status.problem ?? '', /corrupt/);
  assert.equal(s.messages.filter((m) => m.includes('workspace model is not used')).length, 1, s.messages.join('\n'));
  assert.equal((await at(s, uri, OTHER, 'حمص'))?.label, 'LOCATION', 'analysis goes on with the shipped model');
  await stopServer(server, connection);

  // A model adapted from another shipped model (its manifest names another base).
  writeFileSync(join(ws.dir, '.arabic-news', 'model.manifest.json'), JSON.stringify({ schema: 'arabic-news-annotator/model-manifest@1', base: { sha256: '0'.repeat(64) }, model: { sha256: '0'.repeat(64), bytes: 1 } }));
  s = await start(ws.dir);
  await open(s, uri, OTHER);
  const again = await s.conn.sendRequest('arabicNews/modelStatus', {}) as Status;
  assert.equal(again.active, 'shipped');
  assert.match(again.problem ?? '', /another version of the shipped model/);
  assert.equal((await at(s, uri, OTHER, 'حمص'))?.label, 'LOCATION');
});

test('in auto mode the model updates by itself after N new entity decisions', async () => {
  const ws = workspace();
  const train = ws.file('train.ar.txt', TRAIN);
  const s = await start(ws.dir, { mode: 'auto', decisionsPerUpdate: 3 });
  await open(s, train, TRAIN);
  await review(s, train);
  assert.ok(s.statuses.some((x) => x.pendingDecisions >= 3), 'the decisions are counted');
  // No request: the update starts by itself once the annotator pauses.
  const adapted = await s.status((x) => x.active === 'adapted');
  assert.ok((adapted.manifest?.sentences ?? 0) >= 5);
  assert.ok(existsSync(join(ws.dir, '.arabic-news', 'model.json.gz')));
});

test('with learning off, Update Model is refused and nothing is written', async () => {
  const ws = workspace();
  const train = ws.file('train.ar.txt', TRAIN);
  const s = await start(ws.dir, { mode: 'off' });
  await open(s, train, TRAIN);
  await review(s, train);
  const r = await s.conn.sendRequest('arabicNews/updateModel', {}) as { ok: boolean; message: string };
  assert.equal(r.ok, false);
  assert.match(r.message, /off/);
  assert.equal(existsSync(join(ws.dir, '.arabic-news')), false);
});

test('an update shows cancellable progress; cancelling it writes nothing and keeps the shipped model', async () => {
  const ws = workspace();
  const train = ws.file('train.ar.txt', TRAIN);
  const s = await start(ws.dir, undefined, { window: { workDoneProgress: true } });
  const begun = new Promise<{ token: string | number; cancellable?: boolean }>((resolve) => {
    const tokens = new Set<string | number>();
    s.conn.onRequest(WorkDoneProgressCreateRequest.method, (p: { token: string | number }) => { tokens.add(p.token); return null; });
    // The workspace index reports its own progress: only the model update's counts here.
    s.conn.onNotification('$/progress', (p: { token: string | number; value: { kind: string; title?: string; cancellable?: boolean } }) => {
      if (tokens.has(p.token) && p.value.kind === 'begin' && /model/.test(p.value.title ?? '')) resolve({ token: p.token, cancellable: p.value.cancellable });
    });
  });
  await open(s, train, TRAIN);
  await review(s, train);
  const update = s.conn.sendRequest('arabicNews/updateModel', {}) as Promise<{ ok: boolean; cancelled?: boolean }>;
  const progress = await begun;
  assert.equal(progress.cancellable, true);
  await s.conn.sendNotification(WorkDoneProgressCancelNotification.type, { token: progress.token });
  const r = await update;
  assert.deepEqual([r.ok, r.cancelled], [false, true]);
  assert.equal(existsSync(join(ws.dir, '.arabic-news', 'model.json.gz')), false);
  assert.equal((await s.conn.sendRequest('arabicNews/modelStatus', {}) as Status).active, 'shipped');
  // The server is free for the next one.
  assert.equal((await s.conn.sendRequest('arabicNews/updateModel', {}) as { ok: boolean }).ok, true);
});
