import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValue as value } from './helpers';

// Misfires of session 63's date rules found by the probes in docs/probes/dates-session63b.txt.

test('a name of a present verb\'s shape after a clause\'s past verb (يافا، ياسر) does not send its weekday ahead', () => {
  assert.equal(value('وشهدت مدينة يافا الجمعة مواجهات بين الشرطة وشبان عرب.', 'الجمعة', '2026-12-07').value, '2026-12-04');
  assert.equal(value('والتقى الرئيس ياسر عرفات الخميس وفدا من الكونغرس.', 'الخميس', '2026-12-07').value, '2026-12-03');
  // The clause's own present verb still looks ahead.
  assert.equal(value('ويختتم المؤتمر أعماله الخميس بإصدار البيان الختامي.', 'الخميس', '2026-12-07').value, '2026-12-10');
});

test('a weekday after بعد and an event is behind even when a present verb opens the clause', () => {
  assert.equal(value('ويأتي القرار بعد اجتماع المجلس الوزاري الخميس في بغداد.', 'الخميس', '2026-12-07').value, '2026-12-03');
  assert.equal(value('ويمثل المتهم أمام المحكمة بعد اعتقاله السبت في المطار.', 'السبت', '2026-12-07').value, '2026-12-05');
});

test('منذ a later day of the article\'s month is last year\'s', () => {
  assert.equal(value('ويستمر إضراب الأطباء منذ 20 ديسمبر دون أي تقدم.', '20 ديسمبر', '2026-12-07').value, '2025-12-20');
  // Without منذ a later day of the month is still an announced date of this month.
  assert.equal(value('وتعقد القمة في 20 ديسمبر في الرياض.', '20 ديسمبر', '2026-12-07').value, '2026-12-20');
});

test('منتصف الليلة الماضية is the midnight that closed yesterday', () => {
  assert.equal(value('وانتهت المهلة منتصف الليلة الماضية دون رد من الحكومة.', 'منتصف الليلة الماضية', '2026-12-07').value, '2026-12-06T24:00');
});
