import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('in sports news a club named with its sport adjective takes its seat after بـ', () => {
  assert.deepEqual(entityLines('وتعادل النادي الرياضي بسيدي بوزيد مع ضيفه 1 - 1 .'), ['ORGANIZATION النادي الرياضي بسيدي بوزيد']);
  assert.deepEqual(entityLines('وتعادل النادي الرياضي بالقصرين مع ضيفه 1 - 1 .'), ['ORGANIZATION النادي الرياضي بالقصرين']);
});

test('a common word after the sport adjective and بـ is the result, no seat', () => {
  assert.deepEqual(entityLines('واكتفى النادي الرياضي بالتعادل مع ضيفه 1 - 1 .'), ['ORGANIZATION النادي الرياضي']);
});
