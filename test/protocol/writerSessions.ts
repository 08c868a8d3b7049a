// The two-writers tests' fixture: a real server over stdio (the client's watchers optional), the article opened in it, and the steps a user or another writer takes.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeWatchedFilesNotification, DidSaveTextDocumentNotification, FileChangeType, InitializeRequest, InitializedNotification,
  MessageActionItem, ProtocolConnection, PublishDiagnosticsNotification, RegistrationRequest, ShowMessageNotification, ShowMessageRequest,
  ShowMessageRequestParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { close, open, pos } from './documents';
import { stopServer } from './serverProcess';

const root = join(__dirname, '..', '..');
export const TEXT = 'التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره الصيني شي جين بينغ لبحث التعاون التجاري.\nوكان بوتين قد زار بكين العام الماضي حيث وقّع اتفاقات في مجال الطاقة.';
const servers: Array<{ server: ChildProcess; conn: ProtocolConnection }> = [];

export interface Session {
  conn: ProtocolConnection; messages: string[]; server: ChildProcess;
  published(uri: string): Promise<void>;
  /** The server's questions (showMessageRequest), answered by `answer` (null: dismissed). */
  prompts: Array<{ params: ShowMessageRequestParams; answer(title: string | null): void }>;
  /** The first message (shown or asked, already or later) that includes `part`. */
  told(part: string): Promise<string>;
}

/** A server whose client watches files (as VS Code does) unless `watching` is false (as some editors do not). */
export async function start(watching = true): Promise<Session> {
  const server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  servers.push({ server, conn });
  const waiting = new Map<string, Array<() => void>>();
  let heard: Array<() => boolean> = [];
  const s: Session = {
    conn, server, messages: [], prompts: [], published: (uri) => new Promise((r) => waiting.set(uri, [...(waiting.get(uri) ?? []), r])),
    told: (part) => new Promise((resolve) => {
      const look = () => { const m = s.messages.find((x) => x.includes(part)); if (m === undefined) return false; resolve(m); return true; };
      if (!look()) heard.push(look);
    }),
  };
  const hear = (message: string) => { s.messages.push(message); heard = heard.filter((look) => !look()); };
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { const w = waiting.get(p.uri) ?? []; waiting.set(p.uri, []); w.forEach((f) => f()); });
  conn.onNotification(ShowMessageNotification.type, (p) => hear(p.message));
  conn.onRequest(ShowMessageRequest.type, (params) => new Promise<MessageActionItem | null>((resolve) => {
    s.prompts.push({ params, answer: (title) => resolve(title ? { title } : null) });
    hear(params.message);
  }));
  // The file watcher's registration (VS Code's client accepts it).
  conn.onRequest(RegistrationRequest.type, () => undefined);
  conn.listen();
  const capabilities = watching ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {};
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities });
  await conn.sendNotification(InitializedNotification.type, {});
  return s;
}

/** Stops every server started since the last call (the tests' afterEach). */
export async function stopAll(): Promise<void> {
  for (const { server, conn } of servers.splice(0)) await stopServer(server, conn);
}

export type Article = { file: string; uri: string; sidecar: string; sidecarUri: string };

/** TEXT as an article in a folder of its own, open in a server of its own: every test's start. */
export async function opened(watching = true): Promise<{ a: Article; me: Session }> {
  const file = join(mkdtempSync(join(tmpdir(), 'ana-other-')), 'article.txt');
  writeFileSync(file, TEXT);
  const a = { file, uri: pathToFileURL(file).toString(), sidecar: `${file}.annotations.json`, sidecarUri: pathToFileURL(`${file}.annotations.json`).toString() };
  const me = await start(watching);
  await open(me, a.uri, TEXT);
  return { a, me };
}

export const decisionsIn = (sidecar: string) => JSON.parse(readFileSync(sidecar, 'utf8')).decisions as Array<{ status: string; text: string }>;
export const statusAt = async (s: Session, uri: string, word: string) =>
  ((await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(TEXT, word) })) as { status: string } | null)?.status;
export const decide = async (s: Session, uri: string, word: string, action: 'accept' | 'reject') => {
  const r = await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, word), action }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
};

/** The editor saves the article (which writes the sidecar); a request answered after it says it was handled. */
export const save = async (s: Session, uri: string) => {
  await s.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(TEXT, 'بوتين') });
};

/** A decision made here and saved: the sidecar holds it alone. */
export async function savedDecision(me: Session, a: Article, word: string): Promise<void> {
  await decide(me, a.uri, word, 'accept');
  await save(me, a.uri);
  assert.equal(decisionsIn(a.sidecar).length, 1);
}

/** What the editor's file watcher sends when the sidecar changes or goes. */
export const watched = (s: Session, uri: string, type: FileChangeType = FileChangeType.Changed) =>
  s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });

/** The second writer: another server opens the article, decides, and closes it (which saves its sidecar). */
export async function otherWriter(a: Article, word: string, action: 'accept' | 'reject'): Promise<void> {
  const them = await start();
  await open(them, a.uri, TEXT);
  await decide(them, a.uri, word, action);
  await close(them, a.uri);
}

/** Resolves once `file` exists: the server's write as the file system sees it (watched first, so none is missed). */
export function written(file: string): Promise<void> {
  return new Promise((resolve) => {
    const w = watch(dirname(file), () => { if (existsSync(file)) { w.close(); resolve(); } });
    if (existsSync(file)) { w.close(); resolve(); }
  });
}
