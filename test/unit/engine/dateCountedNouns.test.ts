import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, dateValue as value, find } from './helpers';

// A year-like number before a counted noun of war or law (غارة، قذيفة، شهيدا، مخالفة) is a count, as it is before
// قتيل or صاروخ (session 65, hard2's table: `1967 غارة` was a year).

test('a year-like count before غارة or مخالفة is no year', () => {
  assert.equal(find(analyze('وأحصت المنظمة 1985 غارة على القطاع منذ بدء الحملة.', '2026-12-07'), '1985', 'date'), undefined);
  assert.equal(find(analyze('وحررت شرطة المرور 1990 مخالفة خلال الأسبوع.', '2026-12-07'), '1990', 'date'), undefined);
});

test('a year before another word is still a year', () => {
  assert.equal(value('وشهدت المدينة في 1985 موجة نزوح كبيرة.', '1985', '2026-12-07').value, '1985');
});
