import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('ب or ل written on a name that opens with a hamza seat stays outside the name (بأوبر, لأكسيوس)', () => {
  assert.deepEqual(entityLines('وباع صندوق الاستثمارات العامة حصته بأوبر .'), ['ORGANIZATION صندوق الاستثمارات العامة', 'ORGANIZATION أوبر']);
  assert.deepEqual(entityLines('وقالت مصادر لأكسيوس إن ويتكوف سيزور المنطقة .').filter((l) => !l.startsWith('PERSON')), ['ORGANIZATION أكسيوس']);
});

test('the article\'s ل after a ل (للأونروا) and a word whose ك is its own (كأس العالم) keep their letters', () => {
  assert.deepEqual(entityLines('وحذر المفوض العام للأونروا من انهيار الخدمات .'), ['ORGANIZATION لأونروا']);
  assert.deepEqual(entityLines('وتأهل المنتخب إلى كأس العالم .'), ['MISC كأس العالم']);
});
