import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts as entities } from './helpers';

test('an airline no list holds, named by الخطوط and a nationality, is one body', () => {
  // The tagger cut it to its head: the nationality was left out.
  assert.deepEqual(entities('وأعلنت الخطوط الكينية تعليق رحلاتها إلى المنطقة.', 'ORGANIZATION'), ['الخطوط الكينية']);
  assert.deepEqual(entities('وقالت الخطوط الغانية إنها ستستأنف رحلاتها الأسبوع المقبل.', 'ORGANIZATION'), ['الخطوط الغانية']);
});

test('lines with a common adjective, or a continent, are no airline', () => {
  assert.deepEqual(entities('ويقاتل الجنود على الخطوط الأمامية منذ أسابيع.', 'ORGANIZATION'), []);
  assert.deepEqual(entities('وتحلق طائرات الخطوط الجوية الأوروبية فوق البحر.', 'ORGANIZATION'), []);
  assert.deepEqual(entities('وأغلقت الخطوط الداخلية أمام المسافرين.', 'ORGANIZATION'), []);
});
