import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBodyHeadPersons } from '../../../server/src/engine/bodyHeadPersons';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

/** splitBodyHeadPersons on words written out (each its own stem, no marks) and their tags; `given` listed given names, `seen` training counts. */
function run(words: string[], tags: string[], given: string[] = [], seen: Record<string, number> = {}): string[] {
  return tagNames(splitBodyHeadPersons(words.map(normalizeArabic), words.map(() => ''), words.map(() => []), tagNumbers(...tags), (k) => words[k],
    (k) => given.includes(words[k]), (k) => seen[words[k]] ?? 0));
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
