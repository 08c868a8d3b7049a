import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitWaldNames } from '../../../server/src/engine/waldNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

const GIVEN = new Set(['محمد', 'سيدي', 'سالم', 'بلال']);
/** splitWaldNames on words written out, given names from GIVEN. */
function run(text: string, input: string[]): string[] {
  const stems = text.split(' ').map(normalizeArabic);
  return splitWaldNames(stems, input.map((t) => TAGS.indexOf(t)), (k) => GIVEN.has(stems[k])).map((t) => TAGS[t]);
}

test('a ولد name after a name that has ended is a second person: the object of the verb', () => {
  assert.deepEqual(run('وعين الرئيس الغزواني محمد ولد بلال وزيرا', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']),
    ['O', 'O', 'B-PERS', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(entityLines('وعين الرئيس الغزواني محمد ولد بلال وزيرا أول .'), ['PERSON الغزواني', 'PERSON محمد ولد بلال']);
  assert.deepEqual(entityLines('وعين الرئيس الموريتاني محمد ولد عبد العزيز سيدي محمد ولد بوبكر رئيسا للوزراء .'),
    ['PERSON محمد ولد عبد العزيز', 'PERSON سيدي محمد ولد بوبكر']);
});

test('a compound given name opening the span and a chain of links stay one name', () => {
  assert.deepEqual(run('الوزير محمد سالم ولد مرزوك', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run('حمودي ولد سالم ولد بلال', ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']), ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
});
