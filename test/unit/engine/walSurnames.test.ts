import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { walSurnames } from '../../../server/src/engine/walSurnames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { TAGS } from '../../../server/src/engine/tagger';

/** walSurnames on a sentence's tokens with the tags written out; `given` tokens are listed given names, `known` forms common. */
function run(text: string, input: string[], given: number[], known: string[] = [], lists: Record<string, string> = {}): string[] {
  return walSurnames(tokenize(text), input.map((t) => TAGS.indexOf(t)), (w) => (known.includes(w) ? 50 : 0), (k) => given.includes(k),
    (w) => lists[w]).map((t) => TAGS[t]);
}

test('a foreign surname opening with وال after a given name is the person\'s', () => {
  assert.deepEqual(labelTexts('وقال المدرب توماس والكيرتس ان فريقه جاهز .', 'PERSON'), ['توماس والكيرتس']);
  assert.deepEqual(run('الممثل كريستوفر والكين في', ['O', 'B-PERS', 'O', 'O'], [1]), ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('و + a definite word the language knows, or a place, stays outside the name', () => {
  assert.deepEqual(run('وقال محمد والوفد المرافق', ['O', 'B-PERS', 'O', 'O'], [1], ['الوفد']), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(labelTexts('وقال محمد والوفد المرافق له ان الزيارة ناجحة .', 'PERSON'), ['محمد']);
  // Not after a surname (two persons conjoined), nor before a word a place list holds whole.
  assert.deepEqual(run('التقى السنيورة والكيرتس', ['O', 'B-PERS', 'O'], []), ['O', 'B-PERS', 'O']);
  assert.deepEqual(run('زار سامي والكيرتس', ['O', 'B-PERS', 'O'], [1], [], { والكيرتس: 'LOC' }), ['O', 'B-PERS', 'O']);
  // An Arabic nisba family name behind و is a second person.
  assert.deepEqual(run('بإعدام سامي والعادلي ،', ['O', 'B-PERS', 'B-PERS', 'O'], [1]), ['O', 'B-PERS', 'B-PERS', 'O']);
});

test('a plural, or a noun with its definite adjective, behind و stays outside a lone given name', () => {
  assert.deepEqual(run('وزار خالد والكويتيون المعرض', ['O', 'B-PERS', 'O', 'O'], [1]), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run('ورافق سمير والمسيرات الوفد', ['O', 'B-PERS', 'O', 'O'], [1]), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(labelTexts('ووصل أحمد والكادر الطبي إلى المستشفى .', 'PERSON'), ['أحمد']);
});
