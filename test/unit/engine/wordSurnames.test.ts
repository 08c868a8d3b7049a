import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { wordSurnames } from '../../../server/src/engine/wordSurnames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { TAGS } from '../../../server/src/engine/tagger';

test('a family name that is also a verb stays with the given name when a second predicate follows it', () => {
  // ترك is "left" too; after it the sentence goes on with ف and a present verb or a reporting verb, as after a name.
  for (const s of ['تقول ريم ترك فتستعد', 'وتحدثت ريم ترك فتقول إن الفيلم جاهز', 'وسألنا ريم ترك فقالت إن الفيلم جاهز', 'وعادت ريم ترك فأكدت أن العمل انتهى'])
    assert.deepEqual(labelTexts(s, 'PERSON'), ['ريم ترك'], s);
});

test('a past verb after a lone given name stays out when no second predicate follows', () => {
  assert.deepEqual(labelTexts('وكان سامر ترك منصبه أمس', 'PERSON'), ['سامر']);
  assert.deepEqual(labelTexts('سافر أحمد أمس إلى القاهرة', 'PERSON'), ['أحمد']);
});

/**
 * wordSurnames on a sentence written out: `tags` per token (O where not given), `given` the given-name positions, `seen`
 * training counts by normalised word.
 */
function run(text: string, tags: Record<number, string>, given: number[], seen: Record<string, number> = {}, verbs: string[] = []): string[] {
  const sentence = tokenize(text);
  const stems = sentence.map((t) => t.norm);
  const out = wordSurnames(sentence, stems, sentence.map(() => ''), sentence.map((_, k) => TAGS.indexOf(tags[k] ?? 'O')), {
    given: (k) => given.includes(k), notName: () => false, verb: (k) => verbs.includes(sentence[k].norm), title: (k) => ['المتحدث', 'سفير', 'وزير'].includes(sentence[k].norm),
    namePart: () => false, wordFreq: (w) => seen[w] ?? 0,
  });
  return out.map((t) => TAGS[t]);
}

test('a rare word with no verb reading after a given name is the family name before a comma, إن or a title heading a definite word', () => {
  assert.deepEqual(run('وقالت هيفاء ملاك ، المتحدثة', { 1: 'B-PERS' }, [1], { ملاك: 7 }).slice(1, 3), ['B-PERS', 'I-PERS']);
  assert.deepEqual(run('وذكر سامر نسيم أن الحل قريب', { 1: 'B-PERS' }, [1], { نسيم: 4 }).slice(1, 3), ['B-PERS', 'I-PERS']);
  assert.deepEqual(run('وحضر سامر نسيم سفير الدولة', { 1: 'B-PERS' }, [1], { نسيم: 4 }).slice(1, 3), ['B-PERS', 'I-PERS']);
  // A hollow three-letter word: يريد is أراد's present, not ريد's.
  assert.deepEqual(run('وقال مايكل ريد ، الخبير', { 1: 'B-PERS' }, [1], { ريد: 15, يريد: 40 }).slice(1, 3), ['B-PERS', 'I-PERS']);
  // Before عن/من and a word, a word the text hardly knows; the name before it need not be listed (the tagger read it).
  assert.deepEqual(run('يليها سامر تواري عن الجبهة الوطنية', { 1: 'B-PERS' }, []).slice(1, 3), ['B-PERS', 'I-PERS']);
  // A joined عبد name the tagger opened as a second person is the same person's.
  assert.deepEqual(run('وحضر سامح عبدالودود التدريب', { 1: 'B-PERS', 2: 'B-PERS' }, [1]).slice(1, 3), ['B-PERS', 'I-PERS']);
});

test('no family name from a verb, a frequent or inflected word, or without a sign after it', () => {
  // A verb reading (its present or another person of its past is known) needs a second predicate.
  assert.deepEqual(run('وكان سامر ترك ، ثم عاد', { 1: 'B-PERS' }, [1], { ترك: 45, يترك: 22 }).slice(1, 3), ['B-PERS', 'O']);
  // Frequent words (منصب 93), an accusative, an elative known with the article, a time word.
  assert.deepEqual(run('عرضوا على سامر منصب رئيس الدولة', { 2: 'B-PERS' }, [2], { منصب: 93 }).slice(2, 4), ['B-PERS', 'O']);
  assert.deepEqual(run('كانت مولعة بسامر خصوصا ، والذين', { 2: 'B-PERS' }, [2]).slice(2, 4), ['B-PERS', 'O']);
  assert.deepEqual(run('وكان تتويج سامر أفضل ، وهو', { 2: 'B-PERS' }, [2], { الافضل: 20 }).slice(2, 4), ['B-PERS', 'O']);
  assert.deepEqual(run('وقال سامر أمس إن', { 1: 'B-PERS' }, [1]).slice(1, 3), ['B-PERS', 'O']);
  // Nothing after the word that a name is followed by (a preposition).
  assert.deepEqual(run('وقال سامر نسيم في مصر', { 1: 'B-PERS' }, [1], { نسيم: 4 }).slice(1, 3), ['B-PERS', 'O']);
  // A known word behind ب or لا, or a sound plural of a known word (بدعوى، لايعرف، بعيدين).
  assert.deepEqual(run('شان سامر بعيدين عن المجتمع', { 1: 'B-PERS' }, [1], { بعيد: 20 }).slice(1, 3), ['B-PERS', 'O']);
  assert.deepEqual(run('بزعامة سامر بدعوى أن الاتفاق', { 1: 'B-PERS' }, [1], { دعوي: 3, الدعوي: 3 }).slice(1, 3), ['B-PERS', 'O']);
  // A past verb's shape before عن/من (واعتذر عن، انحدرت من).
  assert.deepEqual(run('عاد سامر انحدرت من عائلة', { 1: 'B-PERS' }, [1]).slice(1, 3), ['B-PERS', 'O']);
  // A definite name before the word is no given name (an unlisted one must still be no definite word).
  assert.deepEqual(run('قال الأسد نسيم ، ثم', { 1: 'B-PERS' }, [], { نسيم: 4 }).slice(1, 3), ['B-PERS', 'O']);
  // Not after a name of two words (mostly whole: [ستيف جوبز] عندئذ).
  assert.deepEqual(run('تكهن سامر حداد عندئذ أن', { 1: 'B-PERS', 2: 'I-PERS' }, [2]).slice(1, 4), ['B-PERS', 'I-PERS', 'O']);
});

test('an adverb compounded with إذ (عندئذ) after a given name is no family name', () => {
  assert.deepEqual(labelTexts('وقال نادر عندئذ إنه سيغادر البلاد', 'PERSON'), ['نادر']);
  assert.deepEqual(labelTexts('وأكد سالم عندئذ أن العقد انتهى', 'PERSON'), ['سالم']);
});
