// The annotation commands as a raw LSP client may send them: parameters of the wrong type are refused with a clear
// message and change nothing; a document that is not open is said to be not open; valid calls run as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { _Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { NOT_OPEN, wireReviewRequests } from '../../../server/src/reviewRequests';
import { SidecarStore } from '../../../server/src/sidecarStore';

const quiet = { error: () => {}, unsaveable: () => {}, orphaned: () => {}, changed: () => {}, writeFailed: () => {}, saved: () => {}, merged: () => {}, deleted: () => {}, rescued: () => {}, stray: () => {} };
const TEXT = 'التقى وزير الخارجية الروسي سيرجي لافروف زعيم كوريا الشمالية كيم جونج أون في بيونج يانج.';
const URI = 'untitled:commands.txt';

function wired() {
  const model = loadDefaultModel();
  const doc = TextDocument.create(URI, 'plaintext', 1, TEXT);
  const sidecars = new SidecarStore(quiet);
  sidecars.open(URI, TEXT);
  const handlers = new Map<string, (p: unknown) => unknown>();
  const connection = { onRequest: (m: string, h: (p: unknown) => unknown) => { handlers.set(m, h); } } as unknown as _Connection;
  const open = new Set([URI]);
  wireReviewRequests(connection, {
    sidecars, review: { sidecars, lexicon: model.lexicon }, isOpen: (uri) => open.has(uri),
    withAnalysis: async (uri, empty, f) => (open.has(uri) ? f(doc, new Analyzer(model).analyze(TEXT, { document: uri, version: 1, review: true })) : empty),
    models: { snapshot: () => ({ keys: new Set(), reviewed: false }), decided: () => {} },
  });
  const call = async (m: string, p: unknown) => (await handlers.get(`arabicNews/${m}`)!(p)) as { ok: boolean; message: string };
  return { sidecars, call, open };
}

test('setDocumentDate with a number, markReviewed with "yes", annotate with no range: refused by name, nothing changed', async () => {
  const { sidecars, call } = wired();
  const date = await call('setDocumentDate', { uri: URI, date: 20240101 });
  assert.deepEqual(date, { ok: false, message: 'arabicNews/setDocumentDate: "date" must be a date YYYY-MM-DD, or "" to clear it, not 20240101.' });
  assert.equal(sidecars.documentDate(URI), undefined);
  const reviewed = await call('markReviewed', { uri: URI, reviewed: 'yes' });
  assert.deepEqual(reviewed, { ok: false, message: 'arabicNews/markReviewed: "reviewed" must be true or false, not "yes".' });
  assert.equal(sidecars.reviewed(URI), false);
  const annotate = await call('annotate', { uri: URI, label: 'PERSON' });
  assert.deepEqual(annotate, { ok: false, message: 'arabicNews/annotate: "range" must be a range ({start, end}, each {line, character}), not missing.' });
  assert.equal((await call('decide', { uri: URI, action: 'accept' })).message, 'arabicNews/decide: "position" must be a position ({line, character}), not missing.');
  assert.equal((await call('undo', null)).message, 'arabicNews/undo needs a document: "uri" (a string).');
  assert.equal(sidecars.decisions(URI).length, 0);
});

test('valid calls run as before', async () => {
  const { sidecars, call } = wired();
  assert.deepEqual(await call('setDocumentDate', { uri: URI, date: '2024-01-01' }), { ok: true, message: 'Relative dates in this article now resolve against 2024-01-01.' });
  assert.equal(sidecars.documentDate(URI), '2024-01-01');
  assert.equal((await call('setDocumentDate', { uri: URI, date: '' })).ok, true);
  assert.equal((await call('markReviewed', { uri: URI, reviewed: true })).ok, true);
  assert.equal(sidecars.reviewed(URI), true);
  const at = TEXT.indexOf('لافروف');
  const r = await call('annotate', { uri: URI, range: { start: { line: 0, character: at }, end: { line: 0, character: at + 6 } }, label: 'PERSON' });
  assert.equal(r.ok, true, r.message);
  assert.equal(sidecars.decisions(URI).length, 1);
});

test('a command on a closed or never-opened document says it is not open', async () => {
  const { call, open } = wired();
  assert.deepEqual(await call('undo', { uri: 'file:///never/opened.txt' }), { ok: false, message: NOT_OPEN });
  open.delete(URI);
  assert.deepEqual(await call('markReviewed', { uri: URI, reviewed: true }), { ok: false, message: NOT_OPEN });
  assert.match(NOT_OPEN, /not open/);
});
