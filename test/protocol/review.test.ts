// The annotation workflow over LSP: decisions persist in the sidecar, survive edits and restarts, and export.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, test } from 'node:test';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, InitializeRequest,
  InitializedNotification, ProtocolConnection, PublishDiagnosticsNotification, ShowMessageNotification, ShowMessageRequest, StreamMessageReader, StreamMessageWriter,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { close, open, pos } from './documents';
import { reportIfLingering } from './lingering';
import { stopServer } from './serverProcess';

const root = join(__dirname, '..', '..');
const TEXT = 'التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره الصيني شي جين بينغ.\nوقال بوتين للصحافيين: “العلاقات بين البلدين في أفضل حالاتها على الإطلاق”.';
let server: ChildProcess | undefined;

interface Session { conn: ProtocolConnection; messages: string[]; published: (uri: string) => Promise<void> }

async function start(): Promise<Session> {
  server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const messages: string[] = [];
  const waiting = new Map<string, Array<() => void>>();
  conn.onNotification(ShowMessageNotification.type, (p) => { messages.push(p.message); });
  conn.onRequest(ShowMessageRequest.type, (p) => { messages.push(p.message); return null; });
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { const w = waiting.get(p.uri) ?? []; waiting.set(p.uri, []); w.forEach((f) => f()); });
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  return { conn, messages, published: (uri) => new Promise((r) => waiting.set(uri, [...(waiting.get(uri) ?? []), r])) };
}

afterEach(async () => { await stopServer(server); server = undefined; });
after(() => reportIfLingering('protocol/review.test.js'));

function article(text = TEXT): { file: string; uri: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ana-')), 'article.txt');
  writeFileSync(file, text);
  return { file, uri: pathToFileURL(file).toString() };
}


test('annotate a selection as PERSON: saved beside the article, still there after a restart', async () => {
  const { file, uri } = article();
  let s = await start();
  await open(s, uri, TEXT);
  const sel = TEXT.indexOf('شي جين بينغ');
  const range = { start: pos(TEXT, 'شي جين بينغ'), end: { line: 0, character: sel + 'شي جين بينغ.'.length } };
  range.start.character -= 1;
  const r = await s.conn.sendRequest('arabicNews/annotate', { uri, range, label: 'PERSON' }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  await close(s, uri);
  const sidecar = JSON.parse(readFileSync(`${file}.annotations.json`, 'utf8'));
  assert.equal(sidecar.decisions[0].text, 'شي جين بينغ', 'the span snapped to the name, without the full stop');
  await stopServer(server);
  s = await start();
  await open(s, uri, TEXT);
  const x = await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(TEXT, 'جين') }) as { label: string; status: string };
  assert.deepEqual([x.label, x.status], ['PERSON', 'manual']);
});

test('a rejected suggestion stays rejected after re-analysis; an edit before a span moves it', async () => {
  const { file, uri } = article();
  const s = await start();
  await open(s, uri, TEXT);
  const at = pos(TEXT, 'موسكو');
  const before = await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: at }) as { label: string } | null;
  assert.ok(before, 'Moscow is suggested');
  await s.conn.sendRequest('arabicNews/decide', { uri, position: at, action: 'reject' });
  await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, 'بوتين', 1), action: 'accept' });
  const prefix = 'عاجل: ';
  const edited = s.published(uri);
  await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: prefix }] });
  await edited;
  const moved = prefix + TEXT;
  assert.equal(await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(moved, 'موسكو') }), null, 'still rejected');
  const accepted = await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(moved, 'بوتين', 1) }) as { status: string };
  assert.equal(accepted.status, 'accepted');
  await close(s, uri);
  const sidecar = JSON.parse(readFileSync(`${file}.annotations.json`, 'utf8'));
  const d = sidecar.decisions.find((x: { status: string }) => x.status === 'accepted');
  assert.equal(moved.slice(d.start, d.end), 'بوتين');
});

test('a malformed sidecar gives an error naming the file and line, and is never overwritten', async () => {
  const { file, uri } = article();
  const broken = '{\n  "schema": "arabic-news-annotator/sidecar@1",\n  "decisions": [ oops ]\n}\n';
  writeFileSync(`${file}.annotations.json`, broken);
  const s = await start();
  await open(s, uri, TEXT);
  assert.ok(s.messages.some((m) => m.includes(`${file}.annotations.json:3`)), s.messages.join('\n'));
  const r = await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, 'موسكو'), action: 'reject' }) as { ok: boolean };
  assert.equal(r.ok, false);
  await close(s, uri);
  assert.equal(readFileSync(`${file}.annotations.json`, 'utf8'), broken);
});

