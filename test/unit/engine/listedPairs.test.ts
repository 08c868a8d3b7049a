import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitListedPairs } from '../../../server/src/engine/listedPairs';
import { labelTexts, tagNames, tagNumbers } from './helpers';

test('two listed people side by side, a subject and its object, are two persons', () => {
  assert.deepEqual(labelTexts('وبحث ماكرون بايدن الوضع في أوكرانيا .', 'PERSON'), ['ماكرون', 'بايدن']);
  assert.deepEqual(labelTexts('والتقى الرئيس جوزيف عون نواف سلام في قصر بعبدا .', 'PERSON'), ['جوزيف عون', 'نواف سلام']);
  assert.deepEqual(labelTexts('والتقى أردوغان زيلينسكي في إسطنبول .', 'PERSON'), ['أردوغان', 'زيلينسكي']);
});

test('the verb the tagger read into the first of two listed people is left out', () => {
  assert.deepEqual(labelTexts('وهاتف ماكرون محمد بن سلمان .', 'PERSON'), ['ماكرون', 'محمد بن سلمان']);
});

test('a listed full name, and a lone name before a definite family name, stay one person', () => {
  assert.deepEqual(labelTexts('وقال الرئيس الأمريكي دونالد ترامب إن المحادثات مثمرة .', 'PERSON'), ['دونالد ترامب']);
  const lists: Record<string, string> = { لطيفه: 'NAME|PLAST', الشعلان: 'PLAST', لويس: 'PLAST', التاسع: 'PLAST' };
  const counts: Record<string, number> = { لويس: 40, التاسع: 30 };
  const run = (stems: string[]) => tagNames(splitListedPairs(stems, tagNumbers('B-PERS', 'I-PERS'), (w) => lists[w], (w) => counts[w] ?? 0));
  assert.deepEqual(run(['لطيفه', 'الشعلان']), ['B-PERS', 'I-PERS']);
  // Surnames the training text knows are given names or ranks as often (لويس التاسع).
  assert.deepEqual(run(['لويس', 'التاسع']), ['B-PERS', 'I-PERS']);
});
