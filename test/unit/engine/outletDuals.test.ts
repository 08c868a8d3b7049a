// Two outlets named after a dual head are two organisations, the head outside, never one place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a channel dual and the two channels after it are two organisations (قناتا الجزيرة والعربية)', () => {
  assert.deepEqual(entityLines('وقالت وسائل إعلام بينها قناتا الجزيرة والعربية إن الهجوم وقع فجرا .'),
    ['ORGANIZATION الجزيرة', 'ORGANIZATION العربية']);
});

test('a paper dual behind ل names both papers (لصحيفتي الخبر والوطن)', () => {
  assert.deepEqual(entityLines('وقال في حديث لصحيفتي الخبر والوطن إن الانتخابات ستجرى في موعدها .'),
    ['ORGANIZATION الخبر', 'ORGANIZATION الوطن']);
});

test('an agencies dual read as و + ك + a place is no place (وكالتا رويترز وفرانس برس)', () => {
  assert.deepEqual(entityLines('وأوردت وكالتا رويترز وفرانس برس النبأ .'), ['ORGANIZATION رويترز', 'ORGANIZATION فرانس برس']);
});
