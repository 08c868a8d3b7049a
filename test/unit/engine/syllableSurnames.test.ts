import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syllableSurnames } from '../../../server/src/engine/syllableSurnames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines, tagNames, tagNumbers } from './helpers';

/** syllableSurnames on `text` tagged `tags`; `common` words the training text knows well, `nationalities` listed nationalities. */
function run(text: string, tags: string[], common: string[] = [], nationalities: string[] = []): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => t.norm);
  return tagNames(syllableSurnames(tokens, stems, tagNumbers(...tags), (w) => (common.includes(w) ? 500 : 0), (k) => nationalities.includes(tokens[k].text)));
}

test('the one-syllable family name before a two-syllable Chinese given name joins it', () => {
  assert.deepEqual(entityLines('وقال الرئيس الصيني شي مينغ تشانغ إن بلاده مستعدة للتعاون .'), ['PERSON شي مينغ تشانغ']);
  // An unseen syllable joins wherever it stands.
  assert.deepEqual(run('وحضر تشن مين جونغ الاجتماع', ['O', 'O', 'B-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // A word the language knows (لي) only after a title or a nationality.
  assert.deepEqual(run('الصيني لي وين ليانغ', ['O', 'O', 'B-PERS', 'I-PERS'], ['لي'], ['الصيني']), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run('وقالت ان لي تشاو شينج', ['O', 'O', 'O', 'B-PERS', 'I-PERS'], ['لي', 'ان', 'وقالت']), ['O', 'O', 'O', 'B-PERS', 'I-PERS']);
});

test('no preposition, no verb, no letter cut from a word, and only before a given name ending in ng', () => {
  assert.deepEqual(run('الوزير مع وانغ يي', ['O', 'O', 'B-PERS', 'I-PERS'], ['مع']), ['O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run('و لد كوال دينغ', ['O', 'O', 'B-PERS', 'I-PERS']), ['O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run('وحضر سامر محمد علي', ['O', 'O', 'B-PERS', 'I-PERS']), ['O', 'O', 'B-PERS', 'I-PERS']);
});

test('a family syllable with ng or ch joins a two-syllable given name that has neither', () => {
  assert.deepEqual(run('وحضر تشو لان بي الحفل', ['O', 'O', 'B-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run('وقالت يانج سو مي ان', ['O', 'O', 'B-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // An Arabic short word before an Arabic pair stays out, as before.
  assert.deepEqual(run('وحضر عمر سعد علي', ['O', 'O', 'B-PERS', 'I-PERS']), ['O', 'O', 'B-PERS', 'I-PERS']);
});

test('a common family syllable after a definite word closing a title joins the name, the copula pronoun does not', () => {
  // وزير الاقتصاد السابق أو سونغ جاي: أو is the family name, not "or".
  assert.deepEqual(run('الوزير السابق أو سونغ جاي', ['O', 'O', 'O', 'B-PERS', 'I-PERS'], ['او', 'السابق', 'الوزير']), ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']);
  // After a definite subject هو is the copula (the spokesman is Zhang Ming): no join.
  assert.deepEqual(run('الفائز هو تشانغ مينغ', ['O', 'O', 'B-PERS', 'I-PERS'], ['هو', 'الفائز']), ['O', 'O', 'B-PERS', 'I-PERS']);
  // After a definite subject أن/إن opens the reported clause, as هو is the copula (ذكرت الوكالة أن وانغ يي سيزور): no join.
  assert.deepEqual(run('ذكرت الوكالة أن وانغ يي سيزور', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'], ['ان', 'الوكالة']), ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run('قال المسؤول إن تشانغ مينغ سيحضر', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'], ['ان', 'المسؤول']), ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A clitic on the word before makes it no title's closing word (وبالسابق).
  assert.deepEqual(run('وبالسابق أو سونغ جاي', ['O', 'O', 'B-PERS', 'I-PERS'], ['او']).slice(0, 2), ['O', 'O']);
});
