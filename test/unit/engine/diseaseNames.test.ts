// A place or person named in a disease's name is no entity: diseases are never names (README).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a place after a disease head, across a compass word, is the disease\'s name (حمى غرب النيل)', () => {
  assert.deepEqual(places('وسجلت تونس حالات حمى غرب النيل في القيروان .'), ['تونس', 'القيروان']);
});

test('a region named in a syndrome behind ب is no place (بمتلازمة الشرق الأوسط التنفسية)', () => {
  assert.deepEqual(places('أعلنت الكويت إصابات بمتلازمة الشرق الأوسط التنفسية بين العائدين .'), ['الكويت']);
});

test('a word after بفيروس is no person (بفيروس العوز المناعي البشري)', () => {
  assert.deepEqual(labelTexts('ويصاب المرضى بفيروس العوز المناعي البشري .', 'PERSON'), []);
});

test('places where a disease spreads stay (انتشرت الحمى في [الكونغو])', () => {
  assert.deepEqual(places('وانتشرت الحمى في الكونغو وأوغندا الشهر الماضي .'), ['الكونغو', 'أوغندا']);
});
