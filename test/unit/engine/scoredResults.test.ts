import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('the sides of a result with its score are teams, of two words or read otherwise', () => {
  assert.deepEqual(entities('وفاز شباب الواحة على نجم السواحل 3-1 في الجولة الخامسة .'), ['ORGANIZATION شباب الواحة', 'ORGANIZATION نجم السواحل']);
  // A score in words closes the second side: it is no part of the name.
  assert.ok(entities('وتعادل الكوكب مع بلدية الرمال سلبيا في افتتاح الدوري .').includes('ORGANIZATION بلدية الرمال'));
});

test('two players in a scored result stay persons, and a side\'s own word for the other is no team', () => {
  assert.deepEqual(entities('وفاز رافائيل نادال على روجيه فيدرر 6-3 في النهائي .'), ['PERSON رافائيل نادال', 'PERSON روجيه فيدرر']);
  assert.deepEqual(entities('وفاز منتخبنا على نظيره 2-0 أمس .'), []);
});

test('a score that lost its dash on the wire still closes the second side', () => {
  assert.deepEqual(entities('وفاز ساندرلاند على بريستون 2 1 في الجولة الرابعة من الدوري .'), ['ORGANIZATION ساندرلاند', 'ORGANIZATION بريستون']);
});

test('a club named by a body\'s head is a side of a result, and the bare head elsewhere no body', () => {
  assert.deepEqual(entities('وتعادل الفيصلي مع الشرطة سلبيا في الجولة الثالثة من الدوري .'), ['ORGANIZATION الفيصلي', 'ORGANIZATION الشرطة']);
  assert.deepEqual(entities('وتغلب الاتحاد على الوحدة بهدفين في الدوري .'), ['ORGANIZATION الاتحاد', 'ORGANIZATION الوحدة']);
  assert.deepEqual(entities('وقال الاتحاد إن الدوري سيستأنف الشهر المقبل .'), []);
});