test('an article rewritten outside the editor: spans are re-anchored, or reported when gone', async () => {
  const { file, uri } = article();
  let s = await start();
  await open(s, uri, TEXT);
  await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, 'بوتين'), action: 'accept' });
  await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, 'موسكو'), action: 'accept' });
  await close(s, uri);
  await stopServer(server);
  const rewritten = 'مقدمة جديدة للخبر.\n' + TEXT.replace('في موسكو', 'في العاصمة');
  writeFileSync(file, rewritten);
  s = await start();
  await open(s, uri, rewritten);
  assert.ok(s.messages.some((m) => m.includes('موسكو')), 'the lost span is reported');
  const x = await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(rewritten, 'بوتين') }) as { status: string };
  assert.equal(x.status, 'accepted');
});

test('export produces all four formats from the same engine as the CLI', async () => {
  const { uri } = article();
  const s = await start();
  await open(s, uri, TEXT);
  for (const format of ['json', 'brat', 'conll', 'jsonl']) {
    const r = await s.conn.sendRequest('arabicNews/export', { uri, format, offsets: 'codepoint', includeSuggestions: true }) as { files: Array<{ name: string; content: string }> };
    assert.ok(r.files.length >= 1, format);
    if (format === 'json') assert.ok(JSON.parse(r.files[0].content).annotations.length > 3);
    if (format === 'brat') assert.match(r.files[0].content, /^T1\t/m);
  }
  assert.ok(!existsSync(join(root, 'article.txt.annotations.json')));
});

test('workspace symbols find entities across the articles of the folder, unopened ones too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-ws-'));
  writeFileSync(join(dir, 'one.txt'), TEXT);
  writeFileSync(join(dir, 'two.txt'), 'وصل الرئيس الروسي فلاديمير بوتين إلى بكين في زيارة رسمية.');
  writeFileSync(join(dir, 'english.txt'), 'Vladimir Putin arrived in Beijing.');
  server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  // The folder is indexed in the background: the server says when it is done.
  const indexed = new Promise((resolve) => conn.onNotification('arabicNews/indexStatus', (st: { state: string }) => { if (st.state === 'ready') resolve(st); }));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'news' }], capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  await indexed;
  const symbols = await conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'بوتين' }) as Array<{ location: { uri: string } }>;
  const files = new Set(symbols.map((s) => s.location.uri.split('/').pop()));
  assert.deepEqual([...files].sort(), ['one.txt', 'two.txt']);
  assert.ok((symbols as unknown as Array<{ name: string }>).every((sym) => sym.name.includes('بوتين')));
});

test('exports round-trip: importing our JSON or a brat .ann restores the same spans and labels (LF, and CRLF with an emoji)', async () => {
  const s = await start();
  for (const text of [TEXT, `😀 ${TEXT.replace(/\n/g, '\r\n\r\n')}`]) {
    const source = article(text);
    await open(s, source.uri, text);
    await s.conn.sendRequest('arabicNews/annotate', { uri: source.uri, range: { start: { line: 0, character: text.indexOf('شي جين') }, end: { line: 0, character: text.indexOf('بينغ') + 4 } }, label: 'PERSON' });
    const spansOf = (json: string) => (JSON.parse(json).annotations as Array<{ start: number; end: number; label: string }>).map((x) => `${x.start}-${x.end}:${x.label}`).sort();
    const exported = async (uri: string, format: string, includeSuggestions: boolean) =>
      ((await s.conn.sendRequest('arabicNews/export', { uri, format, offsets: 'codepoint', includeSuggestions })) as { files: Array<{ content: string }> }).files[0].content;
    const json = await exported(source.uri, 'json', true);
    const ann = await exported(source.uri, 'brat', true);
    for (const [format, content] of [['json', json], ['brat', ann]]) {
      const target = article(text);
      await open(s, target.uri, text);
      const r = await s.conn.sendRequest('arabicNews/import', { uri: target.uri, format, content }) as { ok: boolean; message: string };
      assert.ok(r.ok && !/skipped/.test(r.message), r.message);
      assert.deepEqual(spansOf(await exported(target.uri, 'json', false)), spansOf(json), `${format} round trip`);
    }
  }
});

