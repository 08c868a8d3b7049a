import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definiteSurnames } from '../../../server/src/engine/definiteSurnames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tagNames, tagNumbers } from './helpers';

/** definiteSurnames on words written out; `marks` per position; the training text knows the words of `seen`. */
function run(words: string[], input: string[], marks: Record<number, string[]>, seen: Record<string, number> = {}): string[] {
  return tagNames(definiteSurnames(words.map((w) => normalizeArabic(w)), words.map((_, k) => marks[k] ?? []), tagNumbers(...input),
    (k) => words[k], (w) => seen[w] ?? 0));
}

test('an unseen definite nisba after a listed name part is the family name the tagger cut off', () => {
  // المقاول [نجيب الفقروني]: the given name alone was read.
  assert.deepEqual(run(['المقاول', 'نجيب', 'الفقروني', 'خمس', 'سنوات'], ['O', 'B-PERS', 'O', 'O', 'O'], { 1: ['FIRST-S', 'NAME-S'] }, { خمس: 90 }),
    ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // A lineage name closes on the father's name: the nisba after it is the family's (سليمان بن موسى الكلاعي).
  assert.deepEqual(run(['سليمان', 'بن', 'موسى', 'الكلاعي', 'كبير'], ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'O'], { 2: ['NAME-S'] }),
    ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('a nisba of the language or of a known place, or after an unlisted word, stays outside the name', () => {
  // The adjective of a reformist (الإصلاحي), known to the training text.
  assert.deepEqual(run(['الرئيس', 'خاتمي', 'الإصلاحي'], ['O', 'B-PERS', 'O'], { 1: ['NAME-S'] }, { الاصلاحي: 40 }), ['O', 'B-PERS', 'O']);
  // A nisba of a place the text knows (إيغاد), or whose feminine it knows.
  assert.deepEqual(run(['خالد', 'الإيغادي'], ['B-PERS', 'O'], { 0: ['FIRST-S'] }, { ايغاد: 5 }), ['B-PERS', 'O']);
  assert.deepEqual(run(['خالد', 'الإيغادي'], ['B-PERS', 'O'], { 0: ['FIRST-S'] }, { الايغاديه: 5 }), ['B-PERS', 'O']);
  // A place or people the lists hold.
  assert.deepEqual(run(['خالد', 'الأذربيجاني'], ['B-PERS', 'O'], { 0: ['FIRST-S'], 1: ['NAT-S'] }), ['B-PERS', 'O']);
  // The name closes on a word no name list holds (an unseen foreign surname): the nisba after it may describe the person.
  assert.deepEqual(run(['فوبيار', 'الفرنساوي'], ['B-PERS', 'O'], {}), ['B-PERS', 'O']);
});
