import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('in sports news a club word and the town after it are one club, whether the town is listed or unknown', () => {
  // مولودية and اتحاد open several listed clubs; زغمارة and تيغرمين are invented towns no list holds.
  assert.deepEqual(entityLines('وتعادل مولودية زغمارة مع ضيفه بهدف لمثله في مباراة الجولة العاشرة .'), ['ORGANIZATION مولودية زغمارة']);
  assert.deepEqual(entityLines('وسجل المهاجم هدفين لاتحاد تيغرمين في الدقيقة 70 .'), ['ORGANIZATION اتحاد تيغرمين']);
  assert.deepEqual(entityLines('وتغلب شباب جدة على ضيفه بهدفين في الجولة الأخيرة .'), ['ORGANIZATION شباب جدة']);
});

test('a club word before a noun phrase, an owned noun, a club or a country names no club', () => {
  assert.deepEqual(entityLines('وحضر مباراة الفريق عدد من شباب المدينة القديمة وهم يحملون الأعلام .'), []);
  assert.deepEqual(entityLines('ولعب شباب قريتهم مباراة ودية في الملعب البلدي .'), []);
  assert.deepEqual(entityLines('وسجل نجم برشلونة هدف الفوز في الدقيقة 80 .'), ['ORGANIZATION برشلونة']);
  assert.deepEqual(entityLines('وقال نجم جنوب أفريقيا بعد المباراة إن فريقه يستحق الفوز .'), ['LOCATION جنوب أفريقيا']);
});

test('outside sports news the club word keeps its common sense', () => {
  assert.deepEqual(entityLines('وقال شباب زغمارة إنهم ينتظرون فرص العمل منذ سنوات .'), []);
});

test("a side's points on the table make the sentence sports news; points alone do not", () => {
  // رفع and رصيد are no sports words: the tally before the points count is the cue.
  assert.deepEqual(entityLines('ورفع مولودية زغمارة رصيده إلى 40 نقطة .'), ['ORGANIZATION مولودية زغمارة']);
  assert.deepEqual(entityLines('وطرح شباب زغمارة عشر نقاط على الحكومة لتحسين ظروفهم .'), []);
});

test('the ball before its game makes sports news; the ball alone does not', () => {
  assert.deepEqual(entityLines('وتقدم شباب زغمارة بشكوى إلى الاتحاد الجزائري لكرة القدم .'),
    ['ORGANIZATION شباب زغمارة', 'ORGANIZATION الاتحاد الجزائري لكرة القدم']);
  assert.deepEqual(entityLines('وقال شباب زغمارة إنهم يلعبون الكرة في الشارع .'), []);
});
