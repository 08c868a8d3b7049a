// List rows: an Arabic name is isolated once, so a count beside it (`2 mentions`) never runs into it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isolate } from '../../../client/src/bidiIsolate';

test('Arabic text is wrapped in first-strong isolates once; text without right-to-left letters is left alone', () => {
  assert.equal(isolate('أنتوني بلينكن'), '\u2068أنتوني بلينكن\u2069');
  assert.equal(isolate(isolate('القاهرة')), '\u2068القاهرة\u2069');
  assert.equal(isolate('Persons'), 'Persons');
  assert.equal(isolate('2 mentions'), '2 mentions');
});
