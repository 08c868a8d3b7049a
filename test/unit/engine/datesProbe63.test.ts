import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, dateValue as value, find } from './helpers';

// Session 63's date rules, each found by the probes in docs/probes/dates-session63.txt.

test('midnight of a named day closes that day (T24:00), and a hedge before midnight or a clock time stays in the span', () => {
  assert.equal(value('وانتهت المهلة الممنوحة للأطراف عند منتصف ليل الخميس دون اتفاق.', 'منتصف ليل الخميس', '2026-12-05').value, '2026-12-03T24:00');
  assert.equal(value('وأعلنت قيادة العمليات رفع حظر التجوال عند منتصف ليل أمس.', 'منتصف ليل أمس', '2026-12-07').value, '2026-12-06T24:00');
  assert.equal(value('وأغلقت مكاتب الاقتراع أبوابها أمس، وبدأ فرز الأصوات قرابة منتصف الليل.', 'قرابة منتصف الليل', '2026-12-07').value, '2026-12-06T24:00');
  assert.equal(value('ووقع الانفجار الأحد قرابة الساعة الثانية عشرة ليلا في حي شعبي.', 'قرابة الساعة الثانية عشرة ليلا', '2026-12-07').value, '2026-12-06T24:00');
  // ليل الخميس alone is still Thursday's night.
  assert.equal(value('وشهدت المدينة اشتباكات ليل الخميس.', 'ليل الخميس', '2026-12-05').value, '2026-12-03TNI');
});

test('a clock time beside a daily SET in its clause is the hour of a routine, on no particular day', () => {
  assert.equal(value('ويفتح المعرض أبوابه يوميا الساعة 9 صباحا ويستقبل الزوار مجانا.', 'الساعة 9 صباحا', '2026-12-07').value, 'XXXX-XX-XXT09:00');
  assert.equal(value('ويفتح المتحف أبوابه للزوار يوميا من الساعة التاسعة صباحا حتى الخامسة مساء.', 'الخامسة مساء', '2026-12-07').value, 'XXXX-XX-XXT17:00');
  assert.equal(value('وتبدأ الحصة الأولى كل يوم في الساعة الثامنة صباحا.', 'الساعة الثامنة صباحا', '2026-12-07').value, 'XXXX-XX-XXT08:00');
  // A time with its own day, or with the SET in another clause, keeps its date.
  assert.equal(value('ويفتح المعرض أبوابه غدا الساعة التاسعة صباحا ثم يوميا بعد ذلك.', 'الساعة التاسعة صباحا', '2026-12-07').value, '2026-12-08T09:00');
  assert.equal(value('وقال المتحدث في المؤتمر الذي يعقده يوميا إن القصف توقف الساعة الرابعة فجرا.', 'الساعة الرابعة فجرا', '2026-12-07').value, '2026-12-07T04:00');
});

test('a bare weekday after a present verb of what is coming is the next such day; منذ, a past verb or a reporting verb keep it behind', () => {
  assert.equal(value('ويعقد مجلس الوزراء جلسته الأسبوعية يوم الأربعاء لمناقشة الموازنة.', 'يوم الأربعاء', '2026-12-07').value, '2026-12-09');
  assert.equal(value('وتتواصل الأمطار غدا، لتتراجع تدريجيا يوم الجمعة مع ارتفاع درجات الحرارة.', 'يوم الجمعة', '2026-12-07').value, '2026-12-11');
  assert.equal(value('وتتأثر البلاد بكتلة هوائية باردة يوم الأربعاء.', 'يوم الأربعاء', '2026-12-07').value, '2026-12-09');
  assert.equal(value('وتتواصل الاحتجاجات في العاصمة منذ يوم الخميس للمطالبة بإصلاحات.', 'يوم الخميس', '2026-12-07').value, '2026-12-03');
  assert.equal(value('وتحقق الشرطة في حادث سير وقع الأحد على الطريق الدائري.', 'الأحد', '2026-12-07').value, '2026-12-06');
  assert.equal(value('ويقول الوزير في تصريحات الخميس إن الحكومة ماضية في الإصلاحات.', 'الخميس', '2026-12-07').value, '2026-12-03');
  assert.equal(value('ولم يتمكن الفريق من الفوز الخميس أمام منافسه.', 'الخميس', '2026-12-07').value, '2026-12-03');
});

test('منذ comes before a present verb that looks ahead: a yearless date after it stays behind the article', () => {
  assert.equal(value('ويمتد إضراب عمال الموانئ منذ 20 يناير دون استجابة.', '20 يناير', '2026-12-07').value, '2026-01-20');
  assert.equal(value('ويستمر إضراب عمال الموانئ منذ 20 يناير دون استجابة.', '20 يناير', '2026-12-07').value, '2026-01-20');
});

test('غد with a weekday is tomorrow, and اليوم نفسه / العام نفسه / الشهر نفسه are the day, year or month named before', () => {
  assert.equal(value('ويبدأ العمل بالتوقيت الشتوي اعتبارا من غد الثلاثاء في المصالح الحكومية.', 'غد الثلاثاء', '2026-12-07').value, '2026-12-08');
  assert.equal(value('ووصل الوفد إلى مسقط في 3 ديسمبر، والتقى السلطان في اليوم نفسه.', 'اليوم نفسه', '2026-12-10').value, '2026-12-03');
  assert.equal(value('وصدرت روايته الأولى عام 2019، وفازت بجائزة الرواية العربية في العام نفسه.', 'العام نفسه', '2026-12-07').value, '2019');
  assert.equal(value('وفاز الفريق بالكأس في مايو 2024، ثم أقيل مدربه في الشهر نفسه.', 'الشهر نفسه', '2026-12-07').value, '2024-05');
  // اليوم التالي still counts from the day named before it.
  assert.equal(value('ووصل الوفد إلى مسقط في 3 ديسمبر، والتقى السلطان في اليوم التالي.', 'اليوم التالي', '2026-12-10').value, '2026-12-04');
  // With nothing named before and no document date it is some day, not "now".
  const night = find(analyze('وقالت اللجنة في توضيح نشرته مساء اليوم ذاته إن القرار صحيح.'), 'مساء اليوم ذاته', 'date');
  assert.equal((night?.attributes as { value: string } | undefined)?.value, 'XXXX-XX-XXTEV');
});

test('a weekday after a decision to suspend or close something is the day of the suspension, ahead; a weekday right after the decision is its own', () => {
  assert.equal(value('وقررت وزارة التربية تعطيل الدوام في المدارس يوم الخميس بسبب الأحوال الجوية.', 'يوم الخميس', '2026-12-08').value, '2026-12-10');
  assert.equal(value('وأعلنت السلطات إغلاق المدارس يومي الأربعاء والخميس تحسبا للعاصفة.', 'يومي الأربعاء', '2026-12-07').value, '2026-12-09');
  assert.equal(value('وقررت الحكومة يوم الأحد تعليق الدراسة حتى إشعار آخر.', 'يوم الأحد', '2026-12-07').value, '2026-12-06');
});
