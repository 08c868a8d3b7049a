// The render model behind the editor's boxes and the review loop: trimmed spans, review progress, speaker links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDecisions, makeDecision } from '../../../server/src/engine/decisions';
import { renderModel, reviewProgress, trimSpan } from '../../../server/src/features/renderModel';
import { analyze } from '../engine/helpers';

const TEXT = 'قال وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد: «لن نقبل بأي حل على حساب الفلسطينيين».\nوأضاف شكري أن الاتصالات مستمرة.';

test('a box never covers the white space around the words it marks', () => {
  assert.deepEqual(trimSpan('  كلمة  ', 0, 8), { start: 2, end: 6 });
  assert.deepEqual(trimSpan('كلمة\n', 0, 5), { start: 0, end: 4 });
  assert.deepEqual(trimSpan('   ', 0, 3), { start: 3, end: 3 });
});

test('a box is trimmed of exactly the characters a regular expression calls white space (every UTF-16 code unit)', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const trimmed = trimSpan(`${ch}ا${ch}`, 0, 3);
    assert.deepEqual(trimmed, /\s/.test(ch) ? { start: 1, end: 2 } : { start: 0, end: 3 }, `U+${c.toString(16).padStart(4, '0')}`);
  }
});

test('review progress counts accepted, manual and rejected annotations out of all of them', () => {
  const doc = TextDocument.create('file:///a.txt', 'arabic-news', 3, TEXT);
  const bare = analyze(TEXT);
  const fresh = renderModel(doc, { ...bare, annotations: applyDecisions(bare.annotations, [], TEXT) }, 0);
  assert.equal(fresh.reviewed, 0);
  assert.equal(fresh.total, fresh.spans.length);
  assert.ok(fresh.total >= 4, `expected the person, place, date and quotation, got ${fresh.spans.map((s) => s.text).join(' | ')}`);
  assert.equal(fresh.version, 3);
  const [first, second] = bare.annotations;
  const decisions = [makeDecision(TEXT, first, 'accepted', 'x1'), makeDecision(TEXT, second, 'rejected', 'x2')];
  const reviewed = renderModel(doc, { ...bare, annotations: applyDecisions(bare.annotations, decisions, TEXT) }, 1);
  assert.equal(reviewed.reviewed, 2);
  assert.equal(reviewed.total, fresh.total, 'a rejected suggestion still counts as reviewed work');
  assert.equal(reviewed.spans.find((s) => s.start === first.start)?.status, 'accepted');
  assert.deepEqual(reviewProgress({ ...bare, annotations: applyDecisions(bare.annotations, decisions, TEXT) }, 1), { reviewed: reviewed.reviewed, total: reviewed.total }, 'the status bar counts what the model shows');
  assert.ok(!reviewed.spans.some((s) => s.start === second.start && s.end === second.end && s.label === second.label));
});

test('a quotation carries the range of its speaker mention for the editor to mark', () => {
  const doc = TextDocument.create('file:///a.txt', 'arabic-news', 1, TEXT);
  const bare = analyze(TEXT);
  const m = renderModel(doc, { ...bare, annotations: applyDecisions(bare.annotations, [], TEXT) }, 0);
  const q = m.spans.find((s) => s.kind === 'quotation');
  assert.ok(q?.speaker?.range, 'the quotation has a speaker range');
  const r = q.speaker.range;
  assert.equal(doc.getText(r).includes('شكري'), true, `speaker range covers ${doc.getText(r)}`);
  for (const s of m.spans) assert.equal(doc.getText(s.range), s.text);
});
