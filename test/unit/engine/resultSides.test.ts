import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('both sides of a result verb and على/مع/أمام are teams when one is a definite word no list holds', () => {
  assert.deepEqual(entities('وفاز الكوكب على الطليعة في قمة الدوري .'), ['ORGANIZATION الكوكب', 'ORGANIZATION الطليعة']);
  assert.deepEqual(entities('وسقط الكوكب أمام الطليعة في مباراة الجولة الخامسة .'), ['ORGANIZATION الكوكب', 'ORGANIZATION الطليعة']);
  // The result may be the verb's object, with its adjective (حقق … فوزا كبيرا على).
  assert.deepEqual(entities('وحقق الطليعة فوزا كبيرا على الكوكب في الدوري .'), ['ORGANIZATION الطليعة', 'ORGANIZATION الكوكب']);
});

test('a side named by a club word and its town, or a town and its rare nisba, is one team', () => {
  assert.ok(entities('وتعادل الكوكب مع الطليعة عطبرة 1 - 1 في الدوري .').includes('ORGANIZATION الطليعة عطبرة'));
  assert.ok(entities('وخسر الفريق في اللحظات الأخيرة أمام الطليعة الجديدي بهدف نظيف .').includes('ORGANIZATION الطليعة الجديدي'));
});

test('a common noun, a role or a phrase going on is no side of a result', () => {
  assert.ok(!entities('وفاز الفريق على الرغم من الغيابات في الدوري .').some((e) => e.includes('الرغم')));
  assert.deepEqual(entities('وتغلب الجيش على الصعوبات في مباراة الأمس .'), []);
});
