import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listedBodiesNotMisc } from '../../../server/src/engine/listedBodyMisc';
import { tagNames as names, tagNumbers as tags } from './helpers';

test('a one-word MISC span only the organisations list holds is the company; after a product head it stays the product', () => {
  const stems = ['نشر', 'علي', 'فيسبوك'];
  assert.deepEqual(names(listedBodiesNotMisc(stems, [[], [], ['ORG-S']], tags('O', 'O', 'B-MISC'))), ['O', 'O', 'B-ORG']);
  assert.deepEqual(names(listedBodiesNotMisc(['عبر', 'منصه', 'فيسبوك'], [[], [], ['ORG-S']], tags('O', 'O', 'B-MISC'))), ['O', 'O', 'B-MISC']);
  // A word a place list holds too keeps the tagger's reading.
  assert.deepEqual(names(listedBodiesNotMisc(stems, [[], [], ['ORG-S', 'LOC-S']], tags('O', 'O', 'B-MISC'))), ['O', 'O', 'B-MISC']);
});
