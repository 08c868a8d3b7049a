import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indefiniteNisbas } from '../../../server/src/engine/indefiniteNisbas';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { labelTexts } from './helpers';

/** indefiniteNisbas on words written out; `nat` the listed nationalities' positions, `given` the listed given names'. */
function run(words: string[], input: string[], nat: number[], given: number[], stems: Record<number, string> = {}): string[] {
  return indefiniteNisbas(words.map((w, k) => stems[k] ?? normalizeArabic(w)), input.map((t) => TAGS.indexOf(t)), (k) => words[k], (k) => nat.includes(k),
    (k) => given.includes(k)).map((t) => TAGS[t]);
}

test('an indefinite masculine nationality right after a lone given name is the family name', () => {
  assert.deepEqual(run(['استطاعت', 'ميساء', 'مغربي', 'ان', 'تحول'], ['O', 'B-PERS', 'O', 'O', 'O'], [2], [1]), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
});

test('no family name from a feminine or accusative predicate, a definite adjective, a clitic, or after a surname', () => {
  for (const w of ['مغربية', 'مغربيا', 'المغربي'])
    assert.deepEqual(run(['كانت', 'ميساء', w], ['O', 'B-PERS', 'O'], [2], [1]), ['O', 'B-PERS', 'O']);
  // The splitter cut ك off (كمغربي): a comparison, not a name.
  assert.deepEqual(run(['ظهرت', 'ميساء', 'كمغربي'], ['O', 'B-PERS', 'O'], [2], [1], { 2: 'مغربي' }), ['O', 'B-PERS', 'O']);
  assert.deepEqual(run(['قال', 'بوش', 'امريكي'], ['O', 'B-PERS', 'O'], [2], []), ['O', 'B-PERS', 'O']);
});

test('a nisba that its specifier follows is an adjective of origin, no family name (خالد عراقي الأصل)', () => {
  assert.deepEqual(labelTexts('وكان خالد عراقي الأصل لكنه عاش في السويد .', 'PERSON'), ['خالد']);
});
