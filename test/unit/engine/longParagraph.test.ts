// A pasted article with no line breaks is one huge paragraph: it is analysed, never a crash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

test('a single paragraph of 200,000 words is analysed without overflowing the stack', () => {
  const text = 'و '.repeat(199_999) + 'القاهرة';
  const a = analyze(text);
  assert.equal(a.tokens.length >= 200_000, true);
  assert.equal(a.text.length, text.length);
});

test('a word hundreds of thousands of letters long (a run of digits with no space) is analysed, and a name after it is still found', () => {
  const text = '٢٣'.repeat(200_000) + ' وقال الرئيس الأمريكي جو بايدن إن الاتفاق صامد.';
  const a = analyze(text);
  assert.ok(a.annotations.some((x) => x.kind === 'entity' && x.label === 'PERSON' && x.text.includes('بايدن')), a.annotations.map((x) => x.text).join(' | '));
});
