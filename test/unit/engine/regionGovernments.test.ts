import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagRegionGovernments } from '../../../server/src/engine/regionGovernments';
import { TAGS } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));
const run = (text: string, ...tags: string[]) => tagRegionGovernments(text.split(' ').map(normalizeArabic), tags.map(() => ''), spans(...tags));

test("a region's government is one body with its region, whether the tagger read the place alone or with its head", () => {
  assert.deepEqual(run('وطالبت حكومة إقليم تيغراي بالحوار', 'O', 'O', 'O', 'B-LOC', 'O'), spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run('وطالبت حكومة إقليم تيغراي بالحوار', 'O', 'O', 'B-LOC', 'I-LOC', 'O'), spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  // إقليم before a place with no government before it stays a place's head, outside.
  assert.deepEqual(run('وفي إقليم تيغراي أمطار', 'O', 'O', 'B-LOC', 'O'), spans('O', 'O', 'B-LOC', 'O'));
});

test('a ministry named with its region after في takes the region in; other bodies and a read government keep it out', () => {
  assert.deepEqual(run('وقالت وزارة الزراعة في إقليم تيغراي إن', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O'),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'));
  const company = ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O'];
  assert.deepEqual(run('وقالت شركة الزراعة في إقليم تيغراي إن', ...company), spans(...company));
  assert.deepEqual(run('وقالت وزارة الزراعة في حكومة إقليم تيغراي إن', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'O'),
    spans('O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
});
