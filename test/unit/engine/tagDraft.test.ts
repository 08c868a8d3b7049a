import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TagDraft } from '../../../server/src/engine/tagDraft';
import { tagDefiniteBodies } from '../../../server/src/engine/namePatterns';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagNames as names } from './helpers';

const O = (n: number) => new Array<number>(n).fill(0);

/** A body sentence of the pass's own test, as tokens, stems and prefixes. */
function bodySentence(text: string) {
  const words = text.split(' ');
  return {
    tokens: tokenize(text),
    stems: words.map((w) => normalizeArabic(w.startsWith('لل') ? 'ال' + w.slice(2) : w)),
    prefixes: words.map((w) => (w.startsWith('لل') ? 'ل' : '')),
  };
}

test('a drafted pass that changes nothing answers its own input; one that changes a tag answers a new array', () => {
  const plain = bodySentence('احتل المركز الثالث للمرة الثانية');
  const none = O(plain.tokens.length);
  assert.equal(tagDefiniteBodies(plain.tokens, plain.stems, plain.prefixes, none), none);
  const body = bodySentence('أعلن المجلس الوطني للسلامة الغذائية إلى جانب الوزارة');
  const input = O(body.tokens.length);
  const tagged = tagDefiniteBodies(body.tokens, body.stems, body.prefixes, input);
  assert.notEqual(tagged, input);
  assert.deepEqual(names(input), new Array(8).fill('O'));
});

test('a sentence\'s corrected tags stay as they were while the same pass works on the next sentence of the same length', () => {
  const first = bodySentence('أعلن المجلس الوطني للسلامة الغذائية إلى جانب الوزارة');
  const tagged = tagDefiniteBodies(first.tokens, first.stems, first.prefixes, O(first.tokens.length));
  const expected = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'];
  assert.deepEqual(names(tagged), expected);
  // Eight words again: the pass's kept working copy for this length is reused, and must not be what the first call answered.
  const second = bodySentence('قال الرجل امس ان المطر كان غزيرا جدا');
  const input = O(second.tokens.length);
  input[0] = 1;
  tagDefiniteBodies(second.tokens, second.stems, second.prefixes, input);
  assert.deepEqual(names(tagged), expected);
});

test('a draft opened again before it is closed works in a copy of its own, and each closes to its own answer', () => {
  const draft = new TagDraft();
  const outerTags = [0, 0, 0];
  const outer = draft.begin(outerTags);
  outer[1] = 2;
  const innerTags = [0, 0, 0];
  const inner = draft.begin(innerTags);
  assert.notEqual(inner, outer);
  assert.equal(draft.close(innerTags, inner), innerTags);
  assert.deepEqual(outer, [0, 2, 0]);
  const answer = draft.close(outerTags, outer);
  assert.deepEqual(answer, [0, 2, 0]);
  assert.notEqual(answer, outer);
  // Closed: the next sentence of the length works in the kept copy again, and the answer given stays.
  const next = draft.begin([1, 1, 1]);
  assert.equal(next, outer);
  assert.deepEqual(answer, [0, 2, 0]);
});
