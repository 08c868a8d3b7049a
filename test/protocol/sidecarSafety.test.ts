// No lost work and no hang, against the real server: read-only folders, outside changes, two writers, hand-edited and foreign sidecars, odd URIs.
import assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, test } from 'node:test';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification, MessageActionItem,
  ProtocolConnection, PublishDiagnosticsNotification, ShowMessageNotification, ShowMessageRequest, ShowMessageRequestParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { close, open, pos } from './documents';

const root = join(__dirname, '..', '..');
const L1 = 'التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره الصيني شي جين بينغ لبحث التعاون التجاري.';
const L2 = 'وكان الرئيس الروسي فلاديمير بوتين قد زار بكين العام الماضي حيث وقّع اتفاقات في مجال الطاقة.';
const TEXT = `${L1}\n${L2}`;
const servers: ChildProcess[] = [];

interface Prompt { params: ShowMessageRequestParams; answer(title: string | null): void }
interface Session {
  conn: ProtocolConnection; server: ChildProcess; messages: string[];
  published(uri: string): Promise<void>;
  /** The next showMessageRequest; the server waits for the test's answer, as it would for the user's. */
  prompt(): Promise<Prompt>;
  /** Resolves with the next message (notification or request) that `match` accepts. */
  message(match: (m: string) => boolean): Promise<string>;
  /** What the client answers when the server asks where to save a copy. */
  savePath?: string;
}

async function start(): Promise<Session> {
  const server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  servers.push(server);
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting = new Map<string, Array<() => void>>();
  const prompts: Prompt[] = [];
  const takers: Array<(p: Prompt) => void> = [];
  const listeners: Array<{ match: (m: string) => boolean; resolve: (m: string) => void }> = [];
  const heard = (m: string) => {
    s.messages.push(m);
    for (const l of listeners.splice(0)) if (l.match(m)) l.resolve(m); else listeners.push(l);
  };
  const s: Session = {
    conn, server, messages: [],
    published: (uri) => new Promise((r) => waiting.set(uri, [...(waiting.get(uri) ?? []), r])),
    prompt: () => new Promise((r) => { const p = prompts.shift(); if (p) r(p); else takers.push(r); }),
    message: (match) => new Promise((resolve) => listeners.push({ match, resolve })),
  };
  conn.onNotification(ShowMessageNotification.type, (p) => heard(p.message));
  conn.onRequest(ShowMessageRequest.type, (params) => new Promise<MessageActionItem | null>((resolve) => {
    heard(params.message);
    const p: Prompt = { params, answer: (title) => resolve(title ? { title } : null) };
    // Prompts nobody waits for (orphan notices) are answered "Keep" by default so the server is not left waiting.
    const t = takers.shift();
    if (t) t(p);
    else if (params.actions?.some((a) => a.title === 'Retry')) prompts.push(p);
    else p.answer(null);
  }));
  conn.onRequest('arabicNews/pickSavePath', () => s.savePath ?? null);
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { const w = waiting.get(p.uri) ?? []; waiting.set(p.uri, []); w.forEach((f) => f()); });
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  return s;
}

const locks: Array<() => void> = [];
afterEach(() => {
  servers.splice(0).forEach((p) => p.kill('SIGKILL'));
  locks.splice(0).forEach((unlock) => unlock()); // also when a test timed out before its own `finally`
});

function article(text = TEXT): { dir: string; file: string; uri: string; sidecar: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ana-safe-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, text);
  return { dir, file, uri: pathToFileURL(file).toString(), sidecar: `${file}.annotations.json` };
}

const range = (text: string, word: string) => ({ start: pos(text, word), end: { ...pos(text, word), character: pos(text, word).character - 1 + word.length } });
const decisionsIn = (sidecar: string) => JSON.parse(readFileSync(sidecar, 'utf8')).decisions as Array<{ id: string; status: string; text: string; was?: string }>;

const canWrite = (dir: string) => { try { writeFileSync(join(dir, '.probe'), ''); unlinkSync(join(dir, '.probe')); return true; } catch { return false; } };

