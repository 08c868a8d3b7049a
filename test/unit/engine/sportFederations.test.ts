import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts as entities } from './helpers';

test('a federation named by its head, adjectives and game is one body, the game inside', () => {
  // The lists hold the football body whole, not the handball one: the tagger cut it at its adjective.
  assert.deepEqual(entities('وأعلن الاتحاد الأفريقي لكرة اليد إقامة البطولة في القاهرة.', 'ORGANIZATION'), ['الاتحاد الأفريقي لكرة اليد']);
  // A one-word game after لل, on a body no list holds.
  assert.deepEqual(entities('بحسب الاتحادية الجزائرية للملاكمة فإن الفريق سيشارك.', 'ORGANIZATION'), ['الاتحادية الجزائرية للملاكمة']);
});

test('a league division is no federation, whatever its game', () => {
  // MISC in the project's sets (الرابطة الثانية: the second division).
  assert.deepEqual(entities('وانفرد الفريق بصدارة الرابطة الثانية لكرة القدم إثر فوزه.', 'ORGANIZATION'), []);
});
