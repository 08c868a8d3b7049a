import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeBodyRanks } from '../../../server/src/engine/bodyRankTails';
import { TAGS } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));
const norm = (w: string) => w.split(' ').map(normalizeArabic);
const run = (text: string, ...tags: string[]) => takeBodyRanks(norm(text), tags.map(() => ''), spans(...tags));

test('a body takes the ordinal or federal rank after it that agrees with its head', () => {
  assert.deepEqual(run('قضت محكمة جنح الموصل الثالثة بسجن', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run('وأحالت هيئة الرقابة الاتحادية الملف', 'O', 'B-ORG', 'I-ORG', 'O', 'O'),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run('وقال مصرف الوادي الثاني إن', 'O', 'B-ORG', 'I-ORG', 'O', 'O'),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
});

test('a rank that does not agree, ranks the body among others or follows a definite head stays outside', () => {
  const cut = ['O', 'B-ORG', 'I-ORG', 'O', 'O'];
  assert.deepEqual(run('وأصبح مصرف الوادي الثانية إن', ...cut), spans(...cut));
  assert.deepEqual(run('وأصبحت شركة الريف الأولى عربيا في', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'), spans('O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'));
  assert.deepEqual(run('وقالت الهيئة الوطنية الثانية إن', ...cut), spans(...cut));
});
