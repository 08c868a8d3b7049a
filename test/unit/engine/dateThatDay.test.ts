import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// ذلك اليوم is the day the narrative last named, as اليوم نفسه is (README, hard2's conventions): it was cut to اليوم and
// read as the article day.

test('ذلك اليوم is the day named before it, its demonstrative inside the span', () => {
  assert.equal(value('وانهار السد في 3 مارس 1998، ولم يعد السكان إلى القرية منذ ذلك اليوم.', 'ذلك اليوم', '2026-12-07').value, '1998-03-03');
});

test('اليوم alone is still the article day', () => {
  assert.equal(value('وانهار السد في 3 مارس 1998، ويعود السكان إلى القرية اليوم.', 'اليوم', '2026-12-07').value, '2026-12-07');
});
