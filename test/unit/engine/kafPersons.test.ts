import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropKafPersons } from '../../../server/src/engine/kafPersons';
import { labelTexts, tagNames, tagNumbers } from './helpers';

test('an unknown word cut into ك and a name-like rest is no person (وتأتي [ك]امري)', () => {
  assert.deepEqual(labelTexts('وتأتي كامري الجديدة بمحرك هجين .', 'PERSON'), []);
  assert.deepEqual(tagNames(dropKafPersons(['و', 'ك', '', ''], tagNumbers('O', 'B-PERS', 'O', 'O'), () => 0)), ['O', 'O', 'O', 'O']);
});

test('a known word after ك, a name of two words after it, or a person without ك stays', () => {
  assert.deepEqual(labelTexts('ويرى المسلمون في شخصيات كصلاح الدين ابطالا محررين .', 'PERSON'), ['صلاح الدين']);
  assert.deepEqual(tagNames(dropKafPersons(['', 'ك', ''], tagNumbers('O', 'B-PERS', 'O'), () => 5)), ['O', 'B-PERS', 'O']);
  assert.deepEqual(tagNames(dropKafPersons(['', 'ل', ''], tagNumbers('O', 'B-PERS', 'O'), () => 0)), ['O', 'B-PERS', 'O']);
});
