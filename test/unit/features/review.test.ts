// The annotation commands as any LSP client may send them: an action the server does not know gets a message naming it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { decide, DecideParams } from '../../../server/src/features/review';
import { SidecarStore } from '../../../server/src/sidecarStore';

const quiet = { error: () => {}, unsaveable: () => {}, orphaned: () => {}, changed: () => {}, writeFailed: () => {}, saved: () => {}, merged: () => {}, deleted: () => {}, rescued: () => {}, stray: () => {} };
const TEXT = 'التقى وزير الخارجية الروسي سيرجي لافروف زعيم كوريا الشمالية كيم جونج أون في بيونج يانج.';

test('decide with an unknown action changes nothing and names the action', () => {
  const model = loadDefaultModel();
  const uri = 'untitled:review.txt';
  const doc = TextDocument.create(uri, 'plaintext', 1, TEXT);
  const a = new Analyzer(model).analyze(TEXT, { document: uri, version: 1, review: true });
  const sidecars = new SidecarStore(quiet);
  sidecars.open(uri, TEXT);
  const at = a.annotations.find((x) => x.kind === 'entity');
  assert.ok(at, 'the sentence has an entity');
  const r = decide(doc, a, { uri, position: doc.positionAt(at.start + 1), action: 'explode' } as unknown as DecideParams, { sidecars, lexicon: model.lexicon });
  assert.deepEqual(r, { ok: false, message: 'Unknown action “explode” (accept, reject, remove or relabel).' });
  assert.equal(sidecars.decisions(uri).length, 0);
});
