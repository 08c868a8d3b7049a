import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagNamedStorms } from '../../../server/src/engine/stormNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagNames as names, tagNumbers as tags } from './helpers';

const O = (n: number) => new Array<number>(n).fill(0);

test('a storm head with a name is one MISC span; with a describing adjective it stays O', () => {
  const named = tokenize('ضربت العاصفة بيانكا السواحل');
  const st = named.map((t) => t.norm);
  assert.deepEqual(names(tagNamedStorms(named, st, O(named.length), (k) => k === 2)), ['O', 'B-MISC', 'I-MISC', 'O']);
  const sand = tokenize('ضربت عاصفة رملية المدينة');
  assert.deepEqual(names(tagNamedStorms(sand, sand.map((t) => t.norm), O(sand.length), () => true)), ['O', 'O', 'O', 'O']);
});

test('a storm head and its name the tagger read as one person are the storm, even a name ending like a nisba', () => {
  const s = tokenize('واجتاح إعصار روجي الساحل الشرقي');
  const st = s.map((t) => t.norm);
  assert.deepEqual(names(tagNamedStorms(s, st, tags('O', 'B-PERS', 'I-PERS', 'O', 'O'), () => false)), ['O', 'B-MISC', 'I-MISC', 'O', 'O']);
  // A body's span is left alone.
  assert.deepEqual(names(tagNamedStorms(s, st, tags('O', 'B-ORG', 'I-ORG', 'O', 'O'), () => false)), ['O', 'B-ORG', 'I-ORG', 'O', 'O']);
});

test('a storm head before a listed given name the tagger left O names the storm; a known word that is no name does not', () => {
  const s = tokenize('ضرب الإعصار سلوى الساحل');
  const st = s.map((t) => t.norm);
  assert.deepEqual(names(tagNamedStorms(s, st, O(s.length), () => false, (k) => k === 2)), ['O', 'B-MISC', 'I-MISC', 'O']);
  assert.deepEqual(names(tagNamedStorms(s, st, O(s.length), () => false, () => false)), ['O', 'O', 'O', 'O']);
});
