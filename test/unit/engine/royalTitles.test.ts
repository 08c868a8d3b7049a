import assert from 'node:assert/strict';
import { test } from 'node:test';
import { royalTitlesOut } from '../../../server/src/engine/honorificTitles';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

const run = (stems: string[], input: string[]) => royalTitlesOut(stems, input.map((t) => TAGS.indexOf(t))).map((t) => TAGS[t]);

test('a royal title stays outside the name it introduces, as every title but البابا and الشيخ does', () => {
  assert.deepEqual(entityLines('وقد حاصر السلطان محمد المدينة شهرين قبل ان يدخلها'), ['PERSON محمد']);
  assert.deepEqual(entityLines('وامر السلطان سليم ببناء الجامع'), ['PERSON سليم']);
  assert.deepEqual(run(['وكان', 'الامبراطور', 'شاو', 'بنج'], ['O', 'B-PERS', 'I-PERS', 'I-PERS']), ['O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['عهد', 'الشاه', 'عباس', 'الاول'], ['O', 'B-PERS', 'I-PERS', 'I-PERS']), ['O', 'O', 'B-PERS', 'I-PERS']);
});

test('a royal title alone, or inside a place or a name, is left as the tagger read it', () => {
  // A one-word span is the title read as a name (no name to leave it out of); inside a name it is the name's (عين السلطان).
  assert.deepEqual(run(['قال', 'السلطان', 'إن'], ['O', 'B-PERS', 'O']), ['O', 'B-PERS', 'O']);
  assert.deepEqual(run(['مولاي', 'السلطان'], ['B-PERS', 'I-PERS']), ['B-PERS', 'I-PERS']);
  assert.deepEqual(entityLines('وتقع قرية عين السلطان قرب أريحا'), ['LOCATION عين السلطان', 'LOCATION أريحا']);
});
