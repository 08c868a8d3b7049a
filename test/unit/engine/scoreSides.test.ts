import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('in a results line a definite word joined by و before a score is a side, however often the language uses it', () => {
  const found = entities('وتصدر الفريق مجموعته بعد أن هزم فيها الشعلة 5 - صفر والمولودية 4 - صفر والوداد 2 - صفر .');
  assert.ok(found.includes('ORGANIZATION المولودية'), found.join(', '));
});
