import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CUES, BRACKET_CUE, DASH_CUE, DIGIT_CUE, sentenceCues, sentenceMarks } from '../../../server/src/engine/sentenceCues';
import { TITLE_CUE } from '../../../server/src/engine/titleNames';
import { tagSportsClubs } from '../../../server/src/engine/sportsClubs';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const stems = (s: string) => s.split(' ').map(normalizeArabic);

test('the sentence summary names the passes whose cue words the sentence holds, and only those', () => {
  assert.notEqual(sentenceCues(stems('وقال الرئيس محمد إن')) & TITLE_CUE, 0);
  assert.equal(sentenceCues(stems('ذهب الولد إلى السوق صباحا')) & TITLE_CUE, 0);
  assert.notEqual(sentenceCues(stems('انتهت المباراة 2-1')) & DIGIT_CUE, 0);
  assert.equal(sentenceCues(stems('انتهت المباراة بالتعادل')) & DIGIT_CUE, 0);
  assert.notEqual(sentenceCues(stems('انتهت المباراة 2-1')) & DASH_CUE, 0);
  assert.notEqual(sentenceCues(stems('انتهت المباراة 2 - 1')) & DASH_CUE, 0);
  assert.equal(sentenceCues(stems('في عام 2025')) & DASH_CUE, 0);
  assert.notEqual(sentenceCues(stems('القاهرة ( أ ف ب )')) & BRACKET_CUE, 0);
  assert.equal(sentenceCues(stems('القاهرة - أ ف ب')) & BRACKET_CUE, 0);
});

test('a pass given the summary tags a scoreline sentence as it does without it', () => {
  const s = stems('الوحدات 2 - 1 الفيصلي');
  const marks = [['CLUB-S'], [], [], [], ['CLUB-S']];
  const tags = [0, 0, 0, 0, 0];
  const withSummary = tagSportsClubs(s, marks, tags, () => 0, [], sentenceCues(s));
  assert.deepEqual(withSummary, tagSportsClubs(s, marks, tags, () => 0, [], ALL_CUES));
  assert.notDeepEqual(withSummary, tags, 'the clubs of a results line are tagged');
});

test('with both summaries, clubs facing each other and a scoreline in one token are tagged as without them', () => {
  const facing = stems('وفاز الهلال على النصر');
  const clubs = [[], ['CLUB-S'], [], ['CLUB-S']];
  const facingTags = tagSportsClubs(facing, clubs, [0, 0, 0, 0], () => 500, [], sentenceCues(facing), sentenceMarks(clubs));
  assert.deepEqual(facingTags, tagSportsClubs(facing, clubs, [0, 0, 0, 0], () => 500, [], ALL_CUES, ALL_CUES));
  assert.notDeepEqual(facingTags, [0, 0, 0, 0], 'the two clubs are tagged');
  const score = stems('الوحدات 2-1 الفيصلي');
  const scoreMarks = [['CLUB-S'], [], ['CLUB-S']];
  const scoreTags = tagSportsClubs(score, scoreMarks, [0, 0, 0], () => 0, [], sentenceCues(score), sentenceMarks(scoreMarks));
  assert.notDeepEqual(scoreTags, [0, 0, 0], 'the clubs of a one-token scoreline are tagged');
});
