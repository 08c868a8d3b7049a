// The review pane's keys become the same server requests as the editor's commands, at the right positions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { requestFor } from '../../../client/src/reviewPane/requests';

const text = 'سطر أول 👍🏽\r\nوقال الوزير إن «مصر لن تتراجع».';
const doc = TextDocument.create('file:///a.ar.txt', 'arabic-news', 1, text);
const uri = doc.uri;
/** The article and version the pane drew (fromPane.ts checks them before the mapping is used). */
const t = { uri, version: 1 };
const at = (needle: string) => text.indexOf(needle);

test('Enter, X and 1–4 in the pane are accept, reject and relabel of the focused span, at its position in the editor', () => {
  const offset = at('الوزير');
  assert.deepEqual(requestFor({ type: 'decide', ...t, action: 'accept', offset }, uri, (o) => doc.positionAt(o)),
    { kind: 'server', method: 'arabicNews/decide', params: { uri, position: { line: 1, character: 5 }, action: 'accept' } });
  const relabel = requestFor({ type: 'decide', ...t, action: 'relabel', offset, label: 'LOCATION' }, uri, (o) => doc.positionAt(o));
  assert.equal(relabel.kind === 'server' && relabel.params.label, 'LOCATION');
});

test('a selection plus a label key adds a span that snaps like the editor command; S and U reach the same commands', () => {
  const start = at('مصر');
  const r = requestFor({ type: 'annotate', ...t, start: start - 1, end: start + 3, label: 'LOCATION' }, uri, (o) => doc.positionAt(o));
  assert.deepEqual(r, { kind: 'server', method: 'arabicNews/annotate', params: { uri, range: { start: doc.positionAt(start - 1), end: doc.positionAt(start + 3) }, label: 'LOCATION', literal: false } });
  assert.deepEqual(requestFor({ type: 'undo', ...t }, uri, (o) => doc.positionAt(o)), { kind: 'server', method: 'arabicNews/undo', params: { uri } });
  assert.equal(requestFor({ type: 'setSpeaker', ...t, offset: start }, uri, (o) => doc.positionAt(o)).kind, 'command');
  assert.deepEqual(requestFor({ type: 'timing', what: 'render', ms: 1 }, uri, (o) => doc.positionAt(o)), { kind: 'none' });
});
