// Drives dist/server.js over stdio with a real LSP client connection, as an editor would.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest,
  InitializeRequest, InitializedNotification, ProtocolConnection, PublishDiagnosticsNotification, PublishDiagnosticsParams,
  ReferencesRequest, SemanticTokensDeltaRequest, SemanticTokensRangeRequest, SemanticTokensRequest, StreamMessageReader, StreamMessageWriter, DocumentSymbol, MarkupContent, ConfigurationRequest,
  CodeActionRequest,
} from 'vscode-languageserver-protocol/node';
import { absolute } from './documents';

const root = join(__dirname, '..', '..');
const article = readFileSync(join(root, 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8');
let server: ChildProcess;
let conn: ProtocolConnection;
const diagnostics = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>();

/** Resolves with the next diagnostics published for `uri` (an event, not a sleep). */
function nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => diagnostics.set(uri, [...(diagnostics.get(uri) ?? []), resolve]));
}

function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let idx = -1;
  for (let i = 0; i <= nth; i++) idx = text.indexOf(needle, idx + 1);
  assert.ok(idx >= 0, `${needle} not in text`);
  const before = text.slice(0, idx).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 1 };
}

function open(uri: string, text: string, languageId = 'plaintext'): void {
  void conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

before(async () => {
  server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const waiting = diagnostics.get(p.uri) ?? [];
    diagnostics.set(p.uri, []);
    waiting.forEach((f) => f(p));
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({ documentDate: '2025-07-12' })));
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
  });
  assert.deepEqual(init.capabilities.semanticTokensProvider?.legend.tokenTypes, ['person', 'location', 'organization', 'misc', 'date', 'quotation']);
  await conn.sendNotification(InitializedNotification.type, {});
});

after(() => {
  conn.dispose();
  server.kill();
});

test('an Arabic article opened as plain text gets semantic tokens for entities, quotations and dates', async () => {
  const uri = 'file:///tmp/article.txt';
  const published = nextDiagnostics(uri);
  open(uri, article);
  await published;
  const tokens = await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const types = new Set<number>();
  assert.ok(tokens);
  for (let i = 3; i < tokens.data.length; i += 5) types.add(tokens.data[i]);
  for (const t of [0, 1, 4, 5]) assert.ok(types.has(t), `token type ${t} present`);
});

test('hover on a person, a date and a quotation says what they are', async () => {
  const uri = 'file:///tmp/article.txt';
  const hover = async (needle: string, nth = 0) => ((await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(article, needle, nth) }))?.contents as MarkupContent | undefined)?.value ?? '';
  assert.match(await hover('لافروف'), /Person/);
  const date = await hover('الجمعة');
  assert.match(date, /2025-07-11/);
  assert.match(date, /Hijri/);
  const quoteHover = await hover('التقنيات التي');
  assert.match(quoteHover, /Speaker: \*\*.*لافروف/);
  assert.match(quoteHover, /Found by: .*\n?.*Confidence: \d+%/s);
});

test('outline groups entities by label, and references find every mention', async () => {
  const uri = 'file:///tmp/article.txt';
  const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const names = symbols.map((s) => s.name);
  for (const n of ['Persons', 'Locations', 'Quotations', 'Dates and times']) assert.ok(names.includes(n), n);
  const refs = await conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positionOf(article, 'لافروف', 3), context: { includeDeclaration: true } });
  assert.ok((refs ?? []).length >= 5, `found ${refs?.length} mentions`);
});

test('an incremental edit before a span moves its hover', async () => {
  const uri = 'file:///tmp/edit.txt';
  const text = 'وصل الرئيس الروسي فلاديمير بوتين إلى موسكو.';
  let published = nextDiagnostics(uri);
  open(uri, text);
  await published;
  published = nextDiagnostics(uri);
  const prefix = 'عاجل: ';
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: prefix }],
  });
  await published;
  const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(prefix + text, 'بوتين') });
  assert.match((h?.contents as MarkupContent).value, /Person/);
  const shifted = h!.range!.start.character;
  assert.equal(shifted, (prefix + text).indexOf('فلاديمير'));
});


