// A body's indefinite head tagged alone is no organisation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('an indefinite head alone is no organisation', () => {
  assert.deepEqual(labelTexts('والذين يمثلهم حاليا اتحاد منتجي البرمجيات التجارية .', 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts('ونقلت جثث الشهداء الى مستشفى " شهداء الاقصى " بدير البلح في جنوب قطاع غزة .', 'ORGANIZATION'), []);
});

test('a head with its name stays one body', () => {
  assert.deepEqual(labelTexts('وقالت صحيفة الأهرام إن الحكومة ستعلن القرار غدا .', 'ORGANIZATION'), ['صحيفة الأهرام']);
});