/** Makes `dir` unwritable: permissions, or (as root, who ignores them) the immutable attribute, or else takes it away. */
function lock(dir: string): () => void {
  let undo: () => void;
  chmodSync(dir, 0o555);
  const immutable = () => spawnSync('chattr', ['+i', dir]).status === 0 && !canWrite(dir);
  if (!canWrite(dir)) undo = () => chmodSync(dir, 0o755);
  else if (immutable()) undo = () => { spawnSync('chattr', ['-i', dir]); chmodSync(dir, 0o755); };
  else {
    chmodSync(dir, 0o755);
    renameSync(dir, `${dir}.away`);
    undo = () => renameSync(`${dir}.away`, dir);
  }
  let done = false;
  const unlock = () => { if (!done) { done = true; undo(); } };
  locks.push(unlock);
  return unlock;
}

test('read-only folder: the server survives, keeps the decisions, offers Retry and Save As…, and saves once it can', { timeout: 60_000 }, async () => {
  const a = article();
  const s = await start();
  await open(s, a.uri, TEXT);
  const unlock = lock(a.dir);
  try {
    for (const w of ['موسكو', 'بكين']) await s.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, w), action: 'accept' });
    const first = await s.prompt();
    assert.deepEqual(first.params.actions?.map((x) => x.title), ['Retry', 'Save As…']);
    assert.match(first.params.message, /could not be saved/);
    first.answer('Retry');
    const again = await s.prompt(); // still read-only: the retry fails and says so
    s.savePath = join(mkdtempSync(join(tmpdir(), 'ana-copy-')), 'copy.annotations.json');
    const informed = s.message((m) => m.includes('Saved a copy'));
    again.answer('Save As…');
    await informed;
    assert.deepEqual(decisionsIn(s.savePath).map((d) => d.text).sort(), ['بكين', 'موسكو']);
    const x = await s.conn.sendRequest('arabicNews/annotationAt', { uri: a.uri, position: pos(TEXT, 'موسكو') }) as { status: string };
    assert.equal(x.status, 'accepted', 'still in memory, server alive');
  } finally {
    unlock();
  }
  await s.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'بوتين'), action: 'reject' });
  await close(s, a.uri);
  assert.equal(decisionsIn(a.sidecar).length, 3, 'saved beside the article once the folder is writable');
  assert.equal(s.server.exitCode, null);
});

test('an article emptied outside the editor: the sidecar is not rewritten on open; later, lost decisions stay in it as orphaned', { timeout: 60_000 }, async () => {
  const a = article();
  const s = await start();
  await open(s, a.uri, TEXT);
  const r = await s.conn.sendRequest('arabicNews/acceptAll', { uri: a.uri }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  await close(s, a.uri);
  const before = readFileSync(a.sidecar, 'utf8');
  const n = decisionsIn(a.sidecar).length;
  assert.ok(n >= 5, `${n} decisions`);
  writeFileSync(a.file, '');
  await open(s, a.uri, '');
  assert.ok(s.messages.some((m) => m.includes('orphaned')), s.messages.join('\n'));
  await close(s, a.uri);
  assert.equal(readFileSync(a.sidecar, 'utf8'), before, 'opening did not rewrite it');
  const other = 'خبر قصير عن الطقس في عمّان.';
  writeFileSync(a.file, other);
  await open(s, a.uri, other);
  await s.conn.sendRequest('arabicNews/annotate', { uri: a.uri, range: range(other, 'عمّان'), label: 'LOCATION', literal: true });
  await close(s, a.uri);
  const ds = decisionsIn(a.sidecar);
  assert.equal(ds.filter((d) => d.status === 'orphaned' && d.was === 'accepted' && d.text).length, n, 'every earlier decision kept, with its text');
});

test('half the article kept: a decision is never moved onto another occurrence of the same name', { timeout: 60_000 }, async () => {
  const a = article();
  const s = await start();
  await open(s, a.uri, TEXT);
  await s.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'بوتين'), action: 'accept' });
  await close(s, a.uri);
  writeFileSync(a.file, L2);
  await open(s, a.uri, L2);
  const x = await s.conn.sendRequest('arabicNews/annotationAt', { uri: a.uri, position: pos(L2, 'بوتين') }) as { status: string };
  assert.equal(x.status, 'suggested', 'the other mention of Putin did not inherit the decision');
});

test('two editors on one article: both sets of decisions are kept with unique ids; a span both changed is reported', { timeout: 60_000 }, async () => {
  const a = article();
  const [one, two] = [await start(), await start()];
  await open(one, a.uri, TEXT);
  await open(two, a.uri, TEXT);
  await one.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'موسكو'), action: 'accept' });
  await one.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'بكين'), action: 'accept' });
  await two.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'بوتين'), action: 'reject' });
  await two.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'موسكو'), action: 'reject' });
  await close(one, a.uri);
  await close(two, a.uri);
  const ds = decisionsIn(a.sidecar);
  assert.equal(new Set(ds.map((d) => d.id)).size, ds.length, ds.map((d) => d.id).join(','));
  assert.deepEqual(ds.map((d) => `${d.text.split(' ').pop()}:${d.status}`).sort(), ['بكين:accepted', 'بوتين:rejected', 'موسكو:rejected']);
  assert.ok(two.messages.some((m) => m.includes('موسكو') && m.includes('another editor')), two.messages.join('\n'));
});

