import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('clubs listed with their countries after a clubs noun are clubs, a city name among them too', () => {
  const found = entities('وأشرف المدرب على أندية كثيرة منها كوريتيبا البرازيلي وسرقسطة الإسباني .');
  assert.ok(found.includes('ORGANIZATION كوريتيبا'), found.join(', '));
  assert.ok(found.includes('ORGANIZATION سرقسطة'), found.join(', '));
});

test('one word and a nationality after a clubs noun is no list: the word keeps its reading', () => {
  assert.ok(!entities('وأشرف المدرب على أندية كثيرة منها كوريتيبا البرازيلي .').includes('ORGANIZATION كوريتيبا'));
});
