import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CUES, DIGIT_CUE, sentenceCues } from '../../../server/src/engine/sentenceCues';
import { TITLE_CUE } from '../../../server/src/engine/titleNames';
import { tagSportsClubs } from '../../../server/src/engine/sportsClubs';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const stems = (s: string) => s.split(' ').map(normalizeArabic);

test('the sentence summary names the passes whose cue words the sentence holds, and only those', () => {
  assert.notEqual(sentenceCues(stems('وقال الرئيس محمد إن')) & TITLE_CUE, 0);
  assert.equal(sentenceCues(stems('ذهب الولد إلى السوق صباحا')) & TITLE_CUE, 0);
  assert.notEqual(sentenceCues(stems('انتهت المباراة 2-1')) & DIGIT_CUE, 0);
  assert.equal(sentenceCues(stems('انتهت المباراة بالتعادل')) & DIGIT_CUE, 0);
});

test('a pass given the summary tags a scoreline sentence as it does without it', () => {
  const s = stems('الوحدات 2 - 1 الفيصلي');
  const marks = [['CLUB-S'], [], [], [], ['CLUB-S']];
  const tags = [0, 0, 0, 0, 0];
  const withSummary = tagSportsClubs(s, marks, tags, () => 0, [], sentenceCues(s));
  assert.deepEqual(withSummary, tagSportsClubs(s, marks, tags, () => 0, [], ALL_CUES));
  assert.notDeepEqual(withSummary, tags, 'the clubs of a results line are tagged');
});
