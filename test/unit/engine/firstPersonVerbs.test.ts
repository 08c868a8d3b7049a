import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstPersonVerbs } from '../../../server/src/engine/firstPersonVerbs';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagNames, tagNumbers } from './helpers';

/** firstPersonVerbs on a sentence split at spaces (no clitic cut); `seen` the words the training text knows; `given` the given-name positions. */
function run(text: string, input: string[], seen: string[], given: number[] = []): string[] {
  const sentence = tokenize(text);
  return tagNames(firstPersonVerbs(sentence, sentence.map((t) => t.norm), tagNumbers(...input), (w) => (seen.includes(w) ? 20 : 0), (k) => given.includes(k)));
}

test('a word after أنا or نحن with that person\'s prefix, whose third person the text knows, is the verb, no person', () => {
  assert.deepEqual(run('غير أنني أرى في مسيرته', ['O', 'O', 'B-PERS', 'O', 'O'], ['يري']), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('وأنا أرى في حصوله', ['O', 'B-PERS', 'O', 'O'], ['يري']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('نحن نأمل أن', ['O', 'B-PERS', 'O'], ['يامل']), ['O', 'O', 'O']);
});

test('a given name, a word of another person\'s prefix, or a verb the text does not know stays a person', () => {
  // أنا أحمد: the given-name list holds أحمد.
  assert.deepEqual(run('قال أنا أحمد', ['O', 'O', 'B-PERS'], ['يحمد'], [2]), ['O', 'O', 'B-PERS']);
  // After نحن a word in أ is no verb of ours (نحن أرى is no Arabic).
  assert.deepEqual(run('نحن أرى', ['O', 'B-PERS'], ['يري']), ['O', 'B-PERS']);
  // An unseen foreign name in أ after أنا (أنا أوباما): its third person is never seen.
  assert.deepEqual(run('أنا أوباما', ['O', 'B-PERS'], []), ['O', 'B-PERS']);
  // Not after other words.
  assert.deepEqual(run('قال أرى', ['O', 'B-PERS'], ['يري']), ['O', 'B-PERS']);
});
