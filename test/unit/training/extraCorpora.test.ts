import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraSentences, parseExtraSpec } from '../../../server/src/training/extraCorpora';

test('an extra file is one copy unless =N says otherwise, and a path may hold =', () => {
  assert.deepEqual(parseExtraSpec('a/dev5.conll'), { file: 'a/dev5.conll', copies: 1 });
  assert.deepEqual(parseExtraSpec('a/dev5.conll=2'), { file: 'a/dev5.conll', copies: 2 });
  assert.deepEqual(parseExtraSpec('a/x=y.conll=3'), { file: 'a/x=y.conll', copies: 3 });
  assert.throws(() => parseExtraSpec('=2'));
});

test('every sentence of every article trains with its file\'s copies; a file of 0 copies adds nothing', () => {
  const files: Record<string, string> = {
    'one.conll': '-DOCSTART-\tO\n\nقال\tO\nماكرون\tB-PERS\n\n-DOCSTART-\tO\n\nفي\tO\nباريس\tB-LOC\n',
    'two.conll': 'الأهلي\tB-ORG\n',
  };
  const got = extraSentences([{ file: 'one.conll', copies: 2 }, { file: 'two.conll', copies: 0 }], (f) => files[f]);
  assert.deepEqual(got.map((e) => [e.sentence.tokens.join(' '), e.sentence.tags.join(' '), e.copies]), [
    ['قال ماكرون', 'O B-PERS', 2],
    ['في باريس', 'O B-LOC', 2],
  ]);
});
