import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitPersonsAtWaw } from '../../../server/src/engine/particleEnds';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { labelTexts } from './helpers';

/** splitPersonsAtWaw on words written apart as the corpora split them; `given` the listed given names. */
function run(words: string[], input: string[], given: string[] = []): string[] {
  const stems = words.map((w) => normalizeArabic(w));
  return splitPersonsAtWaw(input.map((t) => TAGS.indexOf(t)), (k) => words[k], stems, (k) => given.includes(words[k] ?? '')).map((t) => TAGS[t]);
}

test('a lone و between two names ends the first person and opens the next', () => {
  assert.deepEqual(run(['التقى', 'طارق', 'السعيد', 'و', 'حسن', 'مصطفى'], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS'], ['طارق', 'حسن']),
    ['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS']);
  // A lineage word, or two family names with the article.
  assert.deepEqual(run(['بورقيبة', 'و', 'بن', 'علي'], ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']), ['B-PERS', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['الصقر', 'و', 'القطامي'], ['B-PERS', 'I-PERS', 'I-PERS']), ['B-PERS', 'O', 'B-PERS']);
  // A و closing the span is left out.
  assert.deepEqual(run(['هاشم', 'و', 'قال'], ['B-PERS', 'I-PERS', 'O']), ['B-PERS', 'O', 'O']);
});

test("a و the splitter cut off a name's first letter stays in the name", () => {
  assert.deepEqual(run(['كريستوفر', 'و', 'الكين'], ['B-PERS', 'I-PERS', 'I-PERS']), ['B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['سعد', 'بن', 'أبي', 'و', 'قاص'], ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS'], ['قاص']), ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  // Only persons: a body's name holds و (وزارة العمل و الشؤون الاجتماعية).
  assert.deepEqual(run(['وزارة', 'العمل', 'و', 'الشؤون'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
});

test('a person ends before a preposition written with its hamza or a lone ب, never an imam', () => {
  assert.deepEqual(labelTexts('وتجمع أنصار أردوغان أمام مقر الحزب في أنقرة .', 'PERSON'), ['أردوغان']);
  assert.deepEqual(labelTexts('الكويت تحيل النائب البنغالي بابول إلى المحاكمة .', 'PERSON'), ['بابول']);
  assert.deepEqual(labelTexts('وقام الممثل عادل إمام بدور البطولة في الفيلم .', 'PERSON'), ['عادل إمام']);
});
