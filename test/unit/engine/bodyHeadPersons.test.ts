import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBodyHeadPersons } from '../../../server/src/engine/bodyHeadPersons';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

/** splitBodyHeadPersons on words written out (each its own stem, no marks) and their tags; `given` listed given names, `seen` training counts, `titles` role nouns,
 * `listed` a word's list marks. */
function run(words: string[], tags: string[], given: string[] = [], seen: Record<string, number> = {}, titles: string[] = [],
  listed: Record<string, string[]> = {}): string[] {
  return tagNames(splitBodyHeadPersons(words.map(normalizeArabic), words.map(() => ''), words.map((w) => listed[w] ?? []), tagNumbers(...tags), {
    text: (k) => words[k], given: (k) => given.includes(words[k]), freq: (k) => seen[words[k]] ?? 0, title: (k) => titles.includes(words[k]) }));
}

test('a body head with its article before a given name is the body named before; the words after it are the person', () => {
  assert.deepEqual(run(['باسم', 'الهيئة', 'سامر', 'العبدلي', 'إن'], ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'], ['سامر'], { العبدلي: 5 }),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // An unlisted foreign given name before another rare word.
  assert.deepEqual(run(['في', 'المنظمة', 'كاتارينا', 'فيليبوفا'], ['O', 'B-ORG', 'I-ORG', 'I-ORG']), ['O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(labelTexts('وقال المتحدث باسم الهيئة سامر العبدلي إن الانتخابات ستجري في موعدها .', 'PERSON'), ['سامر العبدلي']);
});

test('a body\'s own name, and a head before the sentence\'s verb and object, stay as they are', () => {
  assert.deepEqual(run(['المنظمة', 'الدولية', 'للهجرة'], ['B-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG']);
  assert.deepEqual(run(['الشركة', 'تبدد', 'الأموال', 'العامة'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'], [], { الأموال: 400 }),
    ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  // A head without the article governs the name after it: the body's own name (مؤسسة سامر العبدلي).
  assert.deepEqual(run(['مؤسسة', 'سامر', 'العبدلي'], ['B-ORG', 'I-ORG', 'I-ORG'], ['سامر']), ['B-ORG', 'I-ORG', 'I-ORG']);
});

test('a bare definite head before a name that ends at أن or a stop is the body named before; the name is the person', () => {
  // The hamza-less أن the tagger took at the span's end opens the clause said, no part of the name.
  assert.deepEqual(run(['الحكومة', 'سومشاي', 'ويراتونغ', 'ان', '"'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']),
    ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  // Names a place list also holds (Korean بارك، يون) still make the person when a stop closes them.
  assert.deepEqual(run(['الحزب', 'بارك', 'جي', 'يون', ':'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'], ['بارك'], { جي: 106 }, [],
    { بارك: ['LOC-S', 'NAME-S'], يون: ['LOC-S', 'NAME-S'] }), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // A word a body list holds may be the body's own name.
  assert.deepEqual(run(['الحزب', 'بارك', 'جي', ':'], ['B-ORG', 'I-ORG', 'I-ORG', 'O'], ['بارك'], {}, [], { جي: ['ORG-S'] }),
    ['B-ORG', 'I-ORG', 'I-ORG', 'O']);
  assert.deepEqual(labelTexts('وقال المتحدث باسم الحكومة سومشاي ويراتونغ ان " الجيش سيعيد النظام " .', 'PERSON'), ['سومشاي ويراتونغ']);
});

test('a bare definite head in construct with a title before one rare word is the title\'s body; the word is the person', () => {
  assert.deepEqual(run(['رئيس', 'الحكومة', 'انان', 'في'], ['O', 'B-ORG', 'I-ORG', 'O'], [], {}, ['رئيس']), ['O', 'O', 'B-PERS', 'O']);
  // Without the title, one word after the head and no stop may be the clause going on: the span is left.
  assert.deepEqual(run(['الحكومة', 'انان', 'في'], ['B-ORG', 'I-ORG', 'O']), ['B-ORG', 'I-ORG', 'O']);
});

test('a head with its adjective, or before a word the text knows well, stays as the tagger read it', () => {
  assert.deepEqual(run(['الجيش', 'الحر', 'ان'], ['B-ORG', 'I-ORG', 'O']), ['B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(run(['رئيس', 'الحكومة', 'المؤقتة', '،'], ['O', 'B-ORG', 'I-ORG', 'O'], [], {}, ['رئيس']), ['O', 'B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(run(['الحكومة', 'اليوم', '،'], ['B-ORG', 'I-ORG', 'O'], [], { اليوم: 900 }), ['B-ORG', 'I-ORG', 'O']);
  // A rare verb and its definite object before a stop are the clause going on.
  assert.deepEqual(run(['الشركة', 'تهدر', 'المال', 'العام', '،'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'], [], { المال: 400, العام: 900 }),
    ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  assert.deepEqual(run(['الحكومة', 'امس', '،'], ['B-ORG', 'I-ORG', 'O'], [], { امس: 900 }), ['B-ORG', 'I-ORG', 'O']);
});
