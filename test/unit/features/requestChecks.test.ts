// The annotation commands' parameter checks (requestChecks.ts): what a raw LSP client may send and what is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPosition, isRange, paramProblem } from '../../../server/src/features/requestChecks';

const uri = 'file:///a.ar.txt';

test('a position with a negative or fractional line or character is refused, naming the parameter', () => {
  // A document clamps a negative position to its start: "decide" at line -1 would act on the first mention.
  for (const position of [{ line: -1, character: 0 }, { line: 0, character: -3 }, { line: 1.5, character: 0 }]) {
    assert.equal(isPosition(position), false, JSON.stringify(position));
    assert.match(paramProblem('arabicNews/decide', { uri, position, action: 'accept' }) ?? '', /"position" must be a position/);
  }
  assert.equal(isRange({ start: { line: 0, character: 0 }, end: { line: -2, character: 4 } }), false);
});

test('valid positions and ranges pass, line 0 character 0 included', () => {
  assert.equal(paramProblem('arabicNews/decide', { uri, position: { line: 0, character: 0 }, action: 'accept' }), undefined);
  assert.equal(paramProblem('arabicNews/setSpeaker', { uri, position: { line: 12, character: 40 } }), undefined);
  assert.equal(paramProblem('arabicNews/annotate', { uri, range: { start: { line: 2, character: 1 }, end: { line: 2, character: 9 } }, label: 'PERSON' }), undefined);
});
