// Settings as the client answers them: wrongly typed values and numbers outside package.json's ranges fall back to the defaults.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../../../server/src/settings';

test('an out-of-range threshold or document size is read as the default', () => {
  for (const arabicThreshold of [5, -1, 1.01]) assert.equal(parseSettings({ arabicThreshold }).arabicThreshold, DEFAULT_SETTINGS.arabicThreshold, String(arabicThreshold));
  for (const maxDocumentSizeMB of [-1, 0, 0.05]) assert.equal(parseSettings({ maxDocumentSizeMB }).maxDocumentSizeMB, DEFAULT_SETTINGS.maxDocumentSizeMB, String(maxDocumentSizeMB));
  assert.equal(parseSettings({ arabicThreshold: 0 }).arabicThreshold, 0);
  assert.equal(parseSettings({ arabicThreshold: 1 }).arabicThreshold, 1);
  assert.equal(parseSettings({ arabicThreshold: 0.7 }).arabicThreshold, 0.7);
  assert.equal(parseSettings({ maxDocumentSizeMB: 0.1 }).maxDocumentSizeMB, 0.1);
  assert.equal(parseSettings({ maxDocumentSizeMB: 50 }).maxDocumentSizeMB, 50);
  assert.deepEqual(parseSettings({ arabicThreshold: '0.7', maxDocumentSizeMB: null, enablePlaintext: 'no' }), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings('x'), DEFAULT_SETTINGS);
});