test('setting a quotation speaker persists, and rejected mentions leave references', async () => {
  const { uri } = article();
  const s = await start();
  await open(s, uri, TEXT);
  const quote = pos(TEXT, 'العلاقات بين');
  const xi = TEXT.indexOf('شي جين بينغ');
  await s.conn.sendRequest('arabicNews/annotate', { uri, range: { start: { line: 0, character: xi }, end: { line: 0, character: xi + 'شي جين بينغ'.length } }, label: 'PERSON' });
  const r = await s.conn.sendRequest('arabicNews/setSpeaker', { uri, position: quote, speaker: { start: xi, end: xi + 'شي جين بينغ'.length } }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  const q = await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: quote }) as { attributes: { speaker: { text: string; via: string } } };
  assert.deepEqual([q.attributes.speaker.text, q.attributes.speaker.via], ['شي جين بينغ', 'annotator']);
  const refs = async () => ((await s.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: pos(TEXT, 'بوتين'), context: { includeDeclaration: true } })) as unknown[]).length;
  const before = await refs();
  assert.ok(before >= 2, `${before} mentions of Putin`);
  await s.conn.sendRequest('arabicNews/decide', { uri, position: pos(TEXT, 'بوتين', 1), action: 'reject' });
  assert.equal(await refs(), before - 1);
});

test('undo and redo of annotation commands; a text edit ends the chain', async () => {
  const { uri } = article();
  const s = await start();
  await open(s, uri, TEXT);
  const at = pos(TEXT, 'موسكو');
  const state = async () => (await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: at })) as { status: string } | null;
  await s.conn.sendRequest('arabicNews/decide', { uri, position: at, action: 'accept' });
  assert.equal((await state())?.status, 'accepted');
  assert.ok(((await s.conn.sendRequest('arabicNews/undo', { uri })) as { ok: boolean }).ok);
  assert.equal((await state())?.status, 'suggested');
  assert.ok(((await s.conn.sendRequest('arabicNews/redo', { uri })) as { ok: boolean }).ok);
  assert.equal((await state())?.status, 'accepted');
  const edited = s.published(uri);
  await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }] });
  await edited;
  assert.equal(((await s.conn.sendRequest('arabicNews/undo', { uri })) as { ok: boolean }).ok, false, 'after an edit Ctrl+Z is the editor\'s again');
});

test('accept all of a label writes one decision per suggestion, each with its own id', async () => {
  const { file, uri } = article();
  const s = await start();
  await open(s, uri, TEXT);
  const r = await s.conn.sendRequest('arabicNews/acceptAll', { uri, label: 'PERSON' }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  await close(s, uri);
  const ids = (JSON.parse(readFileSync(`${file}.annotations.json`, 'utf8')).decisions as Array<{ id: string }>).map((d) => d.id);
  assert.ok(ids.length >= 2, `${ids.length} decisions`);
  assert.equal(new Set(ids).size, ids.length, ids.join(','));
});

test('each article keeps its own date: relative dates resolve against it, and it is saved in its sidecar', async () => {
  const text = 'وصل الوزير إلى القاهرة أمس في زيارة تستمر يومين.';
  const first = article(text);
  const second = article(text);
  const s = await start();
  await open(s, first.uri, text);
  await open(s, second.uri, text);
  const value = async (uri: string) => ((await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: pos(text, 'أمس') })) as { attributes: { value: string } }).attributes.value;
  assert.match(await value(first.uri), /^X|P/, 'unresolved without a date');
  const r = await s.conn.sendRequest('arabicNews/setDocumentDate', { uri: first.uri, date: '2024-03-05' }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  assert.equal(await value(first.uri), '2024-03-04', 'أمس is the day before the article\'s date');
  assert.notEqual(await value(second.uri), '2024-03-04', 'the other article keeps its own (no) date');
  const bad = await s.conn.sendRequest('arabicNews/setDocumentDate', { uri: first.uri, date: '2024-13-45' }) as { ok: boolean };
  assert.equal(bad.ok, false);
  await close(s, first.uri);
  assert.equal(JSON.parse(readFileSync(`${first.file}.annotations.json`, 'utf8')).document.date, '2024-03-05');
});

test('an article marked reviewed says so in its sidecar, for the model to learn from it whole', async () => {
  const { file, uri } = article();
  const s = await start();
  await open(s, uri, TEXT);
  const r = await s.conn.sendRequest('arabicNews/markReviewed', { uri, reviewed: true }) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  await close(s, uri);
  const sidecar = JSON.parse(readFileSync(`${file}.annotations.json`, 'utf8'));
  assert.equal(sidecar.reviewed, true);
  assert.deepEqual(sidecar.decisions, []);
});
