// Another writer changes the sidecar of an article open here (a second window, Neovim, a synced teammate), against the real server.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, test } from 'node:test';
import {
  createProtocolConnection, DidChangeWatchedFilesNotification, DidSaveTextDocumentNotification, FileChangeType, InitializeRequest, InitializedNotification,
  MessageActionItem, ProtocolConnection, PublishDiagnosticsNotification, RegistrationRequest, ShowMessageNotification, ShowMessageRequest,
  ShowMessageRequestParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { close, open, pos } from './documents';
import { stopServer } from './serverProcess';

const root = join(__dirname, '..', '..');
const TEXT = 'التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره الصيني شي جين بينغ لبحث التعاون التجاري.\nوكان بوتين قد زار بكين العام الماضي حيث وقّع اتفاقات في مجال الطاقة.';
const servers: Array<{ server: ChildProcess; conn: ProtocolConnection }> = [];

interface Session {
  conn: ProtocolConnection; messages: string[];
  published(uri: string): Promise<void>;
  /** The server's questions (showMessageRequest), answered by `answer` (null: dismissed). */
  prompts: Array<{ params: ShowMessageRequestParams; answer(title: string | null): void }>;
}

/** A server whose client watches files (as VS Code does) unless `watching` is false (as some editors do not). */
async function start(watching = true): Promise<Session> {
  const server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  servers.push({ server, conn });
  const waiting = new Map<string, Array<() => void>>();
  const s: Session = { conn, messages: [], prompts: [], published: (uri) => new Promise((r) => waiting.set(uri, [...(waiting.get(uri) ?? []), r])) };
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { const w = waiting.get(p.uri) ?? []; waiting.set(p.uri, []); w.forEach((f) => f()); });
  conn.onNotification(ShowMessageNotification.type, (p) => { s.messages.push(p.message); });
  conn.onRequest(ShowMessageRequest.type, (params) => new Promise<MessageActionItem | null>((resolve) => {
    s.messages.push(params.message);
    s.prompts.push({ params, answer: (title) => resolve(title ? { title } : null) });
  }));
  // The file watcher's registration (VS Code's client accepts it).
  conn.onRequest(RegistrationRequest.type, () => undefined);
  conn.listen();
  const capabilities = watching ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {};
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities });
  await conn.sendNotification(InitializedNotification.type, {});
  return s;
}

afterEach(async () => { for (const { server, conn } of servers.splice(0)) await stopServer(server, conn); });

function article(): { file: string; uri: string; sidecar: string; sidecarUri: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ana-other-')), 'article.txt');
  writeFileSync(file, TEXT);
  return { file, uri: pathToFileURL(file).toString(), sidecar: `${file}.annotations.json`, sidecarUri: pathToFileURL(`${file}.annotations.json`).toString() };
}

const decisionsIn = (sidecar: string) => JSON.parse(readFileSync(sidecar, 'utf8')).decisions as Array<{ status: string; text: string }>;
const statusAt = async (s: Session, uri: string, word: string) =>
  ((await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(TEXT, word) })) as { status: string } | null)?.status;
const decide = async (s: Session, uri: string, word: string, action: 'accept' | 'reject') => {
  const r = await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, word), action }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
};
/** The editor saves the article (which writes the sidecar); a request answered after it says it was handled. */
const save = async (s: Session, uri: string) => {
  await s.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(TEXT, 'بوتين') });
};
/** What the editor's file watcher sends when the sidecar changes or goes. */
const watched = (s: Session, uri: string, type: FileChangeType = FileChangeType.Changed) =>
  s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });

/** The second writer: another server opens the article, decides, and closes it (which saves its sidecar). */
async function otherWriter(a: ReturnType<typeof article>, word: string, action: 'accept' | 'reject'): Promise<void> {
  const them = await start();
  await open(them, a.uri, TEXT);
  await decide(them, a.uri, word, action);
  await close(them, a.uri);
}

