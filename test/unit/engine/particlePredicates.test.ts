import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { particlePredicates } from '../../../server/src/engine/particlePredicates';
import { TAGS } from '../../../server/src/engine/tagger';

/** particlePredicates on words written out with their tags. */
const run = (words: string[], input: string[]) => particlePredicates(input.map((t) => TAGS.indexOf(t)), (k) => words[k]).map((t) => TAGS[t]);

test('a given name right after إنّ/أنّ and its pronoun is the predicate adjective', () => {
  assert.deepEqual(labelTexts('وأكد المدرب أنه سعيد مع الفريق .', 'PERSON'), []);
  assert.deepEqual(run(['وقال', 'إنها', 'جميلة', 'جدا'], ['O', 'O', 'B-PERS', 'O']), ['O', 'O', 'O', 'O']);
  // The source's split pronoun (ان ه سعيد).
  assert.deepEqual(run(['وقال', 'ان', 'ه', 'سعيد', 'بالنتيجة'], ['O', 'O', 'O', 'B-PERS', 'O']), ['O', 'O', 'O', 'O', 'O']);
});

test('a name of two words, or after the bare particle, stays a person', () => {
  assert.deepEqual(run(['وقال', 'إنه', 'محمد', 'علي'], ['O', 'O', 'B-PERS', 'I-PERS']), ['O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['وأكد', 'أن', 'كريم', 'سيلعب'], ['O', 'O', 'B-PERS', 'O']), ['O', 'O', 'B-PERS', 'O']);
  // مكانه: no particle, a noun with its pronoun.
  assert.deepEqual(run(['وأخذ', 'مكانه', 'سعيد'], ['O', 'O', 'B-PERS']), ['O', 'O', 'B-PERS']);
});

test('a given name a relative pronoun follows is the person identified', () => {
  assert.deepEqual(run(['وأكدت', 'أنها', 'سعاد', 'التي', 'كتبت'], ['O', 'O', 'B-PERS', 'O', 'O']), ['O', 'O', 'B-PERS', 'O', 'O']);
});
