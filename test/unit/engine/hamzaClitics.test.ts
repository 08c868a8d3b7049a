import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('ب or ل written on a name that opens with a hamza seat stays outside the name (بأوبر, لأكسيوس)', { todo: 'the blended model (session 33) reads حصته بأوبر as one place; the possessed noun now leaves the span (the name is أوبر, ب outside, as this test asks) but it stays LOCATION: relabelling a one-word place only the body list holds was tried in session 32 and made الأناضول a body 15 times, 1 right' }, () => {
  assert.deepEqual(entityLines('وباع صندوق الاستثمارات العامة حصته بأوبر .'), ['ORGANIZATION صندوق الاستثمارات العامة', 'ORGANIZATION أوبر']);
  assert.deepEqual(entityLines('وقالت مصادر لأكسيوس إن ويتكوف سيزور المنطقة .').filter((l) => !l.startsWith('PERSON')), ['ORGANIZATION أكسيوس']);
});

test('the article\'s ل after a ل (للأونروا) and a word whose ك is its own (كأس العالم) keep their letters', () => {
  assert.deepEqual(entityLines('وحذر المفوض العام للأونروا من انهيار الخدمات .'), ['ORGANIZATION لأونروا']);
  assert.deepEqual(entityLines('وتأهل المنتخب إلى كأس العالم .'), ['MISC كأس العالم']);
});
