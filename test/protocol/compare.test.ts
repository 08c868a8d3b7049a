// Comparing with another annotator over LSP: disagreements as review items; taking theirs writes only this user's sidecar.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, test } from 'node:test';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, ProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { close, open, pos } from './documents';
import { reportIfLingering } from './lingering';
import { stopServer } from './serverProcess';

const root = join(__dirname, '..', '..');
// Written for this test: a report from Amman with a minister, a ministry and a city.
const TEXT = 'عمان - استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم نظيره المصري سامح شكري.\nوقال الصفدي إن وزارة الخارجية المصرية ستشارك في الاجتماع المقبل في القاهرة.';
let server: ChildProcess | undefined;

interface Session { conn: ProtocolConnection; published: (uri: string) => Promise<void> }

async function start(): Promise<Session> {
  server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting = new Map<string, Array<() => void>>();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { const w = waiting.get(p.uri) ?? []; waiting.set(p.uri, []); w.forEach((f) => f()); });
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  return { conn, published: (uri) => new Promise((r) => waiting.set(uri, [...(waiting.get(uri) ?? []), r])) };
}

afterEach(async () => { await stopServer(server); server = undefined; });
after(() => reportIfLingering('protocol/compare.test.js'));

const range = (word: string, nth = 0) => {
  const p = pos(TEXT, word, nth);
  return { start: { line: p.line, character: p.character - 1 }, end: { line: p.line, character: p.character - 1 + word.length } };
};

interface Side { label: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }
interface Compared { ok: boolean; message: string; items: Array<{ kind: string; mine?: Side; theirs?: Side }>; labels: Array<{ label: string; f1?: number; kappa?: number }> }

test('disagreements with a colleague\'s sidecar are listed; taking theirs changes my sidecar and never theirs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-compare-'));
  mkdirSync(join(dir, 'me'));
  mkdirSync(join(dir, 'colleague'));
  const mine = join(dir, 'me', 'report.txt');
  const theirs = join(dir, 'colleague', 'report.txt');
  writeFileSync(mine, TEXT);
  copyFileSync(mine, theirs);
  const [me, them] = [pathToFileURL(mine).toString(), pathToFileURL(theirs).toString()];
  const s = await start();

  // The colleague: the minister as a PERSON, the ministry as an ORGANIZATION, Cairo as an ORGANIZATION (by mistake).
  await open(s, them, TEXT);
  for (const [word, label, nth] of [['أيمن الصفدي', 'PERSON', 0], ['وزارة الخارجية المصرية', 'ORGANIZATION', 0], ['القاهرة', 'ORGANIZATION', 0]] as const) {
    const r = await s.conn.sendRequest('arabicNews/annotate', { uri: them, range: range(word, nth), label, literal: true }) as { ok: boolean; message: string };
    assert.ok(r.ok, r.message);
  }
  await close(s, them);
  const theirSidecar = `${theirs}.annotations.json`;
  const before = readFileSync(theirSidecar);

  // Me: the same minister, Cairo as a LOCATION, and the Egyptian minister, whom the colleague left out.
  await open(s, me, TEXT);
  for (const [word, label] of [['أيمن الصفدي', 'PERSON'], ['القاهرة', 'LOCATION'], ['سامح شكري', 'PERSON']] as const) {
    await s.conn.sendRequest('arabicNews/annotate', { uri: me, range: range(word), label, literal: true });
  }

  const own = await s.conn.sendRequest('arabicNews/compare', { uri: me, file: `${mine}.annotations.json` }) as Compared;
  assert.equal(own.ok, false, 'comparing with my own sidecar is refused');

  const r = await s.conn.sendRequest('arabicNews/compare', { uri: me, file: pathToFileURL(theirSidecar).toString() }) as Compared;
  assert.ok(r.ok, r.message);
  const kinds = r.items.map((i) => `${i.kind}:${i.mine?.label ?? '-'}:${i.theirs?.label ?? '-'}:${(i.mine ?? i.theirs)!.text}`);
  assert.deepEqual(kinds, [
    'onlyMine:PERSON:-:سامح شكري',
    'onlyTheirs:-:ORGANIZATION:وزارة الخارجية المصرية',
    'label:LOCATION:ORGANIZATION:القاهرة',
  ]);
  const person = r.labels.find((l) => l.label === 'PERSON')!;
  assert.equal(person.f1, 2 / 3, 'one of my two persons is theirs too');

  // Take theirs on the label conflict and on the span only they marked, as the view's button does.
  for (const item of r.items.filter((i) => i.kind !== 'onlyMine')) {
    const x = await s.conn.sendRequest('arabicNews/annotate', { uri: me, range: item.theirs!.range, label: item.theirs!.label, literal: true }) as { ok: boolean; message: string };
    assert.ok(x.ok, x.message);
  }
  const again = await s.conn.sendRequest('arabicNews/compare', { uri: me, file: theirSidecar }) as Compared;
  assert.deepEqual(again.items.map((i) => i.kind), ['onlyMine'], 'only the span I kept is left to settle');

  await close(s, me);
  const saved = JSON.parse(readFileSync(`${mine}.annotations.json`, 'utf8')) as { decisions: Array<{ text: string; label: string; status: string }> };
  const live = saved.decisions.filter((d) => d.status !== 'rejected').map((d) => `${d.label}:${d.text}`).sort();
  assert.deepEqual(live, ['ORGANIZATION:القاهرة', 'ORGANIZATION:وزارة الخارجية المصرية', 'PERSON:أيمن الصفدي', 'PERSON:سامح شكري'].sort());
  assert.ok(readFileSync(theirSidecar).equals(before), 'the colleague\'s sidecar is byte for byte what it was');
});

test('a colleague\'s JSON export works too, even without their copy of the article beside it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-compare-'));
  const mine = join(dir, 'report.txt');
  writeFileSync(mine, TEXT);
  const me = pathToFileURL(mine).toString();
  const s = await start();
  await open(s, me, TEXT);
  await s.conn.sendRequest('arabicNews/annotate', { uri: me, range: range('القاهرة'), label: 'LOCATION', literal: true });
  // Their export counts code points; its article path points nowhere on this machine.
  const at = [...TEXT.slice(0, TEXT.indexOf('القاهرة'))].length;
  const exported = join(dir, 'colleague.json');
  writeFileSync(exported, JSON.stringify({
    schema: 'arabic-news-annotator/annotations@1', document: { path: '/elsewhere/report.txt', offsets: 'codepoint' },
    annotations: [{ label: 'LOCATION', start: at, end: at + 7, text: 'القاهرة', status: 'accepted' }, { label: 'PERSON', start: 0, end: 4, text: 'ليست', status: 'accepted' }],
  }));
  const r = await s.conn.sendRequest('arabicNews/compare', { uri: me, file: exported }) as Compared;
  assert.ok(r.ok, r.message);
  assert.deepEqual(r.items, [], 'Cairo agrees; the span whose words are not in this text is left out');
  assert.match(r.message, /1 of theirs left out/);
});
