import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, dateValue as value, find } from './helpers';

// A definite counted period (الأشهر الستة، الأيام الثلاثة الأولى) is a DURATION without a direction word after خلال, and
// with الأولى and a count (session 65, hard2's table: both were missed).

test('خلال + a definite counted period is its length', () => {
  assert.equal(value('وارتفعت صادرات الشركة خلال الأشهر الأربعة، بحسب تقريرها.', 'الأشهر الأربعة', '2026-12-07').value, 'P4M');
  assert.equal(value('ونفذت الطائرات عشرات الضربات خلال الأيام الخمسة الأولى من الهجوم.', 'الأيام الخمسة الأولى', '2026-12-07').value, 'P5D');
});

test('an event name or a count that goes on is not a counted period', () => {
  assert.equal(find(analyze('ويستعيد الفيلم أحداث حرب الأيام الستة وما تلاها.', '2026-12-07'), 'الأيام الستة', 'date'), undefined);
  assert.equal(find(analyze('وشهدت البلاد خلال الأعوام الأربعة عشر أزمات متلاحقة.', '2026-12-07'), 'الأعوام الأربعة', 'date'), undefined);
  assert.equal(find(analyze('وعاشت المدينة خلال الأيام الأولى من الحرب أوقاتا صعبة.', '2026-12-07'), 'الأيام الأولى', 'date'), undefined);
});
