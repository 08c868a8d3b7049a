import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a definite hospital with its adjective and an honoree\'s nasab or regnal name is one organisation', () => {
  assert.deepEqual(entityLines('أغلقت السلطات قسمين في المستشفى الجامعي ابن الزهراوي بعد تسجيل إصابات .'),
    ['ORGANIZATION المستشفى الجامعي ابن الزهراوي']);
  assert.deepEqual(entityLines('ونقل المصاب إلى المستشفى الجهوي محمد الخامس بعد الحادث .'), ['ORGANIZATION المستشفى الجهوي محمد الخامس']);
});

test('a director named after the hospital stays a person', () => {
  assert.deepEqual(entityLines('وقال مدير المستشفى الجامعي محمد العربي إن الوضع مستقر .'), ['PERSON محمد العربي']);
});
