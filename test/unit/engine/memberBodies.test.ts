import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a listed movement named without its head after its fighters or leader is the organisation', () => {
  assert.ok(entityLines('وقرر شيوخ العشائر تشكيل قوة لطرد مسلحي القاعدة من المحافظة .').includes('ORGANIZATION القاعدة'));
  assert.ok(entityLines('واعتقلت الشرطة عددا من أنصار فتح في غزة .').includes('ORGANIZATION فتح'));
});

test('the same word without a member noun before it stays a common word', () => {
  assert.deepEqual(entityLines('وهذه هي القاعدة العامة في القانون .'), []);
});
