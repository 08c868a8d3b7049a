// A one-word place that is a verb of the sentence is dropped; listed places of a verb's shape stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropVerbPlaces } from '../../../server/src/engine/placeVerbs';
import { tagNames as names, tagNumbers as tags } from './helpers';

// Kin forms the training text knows as verbs: يوقع/توقع for the past أوقعت, يقاطع/تقاطع for قاطعت.
const freq = (w: string) => (['يوقع', 'توقع', 'يقاطع', 'تقاطع'].includes(w) ? 10 : 0);
const noName = () => false;

test('a feminine past verb read as a one-word place is no place (اشتباكات في بيروت وطرابلس [أوقعت] 65 قتيلا)', () => {
  const words = ['اشتباكات', 'في', 'بيروت', 'وطرابلس', 'أوقعت', '65', 'قتيلا'];
  const marks = [[], [], ['LOC-S'], ['LOC-S'], [], [], []];
  const out = dropVerbPlaces(marks, tags('O', 'O', 'B-LOC', 'B-LOC', 'B-LOC', 'O', 'O'), (k) => words[k], freq, noName);
  assert.deepEqual(names(out), ['O', 'O', 'B-LOC', 'B-LOC', 'O', 'O', 'O']);
});

test('a listed place of a verb\'s shape, a longer place and an unseen word stay', () => {
  const words = ['قاطعت', 'عدن', 'قاطعت', 'الجديدة', 'تيبازة'];
  const marks = [['LOC-S'], ['LOC-S'], [], [], []];
  const before = tags('B-LOC', 'B-LOC', 'B-LOC', 'I-LOC', 'B-LOC');
  assert.equal(dropVerbPlaces(marks, before, (k) => words[k], freq, noName), before);
});
