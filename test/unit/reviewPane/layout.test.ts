// The review pane's layout: every character of the article appears once, in order, with spans nested as the reader sees them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layout, Piece } from '../../../client/src/reviewPane/layout';
import { PaneSpan, spanKey } from '../../../client/src/reviewPane/messages';

const span = (text: string, needle: string, label: PaneSpan['label'], kind: PaneSpan['kind'] = 'entity', nth = 0): PaneSpan => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return { kind, label, status: 'suggested', lowConfidence: false, start: at, end: at + needle.length };
};

/** The text a reader sees, rebuilt from the pieces, with spans marked as [label …]. */
function show(text: string, pieces: Piece[]): string {
  return pieces.map((p) => (p.type === 'text' ? text.slice(p.start, p.end) : `[${p.span.label} ${show(text, p.children)}]`)).join('');
}

test('an entity inside a quotation is drawn inside it, and the text is kept whole (emoji, combining marks)', () => {
  const text = 'قال الوزيرُ 👍🏽 إن «مصرَ لن تتراجع» اليوم.';
  const q = span(text, '«مصرَ لن تتراجع»', 'QUOTE', 'quotation');
  const e = span(text, 'مصرَ', 'LOCATION');
  const d = span(text, 'اليوم', 'DATE', 'date');
  const [p] = layout(text, [d, e, q]);
  assert.equal(show(text, p.pieces), 'قال الوزيرُ 👍🏽 إن [QUOTE «[LOCATION مصرَ] لن تتراجع»] [DATE اليوم].');
});

test('a quotation over two paragraphs is drawn in both; CRLF line ends are not shown', () => {
  const text = 'وقال: «الجملة الأولى\r\nوالجملة الثانية» ثم غادر.';
  const q = span(text, '«الجملة الأولى\r\nوالجملة الثانية»', 'QUOTE', 'quotation');
  const paras = layout(text, [q]);
  assert.equal(paras.length, 2);
  assert.equal(show(text, paras[0].pieces), 'وقال: [QUOTE «الجملة الأولى]');
  assert.equal(show(text, paras[1].pieces), '[QUOTE والجملة الثانية»] ثم غادر.');
  assert.equal(spanKey(q), `quotation:${q.start}:${q.end}`);
});

test('crossing spans are clipped, never duplicated or lost', () => {
  const text = 'رئيس وزراء الهند ناريندرا مودي';
  const a = span(text, 'وزراء الهند', 'ORGANIZATION');
  const b = span(text, 'الهند ناريندرا', 'PERSON');
  const [p] = layout(text, [a, b]);
  const flat = (ps: Piece[]): string => ps.map((x) => (x.type === 'text' ? text.slice(x.start, x.end) : flat(x.children))).join('');
  assert.equal(flat(p.pieces), text);
  // The second span is cut at the end of the first: both stay visible and reviewable.
  assert.equal(show(text, p.pieces), 'رئيس [ORGANIZATION وزراء [PERSON الهند]] ناريندرا مودي');
});
