import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { commaSetNames, CommaSetReads } from '../../../server/src/engine/commaSetNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { TAGS } from '../../../server/src/engine/tagger';

/** commaSetNames on a sentence's tokens (no clitic cut); `title`, `given`, `rare`, `place` list the token indices so read. */
function run(text: string, input: string[], marks: { title?: number[]; given?: number[]; rare?: number[]; place?: number[]; known?: string[] }): string[] {
  const tokens = tokenize(text);
  const has = (list: number[] | undefined) => (k: number) => (list ?? []).includes(k);
  const reads: CommaSetReads = { title: has(marks.title), given: has(marks.given), named: () => false, rare: has(marks.rare), notName: has(marks.place), verb: () => false, freq: (w) => (marks.known ?? []).includes(w) ? 50 : 0 };
  return commaSetNames(tokens, tokens.map((t) => t.norm), tokens.map(() => ''), input.map((t) => TAGS.indexOf(t)), reads).map((t) => TAGS[t]);
}

test('a person set off by commas after a title is read, whatever the family name', () => {
  assert.deepEqual(labelTexts('وكان وزير الخارجية الليبي ، سامي الحمار ، في مقدمة المستقبلين .', 'PERSON'), ['سامي الحمار']);
  // A given name a place list holds too (بشار: Béchar) still opens it.
  assert.deepEqual(run('الرئيس السوري ، بشار الاسد ، في', ['O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [0], given: [3], place: [3] }),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
});

test('an adverb or a clause between the commas stays O', () => {
  assert.deepEqual(run('وقال الرئيس ، امس الاول ، ان', ['O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [1] }), ['O', 'O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقال الوزير ، في مؤتمر صحفي ، ان', ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [1], rare: [] }),
    ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']);
  // A rare word a place list holds is no given name; nor does a name start after a word that is no title complement.
  assert.deepEqual(run('الرئيس ، كابريتس بلدة ، في', ['O', 'O', 'O', 'O', 'O', 'O'], { title: [0], rare: [2, 3], place: [2] }), ['O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('الرئيس قال ، سامي الحمار ، في', ['O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [0], given: [3] }), ['O', 'O', 'O', 'O', 'O', 'O', 'O']);
});

test('a preposition, or a known word with its pronoun, between the commas opens no name', () => {
  assert.deepEqual(labelTexts('وقال المدير ، في بيان ، إن الشركة ستوسع أعمالها .', 'PERSON'), []);
  assert.deepEqual(run('ودعا الرئيس ، حفظه الله ، الى', ['O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [1], rare: [3], known: ['حفظ'] }),
    ['O', 'O', 'O', 'O', 'O', 'O', 'O']);
  // Before الله, a blessing though a name list holds its first word (رحمه).
  assert.deepEqual(run('وقال الأمير ، رحمه الله ، كلمته', ['O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [1], given: [3], known: ['رحم'] }),
    ['O', 'O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('رئيس البرلمان ، نبيه بري ، في', ['O', 'O', 'O', 'O', 'O', 'O', 'O'], { title: [0], given: [3], rare: [4], known: ['نبي'] }),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
});
