import assert from 'node:assert/strict';
import { test } from 'node:test';
import { womenNisbaSurnames } from '../../../server/src/engine/womenNisbaSurnames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

const TITLES = new Set(['الباحثة', 'الوزيرة', 'الباحث']);
const GIVEN = new Set(['ليلى', 'هدى', 'خالد']);

/** womenNisbaSurnames on words written out (no clitics): titles and given names from the sets above. */
function run(words: string[], input: string[]): string[] {
  return tagNames(womenNisbaSurnames(words.map(normalizeArabic), tagNumbers(...input), (k) => words[k], (k) => TITLES.has(words[k]),
    (k) => GIVEN.has(words[k])));
}

test('a masculine nisba after a woman\'s title and given name is her family name', () => {
  assert.deepEqual(labelTexts('قالت الباحثة ليلى الجزائري من معهد باستور إن النتائج مشجعة .', 'PERSON'), ['ليلى الجزائري']);
  assert.deepEqual(run(['قالت', 'الوزيرة', 'هدى', 'المصري', 'إن'], ['O', 'O', 'B-PERS', 'O', 'O']), ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
});

test('but not a feminine nisba (her adjective), nor after a man\'s title, nor a word that is no given name', () => {
  assert.deepEqual(run(['قالت', 'الوزيرة', 'هدى', 'المصرية', 'إن'], ['O', 'O', 'B-PERS', 'O', 'O']), ['O', 'O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['قال', 'الباحث', 'خالد', 'المصري', 'إن'], ['O', 'O', 'O', 'O', 'O']), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run(['قالت', 'الوزيرة', 'أمس', 'المصري', 'إن'], ['O', 'O', 'O', 'O', 'O']), ['O', 'O', 'O', 'O', 'O']);
});
