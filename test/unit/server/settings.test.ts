// Settings as the client answers them: wrongly typed values and numbers outside package.json's ranges fall back to the defaults.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings, thresholdOf } from '../../../server/src/settings';

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

test('a document date that is no date is ignored with a warning naming the setting and the value', () => {
  for (const documentDate of ['yesterday', '2024-13-45', '2024-02-30']) {
    const told: string[] = [];
    assert.equal(parseSettings({ documentDate }, (m) => told.push(m)).documentDate, '', documentDate);
    assert.equal(told.length, 1, documentDate);
    assert.ok(told[0].includes('arabicNews.documentDate') && told[0].includes(`“${documentDate}”`), told[0]);
  }
  // Valid values and the empty default are used without a word.
  const told: string[] = [];
  assert.equal(parseSettings({ documentDate: '2024-02-29', arabicThreshold: 0.5, maxDocumentSizeMB: 5, enablePlaintext: false }, (m) => told.push(m)).documentDate, '2024-02-29');
  assert.equal(parseSettings({ documentDate: '' }, (m) => told.push(m)).documentDate, '');
  assert.equal(told.length, 0, told.join(" "));
  // Other ignored values are told too.
  parseSettings({ arabicThreshold: 5 }, (m) => told.push(m));
  assert.deepEqual(told, ['Setting arabicNews.arabicThreshold 5 is ignored: it must be between 0 and 1; 0.5 is used.']);
});

test('the index\'s threshold from initializationOptions is checked as the setting is', () => {
  for (const raw of [5, -1, Infinity, '0.7', undefined]) assert.equal(thresholdOf(raw), DEFAULT_SETTINGS.arabicThreshold, String(raw));
  assert.equal(thresholdOf(0.7), 0.7);
  assert.equal(thresholdOf(0), 0);
});
