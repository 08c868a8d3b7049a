import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('ل + a club named like its city is the club in a match report, the city elsewhere', () => {
  assert.ok(entities('سجل محمد صلاح هدفين لليفربول في مرمى مانشستر سيتي .').includes('ORGANIZATION:ليفربول'));
  assert.ok(entities('سافر الوفد الحكومي لليفربول لحضور مؤتمر الطاقة .').includes('LOCATION:ليفربول'));
  // A sentence about the city itself, a stadium or season word beside (a second reader's cases).
  assert.ok(entities('وقالت بلدية ليفربول إن افتتاح الملعب الجديد سيجلب استثمارات لليفربول .').includes('LOCATION:ليفربول'));
  assert.ok(entities('وعاد اللاعب لليفربول ، مسقط رأسه ، بعد نهاية الموسم .').includes('LOCATION:ليفربول'));
});
