import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inWideCues, wordWideCues } from '../../../server/src/engine/wideCues';
import { ADDRESSED_CUE } from '../../../server/src/engine/outletsAddressed';
import { OUTLET_NAMED_CUE, TOLD_CUE } from '../../../server/src/engine/outletsNamed';
import { wordInfo } from '../../../server/src/engine/features';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines } from './helpers';

// tagLateBodies skips the three outlet passes in a sentence whose words carry none of their bits: each bit must sit on
// every form the pass starts from (read whole, as the pass reads the token's form), and on no ordinary word.
const n = normalizeArabic;
const bits = (w: string, stem = n(w)) => wordWideCues(stem, n(w));

test('the outlet passes\' bits sit on the forms they start from and on no ordinary word', () => {
  for (const w of ['ل', 'لـ']) assert.ok(inWideCues(bits(w), ADDRESSED_CUE), w);
  for (const w of ['الجزيرة', 'للجزيرة', 'وللحياة', 'فللشروق', 'الأهرام']) assert.ok(inWideCues(bits(w, 'x'), OUTLET_NAMED_CUE), w);
  for (const w of ['أن', 'وأن', 'فإن', 'لأن', 'بأن']) assert.ok(inWideCues(bits(w, 'x'), TOLD_CUE), w);
  for (const w of ['قال', 'الوزير', 'لبنان', 'جزيرة', 'والحياة', 'أنه']) assert.ok(!inWideCues(bits(w), ADDRESSED_CUE, OUTLET_NAMED_CUE, TOLD_CUE), w);
});

test('the outlet passes still fire behind their bits', () => {
  // tagOutletsAddressed: a quoted name after لـ written apart.
  assert.deepEqual(entityLines('وصرح المتحدث لـ«الشروق» بأن الموعد لم يتحدد .'), ['ORGANIZATION الشروق']);
  // tagOutletsNamed: a listed outlet behind a joined لل after a verb of telling.
  assert.deepEqual(entityLines('وقال النائب في حديث للنهار إن الجلسة تأجلت .'), ['ORGANIZATION لنهار']);
  // tagUnlistedOutletsTold: an unknown word behind لـ between a verb of telling and أن.
  assert.deepEqual(entityLines('وأكد المدير لزاغروسنيوز أن المشروع اكتمل .'), ['ORGANIZATION لزاغروسنيوز']);
});

test('a word\'s cue class is the first list holding its stem or its core, titles first', () => {
  const cue = (w: string) => wordInfo({ norm: n(w), isWord: true, isNumber: false }, { freq: () => 0 }).cue;
  assert.equal(cue('لواء'), 'title', 'a title and a body\'s head both: the title wins');
  assert.equal(cue('بلدية'), 'orghead', 'a body\'s head and a place\'s both: the body wins');
  assert.equal(cue('وزارة'), 'orghead');
  assert.equal(cue('مدينة'), 'lochead');
  assert.equal(cue('الرئيس'), 'title');
  assert.equal(cue('سيارة'), '');
});