test('a hand-edited sidecar with an empty text does not hang the server; relabelling to an unknown label is refused', { timeout: 30_000 }, async () => {
  const a = article();
  const at = TEXT.indexOf('بوتين');
  const d = { id: 'a1', status: 'accepted', kind: 'entity', label: 'PERSON', start: at, end: at + 5, text: '', prefix: '', suffix: '', created: '2026-01-01T00:00:00Z' };
  writeFileSync(a.sidecar, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'article.txt' }, decisions: [d] }, null, 2));
  const s = await start();
  await open(s, a.uri, TEXT);
  assert.ok(s.messages.some((m) => m.includes('decision a1 empty "text"')), s.messages.join('\n'));
  const other = article();
  await open(s, other.uri, TEXT); // other documents are served
  const r = await s.conn.sendRequest('arabicNews/decide', { uri: other.uri, position: pos(TEXT, 'موسكو'), action: 'relabel', label: 'PERS' }) as { ok: boolean; message: string };
  assert.equal(r.ok, false);
  assert.match(r.message, /unknown label "PERS"/);
});

test('a pre-release or unversioned sidecar is refused and left byte-identical, unknown fields and all', { timeout: 30_000 }, async () => {
  const s = await start();
  for (const schema of ['arabic-news-annotator/sidecar@2.0-beta', 'arabic-news-annotator/sidecar']) {
    const a = article();
    const raw = JSON.stringify({ schema, document: { path: 'article.txt' }, reviewers: ['س. م.'], decisions: [] }, null, 2);
    writeFileSync(a.sidecar, raw);
    await open(s, a.uri, TEXT);
    const r = await s.conn.sendRequest('arabicNews/decide', { uri: a.uri, position: pos(TEXT, 'موسكو'), action: 'accept' }) as { ok: boolean };
    assert.equal(r.ok, false, schema);
    await close(s, a.uri);
    assert.equal(readFileSync(a.sidecar, 'utf8'), raw, schema);
  }
});

test('file://host/… and %2F URIs do not crash the server', { timeout: 30_000 }, async () => {
  const s = await start();
  for (const uri of ['file://fileserver/share/news.txt', 'file:///tmp/a%2Fb.txt']) {
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT } });
  }
  const a = article();
  await open(s, a.uri, TEXT);
  const x = await s.conn.sendRequest('arabicNews/annotationAt', { uri: 'file://fileserver/share/news.txt', position: pos(TEXT, 'موسكو') }) as { label: string } | null;
  assert.equal(x?.label, 'LOCATION');
  assert.equal(s.server.exitCode, null);
});

test('decisions 100 ms apart are on disk within a second, even if the server is then killed', { timeout: 30_000 }, async () => {
  const a = article();
  const s = await start();
  await open(s, a.uri, TEXT);
  const words = ['الرئيس', 'الروسي', 'موسكو', 'نظيره', 'الصيني', 'التعاون', 'التجاري', 'بكين', 'العام', 'الماضي', 'اتفاقات', 'الطاقة', 'لبحث'];
  const t0 = Date.now();
  const acknowledged: number[] = [];
  for (const w of words) {
    await s.conn.sendRequest('arabicNews/annotate', { uri: a.uri, range: range(TEXT, w), label: 'MISC', literal: true });
    acknowledged.push(Date.now());
    await new Promise((r) => setTimeout(r, 100)); // the annotator's pace, not a synchronisation
    if (Date.now() - t0 > 1500) break;
  }
  const killed = Date.now();
  s.server.kill('SIGKILL');
  await new Promise((r) => s.server.once('exit', r));
  const due = acknowledged.filter((t) => t < killed - 1000).length;
  assert.ok(due >= 1);
  assert.ok(existsSync(a.sidecar), 'written although decisions kept coming');
  assert.ok(decisionsIn(a.sidecar).length >= due, `${decisionsIn(a.sidecar).length} decisions saved of ${due} made more than 1 s before the kill`);
});
