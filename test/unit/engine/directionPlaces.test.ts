// A settlement's name located by a compass word and a larger place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a word after a settlement head, located by a compass word and a larger place, is the settlement though a name list holds it (بلدة جوهر شمال مقديشو)', () => {
  assert.deepEqual(places('ودخل المقاتلون بلدة جوهر شمال مقديشو صباح الأربعاء .'), ['جوهر', 'مقديشو']);
});

test('a describing word or a common noun between the head and the compass word stays no place (منطقة عازلة شمال سوريا، منطقة الحدود)', () => {
  assert.deepEqual(places('وتطالب أنقرة بإقامة منطقة عازلة شمال سوريا .'), ['أنقرة', 'سوريا']);
  assert.deepEqual(places('ووقعت الاشتباكات في منطقة الحدود شمال سوريا .'), ['سوريا']);
  assert.deepEqual(places('وقتل جندي في منطقة العمليات شرق البلاد .'), []);
});
