import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a union named "the united X" that no list holds is an organisation', () => {
  assert.deepEqual(entityLines('وانسحبت الفصائل المتحدة من المفاوضات .'), ['ORGANIZATION الفصائل المتحدة']);
  assert.deepEqual(entityLines('وتعمل المنظمات المتحدة على توزيع الغذاء .'), ['ORGANIZATION المنظمات المتحدة']);
});

test('the states named "united" stay places', () => {
  assert.deepEqual(entityLines('وزار الوفد الولايات المتحدة والمملكة المتحدة الشهر الماضي .'), ['LOCATION الولايات المتحدة', 'LOCATION المملكة المتحدة']);
  assert.deepEqual(entityLines('ووصل الوزير إلى الإمارات العربية المتحدة أمس .'), ['LOCATION الإمارات العربية المتحدة']);
});
