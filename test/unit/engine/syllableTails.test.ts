import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syllableTails } from '../../../server/src/engine/syllableTails';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagNames, tagNumbers } from './helpers';

/** syllableTails on `text` tagged `tags`, every word its own stem (no clitic read). */
function run(text: string, tags: string[]): string[] {
  const tokens = tokenize(text);
  return tagNames(syllableTails(tokens, tokens.map((t) => t.norm), tagNumbers(...tags)));
}

test('a Korean name cut before the syllables Arabic writes as words takes them up to a stop or the reported clause', () => {
  // The spokesman كانغ إن هو, then إن opening what he said.
  assert.deepEqual(run('قال كانغ إن هو إن الرئيس', ['O', 'B-PERS', 'O', 'O', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
  // Two syllables read, the third before a comma.
  assert.deepEqual(run('وقال بارك جونغ هو ، مدير', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
});

test('no join without ng, into a clause going on, over a preposition, or past three syllables', () => {
  const same = (text: string, tags: string[]) => assert.deepEqual(run(text, tags), tags);
  // No ng: an Arabic name and a pronoun (قال سعد علي هو ،) stay apart.
  same('قال سعد علي هو ، ثم', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  // The pronoun goes on into its clause: no stop after it.
  same('كان وانغ يي هو الأول', ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // A preposition and an adverb are the sentence's.
  same('وصل تشانغ من هنا .', ['O', 'B-PERS', 'O', 'O', 'O']);
  // A part of the day and a preposition with its pronoun are the sentence's too (التقى وانغ يي مساء .، أثنى على وانغ يي لهم .).
  same('التقى وانغ يي مساء .', ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  same('وقدم وانغ يي لهم .', ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // Three syllables read already: nothing to add.
  same('قال كيم جونغ ايل هو .', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
});
