import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conjoinedAdjectives } from '../../../server/src/engine/conjoinedAdjectives';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines, tagNames, tagNumbers } from './helpers';

/** conjoinedAdjectives on a sentence split at spaces, و read as a clitic on the words in `wa`; `seen` the words the training text knows. */
function run(text: string, input: string[], wa: number[], seen: string[]): string[] {
  const sentence = tokenize(text);
  const prefixes = sentence.map((_, k) => (wa.includes(k) ? 'و' : ''));
  const stems = sentence.map((t, k) => (wa.includes(k) ? t.norm.slice(1) : t.norm));
  return tagNames(conjoinedAdjectives(sentence, stems, prefixes, tagNumbers(...input), (w) => (seen.includes(w) ? 20 : 0)));
}

test('a given name read after an adjective of its shape, joined by و, is the second adjective', () => {
  assert.deepEqual(run('الى سلام شامل وعادل في', ['O', 'O', 'O', 'B-PERS', 'O'], [3], ['شامل']), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('كاشهر ممثل سينمائي ومسرحي في', ['O', 'O', 'O', 'B-PERS', 'O'], [3], ['سينمايي']), ['O', 'O', 'O', 'O', 'O']);
  // Nor does a repeat of the name read elsewhere in the article spread there.
  assert.deepEqual(entityLines('وقال الوزير ان بلاده تسعى الى سلام شامل وعادل في المنطقة .\nوالتقى الرئيس ماهر وعادل في القاهرة .'),
    ['PERSON ماهر', 'PERSON عادل', 'LOCATION القاهرة']);
});

test('names joined to a name, after a mark, or of other shapes stay persons', () => {
  // The word before is a person the tagger read.
  assert.deepEqual(run('التقى ماهر وعادل في', ['O', 'B-PERS', 'B-PERS', 'O'], [2], ['ماهر']), ['O', 'B-PERS', 'B-PERS', 'O']);
  // A list after a comma: two names, not a noun's adjectives.
  assert.deepEqual(run('هم ، كامل وعادل', ['O', 'O', 'O', 'B-PERS'], [3], ['كامل']), ['O', 'O', 'O', 'B-PERS']);
  // Shapes that differ (a noun, then a given name).
  assert.deepEqual(run('رئيس الوفد كريم وعادل', ['O', 'O', 'O', 'B-PERS'], [3], ['كريم']), ['O', 'O', 'O', 'B-PERS']);
  // A word the training text never saw before و is no adjective it knows.
  assert.deepEqual(run('وصل مراسلنا شامل وعادل', ['O', 'O', 'O', 'B-PERS'], [3], []), ['O', 'O', 'O', 'B-PERS']);
});
