import assert from 'node:assert/strict';
import { test } from 'node:test';
import { beginTag, insideTag, tagBits } from '../../../server/src/engine/tagger';

test('a sentence\'s tag summary holds a bit for each tag it uses, so a pass can tell a label is absent', () => {
  const bits = tagBits([0, beginTag('PERS'), insideTag('PERS'), 0, beginTag('LOC')]);
  assert.notEqual(bits & (1 << beginTag('PERS')), 0);
  assert.notEqual(bits & (1 << insideTag('PERS')), 0);
  assert.notEqual(bits & (1 << beginTag('LOC')), 0);
  assert.equal(bits & (1 << beginTag('ORG')), 0);
  assert.equal(bits & (1 << insideTag('LOC')), 0);
  assert.equal(tagBits([]), 0);
});
