import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a club word before or after a town in a sports sentence makes one club of them', () => {
  assert.ok(entities('وتغلب دينامو بريست على ضيفه في الدوري .').includes('ORGANIZATION دينامو بريست'));
  // A tail (سيتي is no tail: مكسيكو سيتي، كانساس سيتي are places).
  assert.deepEqual(entities('وفاز الفريق على كراتشي يونايتد في الدوري .'), ['ORGANIZATION كراتشي يونايتد']);
});

test('a club word before a country is no club: the country keeps its reading', () => {
  assert.ok(!entities('وقال مدرب الفريق إنه يطالب باستقلال لبنان عن أزمات المنطقة .').some((e) => e.includes('استقلال')));
});

test('بهدف with a goal\'s count, adjective or a side\'s lead makes a sports sentence; بهدف meaning "in order to" does not', () => {
  assert.ok(entities('وعزز دينامو بريست تقدمه بهدف ثان في الدقيقة 60 .').includes('ORGANIZATION دينامو بريست'));
  assert.ok(entities('وتقدم ريال قرطبة بهدف وحيد سجله مهاجمه .').includes('ORGANIZATION ريال قرطبة'));
  // An aim: the town stays the place.
  assert.ok(entities('وزار وفد دينامو بريست المدينة بهدف تعزيز التعاون بين الناديين .').includes('LOCATION بريست'));
});

test('a tail shared by places and clubs (سيتي) joins a town in a sports sentence unless the lists hold the phrase as a place', () => {
  assert.ok(entities('وسجل المهاجم هدفين مع دبي سيتي أمام ضيفه .').includes('ORGANIZATION دبي سيتي'));
  assert.ok(entities('وسجل المهاجم هدفين مع بورتسموث سيتي أمام ضيفه .').includes('ORGANIZATION بورتسموث سيتي'));
  // The lists hold مكسيكو سيتي as a place: the city hosting the match stays the place.
  assert.ok(entities('وأقيمت المباراة في مكسيكو سيتي أمس .').includes('LOCATION مكسيكو سيتي'));
});
