// An editor that repeats a version number (or goes back to one) after a change gets the new text's tokens and
// analysis, not those the server kept for an earlier text under that number; one that counts up is never renumbered.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../../server/src/analysisStore';
import { risingVersion, storeHooks, syncUpdate } from '../../../server/src/documentSync';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { rangeTokens } from '../../../server/src/features/tokenBlocks';
import { PieceDocument } from '../../../server/src/pieceDocument';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { SidecarStore } from '../../../server/src/sidecarStore';

const model = loadDefaultModel();
const URI = 'untitled:versions.ar.txt';
const quiet = { error: () => {}, unsaveable: () => {}, orphaned: () => {}, changed: () => {}, writeFailed: () => {}, saved: () => {}, merged: () => {}, deleted: () => {}, rescued: () => {}, stray: () => {} };
const TEXT = 'التقى وزير الخارجية الروسي سيرجي لافروف، السبت، زعيم كوريا الشمالية كيم جونج أون خلال زيارة إلى بيونج يانج.\n' +
  'وأشار لافروف إلى أن الرئيس الروسي فلاديمير بوتين على تواصل دائم.';
const ADDED = 'قال الرئيس الأمريكي جو بايدن في واشنطن إن الأمم المتحدة ستجتمع.\n';

function fresh(text: string): number[] {
  const flat = TextDocument.create(URI, 'arabic-news', 1, text);
  const store = new AnalysisStore(() => new Analyzer(model), () => DEFAULT_SETTINGS, new SidecarStore(quiet));
  return [...rangeTokens(store.tokens(flat)!, 0, flat.lineCount).data];
}

test('a change event whose version does not rise is analysed as a new version', () => {
  for (const offered of [5, 2]) {
    const sidecars = new SidecarStore(quiet);
    const analyzer = new Analyzer(model);
    const store = new AnalysisStore(() => analyzer, () => DEFAULT_SETTINGS, sidecars);
    const update = syncUpdate(storeHooks(sidecars, () => store));
    const doc = PieceDocument.create(URI, 'arabic-news', 5, TEXT);
    sidecars.open(URI, TEXT);
    assert.deepEqual([...rangeTokens(store.tokens(doc)!, 0, doc.lineCount).data], fresh(TEXT));
    update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ADDED }], offered);
    assert.deepEqual([...rangeTokens(store.tokens(doc)!, 0, doc.lineCount).data], fresh(ADDED + TEXT), `offered ${offered}: tokens of the new text`);
    assert.equal(doc.version, 6, `offered ${offered}`);
    assert.equal(store.get(doc)!.text, ADDED + TEXT);
  }
});

test('every change of one event gets the same rising version; a rising number is kept', () => {
  const seen: Array<{ before: number; after: number }> = [];
  const update = syncUpdate({ edited: (_u, _f, _t, _i, _l, v) => seen.push(v), changed: () => {} });
  const doc = PieceDocument.create(URI, 'arabic-news', 3, 'أ ب ج');
  update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'د' }, { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, text: 'ه' }], 9);
  assert.deepEqual(seen, [{ before: 3, after: 9 }, { before: 9, after: 9 }]);
  assert.equal(doc.getText(), 'د ب ه');
  assert.equal(doc.version, 9);
  assert.equal(risingVersion(9, 9), 10);
  assert.equal(risingVersion(9, 4), 10);
  assert.equal(risingVersion(9, 10), 10);
  assert.equal(risingVersion(9, Number.NaN), 10);
});
