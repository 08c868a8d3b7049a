// A paper credited bare between a dateline's dash and a second dash or a colon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const bodies = (text: string) => labelTexts(text, 'ORGANIZATION');

test('a definite word between the dateline\'s dash and a dash or colon is the paper', () => {
  assert.deepEqual(bodies('نواكشوط - المسار - أطلقت شركة محلية تطبيقا جديدا للنقل .'), ['المسار']);
  assert.deepEqual(bodies('الرياض - الاقتصادية : ارتفعت الاسهم امس .'), ['الاقتصادية']);
});

test('a writer\'s name there is no paper', () => {
  assert.deepEqual(bodies('تونس - المنصف الشابي : افتتح الوزير المعرض .'), []);
});