test('a decision another editor saves appears here (annotations, boxes) once the watcher tells of the change', { timeout: 60_000 }, async () => {
  const a = article();
  const me = await start();
  await open(me, a.uri, TEXT);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'suggested');
  await otherWriter(a, 'بكين', 'accept');
  const republished = me.published(a.uri);
  await watched(me, a.sidecarUri);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted', 'the other writer\'s decision is merged in');
  // The editor's boxes and views redraw on the analysis the change scheduled.
  await republished;
  const model = await me.conn.sendRequest('arabicNews/renderModel', { uri: a.uri }) as { spans: Array<{ start: number; status: string }> };
  assert.equal(model.spans.find((x) => x.start === TEXT.indexOf('بكين'))?.status, 'accepted');
});

test('a decision not yet saved here survives the other writer\'s change and is written beside theirs', { timeout: 60_000 }, async () => {
  const a = article();
  const me = await start();
  await open(me, a.uri, TEXT);
  await otherWriter(a, 'بكين', 'accept');
  await decide(me, a.uri, 'موسكو', 'reject');
  await watched(me, a.sidecarUri);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted', 'theirs merged in');
  assert.equal(await statusAt(me, a.uri, 'موسكو'), undefined, 'mine kept (a rejection: no annotation there)');
  await close(me, a.uri);
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => `${d.text}:${d.status}`).sort(), ['بكين:accepted', 'موسكو:rejected']);
  assert.ok(!me.messages.some((m) => m.includes('Both changed')), me.messages.join('\n'));
});

test('a client that watches no files: coming back to the editor, or saving the article, lets the other writer\'s decisions in', { timeout: 60_000 }, async () => {
  const a = article();
  const me = await start(false);
  await open(me, a.uri, TEXT);
  await otherWriter(a, 'موسكو', 'reject');
  await me.conn.sendNotification('arabicNews/sidecarCheck', {});
  assert.equal(await statusAt(me, a.uri, 'موسكو'), undefined, 'rejected: no annotation there any more');
  await otherWriter(a, 'بكين', 'accept');
  await me.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: a.uri } });
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted');
});

test('a sidecar deleted on disk: the decisions here are kept, the user is told, and can write them back', { timeout: 60_000 }, async () => {
  const a = article();
  const me = await start();
  await open(me, a.uri, TEXT);
  await decide(me, a.uri, 'بكين', 'accept');
  await save(me, a.uri);
  assert.equal(decisionsIn(a.sidecar).length, 1);
  assert.ok(!me.messages.some((m) => m.includes('deleted')), 'a sidecar written the first time was not "deleted"');
  unlinkSync(a.sidecar);
  await watched(me, a.sidecarUri, FileChangeType.Deleted);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted', 'not taken as "no decisions"');
  const told = me.prompts.find((p) => p.params.message.includes('was deleted'));
  assert.ok(told, me.messages.join('\n'));
  assert.match(told.params.message, /1 annotation is kept here/);
  told.answer('Write Back Now');
  // Our answer is written once its promise settles: a turn later, so the request below follows it on the wire.
  await new Promise((r) => setImmediate(r));
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted');
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text), ['بكين']);
});

test('a malformed sidecar from the other writer is told as a failed save would be and never overwritten; the decisions stay', { timeout: 60_000 }, async () => {
  const a = article();
  const me = await start();
  await open(me, a.uri, TEXT);
  await decide(me, a.uri, 'بكين', 'accept');
  await save(me, a.uri);
  assert.equal(decisionsIn(a.sidecar).length, 1);
  const broken = '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [';
  writeFileSync(a.sidecar, broken);
  await watched(me, a.sidecarUri);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted');
  const told = me.prompts.find((p) => p.params.message.includes('cannot be read'));
  assert.ok(told, me.messages.join('\n'));
  assert.deepEqual(told.params.actions?.map((x) => x.title), ['Retry', 'Save As…']);
  told.answer(null);
  await decide(me, a.uri, 'موسكو', 'reject');
  await close(me, a.uri);
  assert.equal(readFileSync(a.sidecar, 'utf8'), broken);
  assert.ok(existsSync(a.sidecar));
});
