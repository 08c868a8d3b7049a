import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { spacedSyllableNames } from '../../../server/src/engine/spacedSyllableNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { TAGS } from '../../../server/src/engine/tagger';

/** spacedSyllableNames on a sentence's tokens with the tags written out; the training text knows `known` forms well. */
function run(text: string, input: string[], known: string[] = []): string[] {
  return spacedSyllableNames(tokenize(text), input.map((t) => TAGS.indexOf(t)), (w) => (known.includes(w) ? 100 : 0)).map((t) => TAGS[t]);
}

test('an East-Asian name the tagger cut at its spaced hyphen is read whole', () => {
  assert.deepEqual(labelTexts('وقالت الرئيسة بارك غيون - هاي ان بلادها ترفض ذلك .', 'PERSON'), ['بارك غيون - هاي']);
  // The tagger read one syllable, and the last one as a name of its own.
  assert.deepEqual(run('واستقبل كيم داي - جونغ الوفد', ['O', 'B-PERS', 'O', 'O', 'B-PERS', 'O']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // A place the tagger ran on from the last syllable keeps its own span.
  assert.deepEqual(run('وزار كيم جونغ - ايل موسكو', ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'I-LOC']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'B-LOC']);
});

test('a dash opening a clause after a name still ends it', () => {
  assert.deepEqual(run('وقال علي حسن - وهو غاضب', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O'], ['وهو']),
    ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('وقال المدرب حسن شحاتة - الذي', ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // A word the training text knows, left out by the tagger, is no syllable (لي: "to me").
  assert.deepEqual(run('قال لي ميونغ - باك', ['O', 'O', 'B-PERS', 'O', 'O'], ['لي']), ['O', 'O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(labelTexts('وقال اللاعب محمد صلاح - نجم ليفربول - ان الفريق جاهز .', 'PERSON'), ['محمد صلاح']);
});

test('a person span the tagger ran on from the last syllable ends there', () => {
  assert.deepEqual(run('ان كيم جونغ - ايل اقترن بسكرتيرته', ['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS', 'O']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
});

test('a known given name after a spaced dash opens the next person of a by-line', () => {
  assert.deepEqual(run('المباراة عاطف فتحي - صالح الحمصي :', ['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS', 'O'], ['صالح']),
    ['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS', 'O']);
});

test('a first syllable the language also writes (هو) opens the name right after a title', () => {
  assert.deepEqual(labelTexts('والتقى الرئيس هو جين - تاو نظيره الروسي امس .', 'PERSON'), ['هو جين - تاو']);
  // Without the title the pronoun stays a pronoun.
  assert.deepEqual(run('قال هو جين - تاو', ['O', 'O', 'B-PERS', 'O', 'O'], ['هو', 'قال']), ['O', 'O', 'B-PERS', 'O', 'O']);
});