test('after an edit, the tokens delta turns the previous tokens into the new ones, and a range answers the same tokens as the full request', async () => {
  const uri = 'file:///tmp/delta.txt';
  let published = nextDiagnostics(uri);
  open(uri, article);
  await published;
  const first = await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  assert.ok(first?.resultId, 'a full answer carries a result id');
  published = nextDiagnostics(uri);
  const inserted = 'وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس مستعدة.\n';
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: inserted }],
  });
  await published;
  const delta = await conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: first.resultId });
  const full = await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  assert.ok(delta && 'edits' in delta && full);
  const patched = [...first.data];
  for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
  assert.deepEqual(patched, full.data);
  assert.notDeepEqual(full.data, first.data, 'the inserted sentence has names');
  const window = { start: { line: 1, character: 0 }, end: { line: 4, character: 0 } };
  const range = await conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: window });
  const inWindow = absolute(full.data).filter(([line]) => line >= 1 && line < 4);
  assert.ok(inWindow.length > 0);
  assert.deepEqual(absolute(range?.data ?? []), inWindow);
});

test('English plain text is left alone', async () => {
  const uri = 'file:///tmp/english.txt';
  const published = nextDiagnostics(uri);
  open(uri, 'President Vladimir Putin met Kim Jong Un in Pyongyang on Saturday.');
  await published;
  const tokens = await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  assert.equal(tokens?.data.length ?? 0, 0);
});

test('an unbalanced quotation mark gets a warning with a quick fix that only inserts', async () => {
  const uri = 'file:///tmp/broken.txt';
  const published = nextDiagnostics(uri);
  open(uri, 'وقال المتحدث باسم الحكومة: “إن الوضع خطير جدا في المنطقة.');
  const d = await published;
  assert.equal(d.diagnostics.length, 1);
  const actions = await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.diagnostics[0].range, context: { diagnostics: d.diagnostics } });
  const edit = (actions as Array<{ edit: { changes: Record<string, Array<{ range: { start: unknown; end: unknown }; newText: string }>> } }>)[0].edit.changes[uri][0];
  assert.deepEqual(edit.range.start, edit.range.end);
  assert.equal(edit.newText, '”');
});

test('a large document does not hold up requests for another one', async () => {
  const big = 'file:///tmp/big.txt';
  const small = 'file:///tmp/small.txt';
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 1_000_000; i++) lines.push(`${article.split('\n')[i % 11]} ${i}`);
  const bigText = lines.join('\n');
  const smallText = 'وصل الرئيس الروسي فلاديمير بوتين إلى موسكو.';
  open(big, bigText);
  open(small, smallText);
  const order: string[] = [];
  const tokens = conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: big } }).then(() => order.push('big'));
  const hover = conn.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: positionOf(smallText, 'بوتين') }).then((h) => {
    order.push('small');
    return h;
  });
  const h = await hover;
  await tokens;
  assert.match((h?.contents as MarkupContent).value, /Person/);
  assert.deepEqual(order, ['small', 'big']);
});

test('a document opened again while open, or changed under a version number it already had, gets its new text\'s tokens', async () => {
  const uri = 'file:///tmp/versions.txt', ref = 'file:///tmp/versions-ref.txt';
  const added = 'قال الرئيس الأمريكي جو بايدن في واشنطن إن الأمم المتحدة ستجتمع.\n';
  const tokensOf = async (u: string) => (await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: u } }))?.data;
  open(uri, article);
  const first = await tokensOf(uri);
  open(ref, added + article);
  const expected = await tokensOf(ref);
  assert.notDeepEqual(expected, first, 'the added sentence has names');
  // didOpen re-sent without a close, same version number, new text
  open(uri, added + article);
  assert.deepEqual(await tokensOf(uri), expected, 'reopened');
  // a change whose version number does not rise
  open(uri, article);
  assert.deepEqual(await tokensOf(uri), first);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 1 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }],
  });
  assert.deepEqual(await tokensOf(uri), expected, 'changed under version 1');
});
