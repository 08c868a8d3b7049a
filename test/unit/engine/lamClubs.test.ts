import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('ل + a club named like its city is the club in a match report, the city elsewhere', () => {
  assert.ok(entities('سجل محمد صلاح هدفين لليفربول في مرمى مانشستر سيتي .').includes('ORGANIZATION:ليفربول'));
  assert.ok(entities('سافر الوفد الحكومي لليفربول لحضور مؤتمر الطاقة .').includes('LOCATION:ليفربول'));
});
