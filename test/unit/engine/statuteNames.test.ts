import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';

// Invented sentences: a statute named by its place, as the news sets tag charters (`[نظام روما الأساسي]`).
test('نظام + a place + الأساسي is the statute (MISC with its head), the place no LOC of its own', () => {
  const a = analyze('وكانت الدولة قد انسحبت من نظام روما الأساسي عام 2019 .');
  assert.deepEqual(textsOf(a, 'MISC'), ['نظام روما الأساسي']);
  assert.deepEqual(textsOf(a, 'LOCATION'), []);
});

test('نظام + a place alone is its regime: the place stays a place', () => {
  const a = analyze('وقال المعارض إن نظام دمشق لن يصمد طويلا .');
  assert.deepEqual(textsOf(a, 'MISC'), []);
  assert.deepEqual(textsOf(a, 'LOCATION'), ['دمشق']);
});
