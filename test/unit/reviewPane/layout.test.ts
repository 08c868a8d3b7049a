// The review pane's layout: every character of the article appears once, in order, with spans nested as the reader sees them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layout, nestSpans, paragraphsOf, Piece } from '../../../client/src/reviewPane/layout';
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

test('the one-pass layout equals nesting every span in every paragraph (random spans: nested, crossing, empty, reversed, across paragraphs)', () => {
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const kinds: PaneSpan['kind'][] = ['entity', 'quotation', 'date'];
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: 1 + rand(8) }, () => 'كلمة '.repeat(rand(6)) + (rand(3) ? '' : '\r')).join('\n');
    const spans: PaneSpan[] = Array.from({ length: rand(15) }, () => {
      const start = rand(text.length + 2);
      return { kind: kinds[rand(3)], label: 'PERSON', status: 'suggested', lowConfidence: false, start, end: rand(4) ? start + rand(30) : rand(text.length + 1) };
    });
    const got = layout(text, spans);
    const paras = paragraphsOf(text);
    assert.equal(got.length, paras.length);
    got.forEach((p, i) => {
      // The reference: every span offered to every paragraph (the layout before the one-pass walk).
      assert.deepEqual(p.pieces, nestSpans(spans, paras[i].start, paras[i].end), JSON.stringify({ text, spans }));
      assert.equal(p.quote, spans.find((s) => s.kind === 'quotation' && s.start < p.end && s.end > p.start), 'the first quotation of the model touching the paragraph');
    });
  }
});
