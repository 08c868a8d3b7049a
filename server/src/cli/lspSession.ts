// A stdio LSP client on dist/server.js, as an editor drives it: for the index benchmark and the protocol tests.
import { ChildProcess, spawn } from 'child_process';
import { serverEnv } from '../serverEnv';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest, ProtocolConnection, PublishDiagnosticsNotification,
  RegistrationRequest, ServerCapabilities, ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import type { IndexStatus } from '../index/indexMessages';

export interface Session {
  conn: ProtocolConnection;
  server: ChildProcess;
  /** Resolves with the first index status that satisfies `when`, the latest one already reported included. */
  status(when: (s: IndexStatus) => boolean): Promise<IndexStatus>;
  /** Resolves at the next diagnostics for `uri` (of `version` or later when given). */
  published(uri: string, version?: number): Promise<void>;
  progress: unknown[];
  /** Tokens of the progress the server created (window/workDoneProgress/create), in order. */
  tokens: Array<string | number>;
  /** Resolves with the token of the next $/progress of this kind (begin, report, end). */
  nextProgress(kind: string): Promise<string | number>;
  registrations: string[];
  /** The server's log messages (window/logMessage), in order. */
  logs: string[];
  /** When the initialize answer came (hrtime ms): the server process is up (its model loads right after). */
  initializedAt: number;
  /** What the server declared in its initialize answer. */
  capabilities: ServerCapabilities;
  /** How many times the server asked for semantic tokens again (workspace/semanticTokens/refresh). */
  refreshes(): number;
  /** Resolves at the next workspace/semanticTokens/refresh. */
  nextRefresh(): Promise<void>;
  stop(): Promise<void>;
}

/** `client.refreshSupport: false`: a client that cannot be asked to re-request semantic tokens (many stdio clients). */
export async function startSession(root: string, folder: string, options: Record<string, unknown>, client: { refreshSupport?: boolean } = {}): Promise<Session> {
  // BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=out/prof`) profiles the server process a benchmark drives.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: serverEnv(process.env) });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting: Array<{ when: (s: IndexStatus) => boolean; resolve: (s: IndexStatus) => void }> = [];
  const diagnostics = new Map<string, Array<{ version?: number; resolve: () => void }>>();
  const progress: unknown[] = [];
  const registrations: string[] = [];
  const tokens: Array<string | number> = [];
  let latest: IndexStatus | undefined;
  conn.onNotification('arabicNews/indexStatus', (s: IndexStatus) => {
    latest = s;
    for (const w of [...waiting]) if (w.when(s)) { waiting.splice(waiting.indexOf(w), 1); w.resolve(s); }
  });
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const ws = diagnostics.get(p.uri) ?? [];
    // A waiter for a version is answered by that version's diagnostics or a later one's, never by an earlier run's.
    const done = ws.filter((w) => w.version === undefined || p.version === undefined || p.version >= w.version);
    diagnostics.set(p.uri, ws.filter((w) => !done.includes(w)));
    done.forEach((w) => w.resolve());
  });
  conn.onRequest(WorkDoneProgressCreateRequest.type, (p) => { tokens.push(p.token);});
  conn.onRequest(RegistrationRequest.type, (p) => { registrations.push(...p.registrations.map((r) => r.method)); });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  const progressWaiters: Array<{ kind: string; resolve: (token: string | number) => void }> = [];
  conn.onNotification('$/progress', (p: { token: string | number; value: { kind: string } }) => {
    progress.push(p.value);
    for (const w of progressWaiters.filter((x) => x.kind === p.value.kind)) { progressWaiters.splice(progressWaiters.indexOf(w), 1); w.resolve(p.token); }
  });
  let refreshes = 0;
  let refreshWaiters: Array<() => void> = [];
  conn.onRequest('workspace/semanticTokens/refresh', () => { refreshes++; const w = refreshWaiters; refreshWaiters = []; w.forEach((f) => f()); return null; });
  const logs: string[] = [];
  conn.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, initializationOptions: options,
    workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }],
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, semanticTokens: { refreshSupport: client.refreshSupport ?? true } } },
  });
  const initializedAt = Number(process.hrtime.bigint()) / 1e6;
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    conn, server, progress, registrations, tokens, initializedAt, logs, capabilities: init.capabilities, refreshes: () => refreshes,
    nextRefresh: () => new Promise((resolve) => refreshWaiters.push(resolve)),
    nextProgress: (kind) => new Promise((resolve) => progressWaiters.push({ kind, resolve })),
    // The status already reported counts: it may have come before the caller started waiting.
    status: (when) => new Promise((resolve) => { if (latest && when(latest)) resolve(latest); else waiting.push({ when, resolve }); }),
    published: (uri, version) => new Promise((resolve) => diagnostics.set(uri, [...(diagnostics.get(uri) ?? []), { version, resolve }])),
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try { await conn.sendRequest(ShutdownRequest.type); await conn.sendNotification(ExitNotification.type); } catch { server.kill(); }
      await exited;
      conn.dispose();
    },
  };
}

/** Resident memory (current and peak) of a process, from /proc on Linux; undefined elsewhere. */
export function rssOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}
