import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyGivenNames } from '../../../server/src/engine/bodyGivenNames';
import { entityLines, tagNames, tagNumbers } from './helpers';

test('a listed body that ran on into the given name of the person after it gives the name back', () => {
  const lines = entityLines('وقال رئيس مفوضية الاتحاد الأفريقي ألفا عمر كوناري في الجلسة الختامية .');
  assert.ok(lines.includes('ORGANIZATION مفوضية الاتحاد الأفريقي'), lines.join(' | '));
  assert.ok(lines.includes('PERSON ألفا عمر كوناري'), lines.join(' | '));
});

test('only past the end the body list gives, a name-listed word no body list holds, a place or article only for a listed person', () => {
  const words = ['قال', 'رئيس', 'اتحاد', 'الكتاب', 'مارو', 'نغوزي', 'اوكافور'];
  const tags = tagNumbers('O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PERS', 'I-PERS');
  const run = (marks: string[][]) => tagNames(bodyGivenNames(marks, tags, (k) => words[k]));
  const base = [[], [], ['ORG-B'], ['ORG-E'], ['NAME-S'], [], []];
  assert.deepEqual(run(base), ['O', 'O', 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'I-PERS']);
  // The body list does not end before the word: it is the body's.
  assert.deepEqual(run([[], [], ['ORG-B'], ['ORG-I'], ['NAME-S'], [], []]), tagNames(tags));
  // A body list holds the word too.
  assert.deepEqual(run([[], [], ['ORG-B'], ['ORG-E'], ['NAME-S', 'ORG-S'], [], []]), tagNames(tags));
  // A place list holds it and no listed person opens there.
  assert.deepEqual(run([[], [], ['ORG-B'], ['ORG-E'], ['NAME-S', 'LOC-S'], [], []]), tagNames(tags));
  // No name list holds it.
  assert.deepEqual(run([[], [], ['ORG-B'], ['ORG-E'], [], [], []]), tagNames(tags));
  // A listed person's name opens there: a place list holding the word too does not stop it.
  assert.deepEqual(run([[], [], ['ORG-B'], ['ORG-E'], ['NAME-S', 'LOC-S', 'PER-B'], [], []]), ['O', 'O', 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'I-PERS']);
});
