import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustPersonBounds } from '../../../server/src/engine/personBounds';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

const tags = (...names: string[]) => names.map((n) => TAGS.indexOf(n));
const names = (t: number[]) => t.map((x) => TAGS[x]);

// Raw news attaches the pronoun the training text splits off (وزوجة ه): the tagger may run two names on across the noun.
test('a noun with its pronoun inside a person span stands between two names', () => {
  const words = 'ونفي لود وزوجته هنرييت الى فرنسا'.split(' ');
  const stems = words.map(normalizeArabic);
  const known = new Map([['زوجه', 120], ['زوجت', 0]]);
  const wordFreq = (w: string) => known.get(w) ?? 0;
  const out = adjustPersonBounds(stems, stems.map(() => []), tags('O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC'), () => 0, (k) => words[k], wordFreq,
    () => false, () => true);
  assert.deepEqual(names(out), ['O', 'B-PERS', 'O', 'B-PERS', 'O', 'B-LOC']);
});
