// The bare spans semantic tokens draw come in the analysis's annotation order, whether the three lists come sorted or not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spansInOrder } from '../../../server/src/engine/annotations';

const show = (xs: ReturnType<typeof spansInOrder>) => xs.map((x) => `${x.kind}:${x.label}:${x.start}-${x.end}`);

test('sorted lists merge as the stable sort of all three: of equal spans an entity, then a quotation, then a date', () => {
  const got = spansInOrder(
    [{ label: 'PERSON', start: 0, end: 5 }, { label: 'LOCATION', start: 10, end: 20 }, { label: 'ORGANIZATION', start: 10, end: 20 }, { label: 'MISC', start: 30, end: 31 }],
    [{ start: 0, end: 40 }, { start: 10, end: 20 }],
    [{ type: 'DATE', start: 10, end: 20 }, { type: 'DATE', start: 10, end: 25 }, { type: 'TIME', start: 41, end: 45 }],
  );
  assert.deepEqual(show(got), [
    'quotation:QUOTE:0-40', 'entity:PERSON:0-5', 'date:DATE:10-25', 'entity:LOCATION:10-20', 'entity:ORGANIZATION:10-20',
    'quotation:QUOTE:10-20', 'date:DATE:10-20', 'entity:MISC:30-31', 'date:TIME:41-45',
  ]);
});

test('a list out of order is sorted with the others', () => {
  const got = spansInOrder([{ label: 'PERSON', start: 30, end: 35 }, { label: 'LOCATION', start: 2, end: 4 }], [{ start: 10, end: 12 }], [{ type: 'DATE', start: 0, end: 1 }]);
  assert.deepEqual(show(got), ['date:DATE:0-1', 'entity:LOCATION:2-4', 'quotation:QUOTE:10-12', 'entity:PERSON:30-35']);
});
