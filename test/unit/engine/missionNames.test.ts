// A country's embassy or consulate named by its nationality.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('an embassy named by its nationality that the tagger left out is one organisation', () => {
  assert.ok(entityLines('وطلب السكرتير الأول للسفارة الإيرانية نسخة من النص .').includes('ORGANIZATION لسفارة الإيرانية'));
  assert.ok(entityLines('وتقع السفارة السعودية في حي السفارات .').includes('ORGANIZATION السفارة السعودية'));
});

test('a masculine adjective after an embassy describes another noun, not the mission', () => {
  assert.deepEqual(entityLines('وزار الوفد مبنى السفارة المصري القديم .'), []);
});
