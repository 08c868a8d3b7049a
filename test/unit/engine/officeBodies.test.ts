// A body named after its secretary-general's office is an organisation the tagger may leave unread.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('the body after a secretary-general is an organisation, its adjectives in and the verb\'s object out', () => {
  assert.deepEqual(entities('وزار الأمين العام للمجموعة الاقتصادية الأفريقية العاصمة أمس .'), ['ORGANIZATION لمجموعة الاقتصادية الأفريقية']);
});

test('a portfolio, a bare head and a head described by its scope after the office are no name', () => {
  assert.deepEqual(entities('وقال الأمين العام المساعد للشؤون الإنسانية إن المساعدات لم تصل .'), []);
  assert.deepEqual(entities('وأكد الأمين العام للحزب أن الانتخابات ستجرى في موعدها .'), []);
  assert.deepEqual(entities('وأعلن الأمين العام للمنظمة الدولية أن البعثة باقية .'), []);
});
