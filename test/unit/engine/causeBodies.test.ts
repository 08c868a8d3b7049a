import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts as entities } from './helpers';

test('a front cut before the land it would free runs on over it', () => {
  // No list holds these fronts: the tagger ended them at their adjective.
  assert.deepEqual(entities('قالت الجبهة الشعبية لتحرير أوغادين إن قواتها انسحبت من المنطقة.', 'ORGANIZATION'), ['الجبهة الشعبية لتحرير أوغادين']);
  assert.deepEqual(entities('اتهم الجيش الوطني لتحرير كابيندا الحكومة بخرق الهدنة.', 'ORGANIZATION'), ['الجيش الوطني لتحرير كابيندا']);
});

test('a body named by its own name frees no land of its name: an aim after it stays outside', () => {
  // حماس is the movement's own name, and the prisoners are a common word: no front's land.
  assert.deepEqual(entities('وتسعى حركة حماس لتحرير الأسرى من السجون.', 'ORGANIZATION'), ['حركة حماس']);
});

test('a party or association named for its cause after من أجل is one body', () => {
  assert.deepEqual(entities('وقالت الجمعية اللبنانية من أجل ديمقراطية الانتخابات إن الخروقات كثيرة.', 'ORGANIZATION'), ['الجمعية اللبنانية من أجل ديمقراطية الانتخابات']);
  assert.deepEqual(entities('وفاز التحالف الوطني من أجل التغيير بعشرة مقاعد.', 'ORGANIZATION'), ['التحالف الوطني من أجل التغيير']);
});

test('a known body acting for a purpose keeps the purpose outside', () => {
  // The lists hold the European Union whole: من أجل السلام is what it works for, not its name.
  assert.deepEqual(entities('ويعمل الاتحاد الأوروبي من أجل السلام في المنطقة.', 'ORGANIZATION'), ['الاتحاد الأوروبي']);
  // An act, not a cause: the verbal noun of a purpose.
  assert.deepEqual(entities('واجتمع الحزب الحاكم من أجل تشكيل الحكومة.', 'ORGANIZATION'), []);
});
