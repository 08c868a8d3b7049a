import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateSpans, dateValue as value } from './helpers';

// An age given by one ordinal or a teen in words (في السابعة من عمره، في الخامسة عشرة من عمرها) is a DURATION with its
// من عمره, like the compound `الخامسة والثمانين من العمر`; it used to be found only with a ten.

test('a single ordinal with من عمره is an age', () => {
  assert.deepEqual(value('ونقل إلى المستشفى صبي في الثامنة من عمره بعد سقوطه.', 'الثامنة من عمره', '2026-12-07'), { label: 'DURATION', value: 'P8Y' });
});

test('a teen in words with من عمرها is an age', () => {
  assert.deepEqual(value('وفازت بالجائزة طالبة في الرابعة عشرة من عمرها.', 'الرابعة عشرة من عمرها', '2026-12-07'), { label: 'DURATION', value: 'P14Y' });
});

test('the ordinal of a definite noun before من عمر is no age', () => {
  assert.deepEqual(dateSpans('ودخلت الحكومة السنة الثالثة من عمرها وسط أزمة.', '2026-12-07'), []);
});
