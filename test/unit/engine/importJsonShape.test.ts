// Import of a hand-edited or foreign JSON file: entries of the wrong shape are skipped with a reason, and the others are imported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importJson } from '../../../server/src/engine/importers';

const text = 'وقال الوزير محمد علي إن القاهرة';
const schema = 'arabic-news-annotator/annotations@1';
const file = (annotations: unknown, offsets = 'utf16') => JSON.stringify({ schema, document: { offsets }, annotations });
const s = text.indexOf('القاهرة');

test('fractional or text offsets are skipped with a reason (one such entry made the store refuse the whole import)', () => {
  for (const offsets of ['utf16', 'codepoint']) {
    const r = importJson(file([{ id: 'T1', label: 'LOCATION', start: 1.5, end: 3.5 }, { id: 'T2', label: 'LOCATION', start: String(s), end: String(s + 7) }, { id: 'T3', label: 'LOCATION', start: s, end: s + 7 }], offsets), text);
    assert.deepEqual(r.spans, [{ start: s, end: s + 7, kind: 'entity', label: 'LOCATION' }], offsets);
    assert.deepEqual(r.problems, ['T1: offsets are not whole numbers', 'T2: offsets are not whole numbers']);
  }
});

test('a file whose top or entries are of the wrong shape says so instead of "Cannot read properties of null"', () => {
  assert.deepEqual(importJson('null', text), { spans: [], problems: ['not an Arabic News Annotator JSON export (no "schema")'] });
  assert.deepEqual(importJson(JSON.stringify({ schema: 5 }), text).problems, ['not an Arabic News Annotator JSON export (no "schema")']);
  assert.deepEqual(importJson(JSON.stringify({ schema, annotations: { T1: {} } }), text).problems, ['"annotations" is not a list']);
  const r = importJson(file([null, 7, { label: 'PERSON', start: 0, end: 4 }]), text);
  assert.deepEqual(r.problems, ['annotation 1: unknown label undefined', 'annotation 2: unknown label undefined']);
  assert.equal(r.spans.length, 1);
});
