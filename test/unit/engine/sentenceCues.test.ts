import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CUES, BRACKET_CUE, DASH_CUE, DIGIT_CUE, sentenceCues, sentenceMarks } from '../../../server/src/engine/sentenceCues';
import { TITLE_CUE } from '../../../server/src/engine/titleNames';
import { tagSportsClubs } from '../../../server/src/engine/sportsClubs';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { buildGazetteer, gazetteerMarks, gazWord } from '../../../server/src/engine/gazetteer';
import { CLUB_MARKS } from '../../../server/src/engine/sportsNews';
import { ONE_WORD_PLACE_MARK } from '../../../server/src/engine/prepositionPlaces';
import { LISTED_GAP_MARKS } from '../../../server/src/engine/listedGaps';
import { LISTED_PLACE_MARKS } from '../../../server/src/engine/namePatterns';

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

test('list-mark bits kept on a word are those its marks give, also where a multi-word match replaced them', () => {
  const gaz = buildGazetteer({ 'الاهلي': 'CLUB', 'القاهره': 'LOC', 'بنك القاهره': 'ORG', 'القاهره الجديده': 'LOC', 'سامح': 'FIRST' });
  const word = (w: string) => gazWord(w, { prefix: '', stem: w, core: w }, false);
  const [club, city, bank, name] = ['الاهلي', 'القاهره', 'بنك', 'سامح'].map(word);
  const alone = [club, city, name].map((gw) => ({ gw }));
  const first = gazetteerMarks(alone.map((w) => w.gw), gaz);
  // Own single marks: the bits come from the word (the second time kept there) and equal the marks' own.
  assert.equal(first[1], city.single);
  for (let round = 0; round < 2; round++) assert.equal(sentenceMarks(first, alone), sentenceMarks(first));
  assert.equal(sentenceMarks(first, alone), CLUB_MARKS | ONE_WORD_PLACE_MARK);
  assert.equal(city.markBitsAt >= 0 && city.markBits, ONE_WORD_PLACE_MARK);
  // In بنك القاهره the city's marks are the match's copy (LOC-S and ORG-E): read from the copy, not from the word's kept bits.
  const inBank = [bank, city].map((gw) => ({ gw }));
  const second = gazetteerMarks(inBank.map((w) => w.gw), gaz);
  assert.notEqual(second[1], city.single);
  assert.equal(sentenceMarks(second, inBank), sentenceMarks(second));
  assert.deepEqual(second, [['ORG-B'], ['LOC-S', 'ORG-E']]);
  assert.equal(sentenceMarks(second, inBank), ONE_WORD_PLACE_MARK | LISTED_GAP_MARKS);
  // In القاهره الجديده its LOC-S gave way to LOC-B: the kept LOC-S bit must not come back.
  const inPlace = [city, word('الجديده')].map((gw) => ({ gw }));
  const third = gazetteerMarks(inPlace.map((w) => w.gw), gaz);
  assert.deepEqual(third, [['LOC-B'], ['LOC-E']]);
  assert.equal(sentenceMarks(third, inPlace), LISTED_PLACE_MARKS);
});
