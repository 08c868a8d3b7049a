import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('in sports news a rare word before a masculine nationality is a club, the nationality outside', () => {
  assert.deepEqual(entityLines('وفي المجموعة نفسها ، تعادل زفولدنبرغ الهولندي مع ضيفه في الجولة الثالثة .'), ['ORGANIZATION زفولدنبرغ']);
});

test('a noun with its owner\'s pronoun or a feminine in ى before the adjective is no club', () => {
  assert.deepEqual(entityLines('وتغلب البطل على منافسه المكسيكي في الجولة الرابعة من البطولة .'), []);
  assert.ok(!entityLines('وأصيب الحارس بتمزق في غضروف ركبته اليمنى خلال مباراة فريقه .').some((e) => e.startsWith('ORGANIZATION')));
});
