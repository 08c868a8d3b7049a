import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateSpans, dateValue } from './helpers';

// Shapes of Arab news as printed (bylines, afternoon hours, holidays by their nth day), each in a sentence of its own.
const spans = dateSpans;
const value = dateValue;

test('an hour with بعد الظهر is in the afternoon, the two words inside its span', () => {
  assert.equal(value('تبدأ الجلسة الساعة الرابعة بعد الظهر في القاعة الكبرى.', 'الساعة الرابعة بعد الظهر', '2024-05-06').value, '2024-05-06T16:00');
  assert.equal(value('يفتح المعرض من العاشرة صباحا حتى الخامسة بعد الظهر.', 'الخامسة بعد الظهر', '2024-05-06').value, '2024-05-06T17:00');
});

test('a clock time with its a.m./p.m. letter keeps the letter, and م is after noon', () => {
  assert.equal(value('آخر تحديث: 04:30 م', '04:30 م', '2024-05-06').value, '2024-05-06T16:30');
  assert.equal(value('آخر تحديث: 09:05 ص', '09:05 ص', '2024-05-06').value, '2024-05-06T09:05');
});

test('a dashed numeric date followed by a dash and a time is a date, then a time', () => {
  assert.deepEqual(spans('نشر بتاريخ 12-05-2024 - 10:20 ص', '2024-05-12'), ['بتاريخ 12-05-2024', '10:20 ص']);
});

test('وبعد غد with its conjunction is the day after tomorrow', () => {
  assert.equal(value('تغلق المدارس أبوابها غدا وبعد غد بسبب العاصفة.', 'بعد غد', '2024-05-06').value, '2024-05-08');
});

test('the nth day of Ramadan or of a feast is that day, with its epithet and the ب before it left out', () => {
  assert.equal(value('احتفل السكان بثاني أيام شهر رمضان المبارك في الساحات.', 'ثاني أيام شهر رمضان المبارك', '2024-04-01').value, '2024-03-12');
  assert.deepEqual(spans('يحتفل المسلمون بأول أيام عيد الأضحى المبارك في المساجد.', '2024-06-20'), ['أول أيام عيد الأضحى المبارك']);
});

test('the first days of next month seen from the end of this one are the coming ones', () => {
  // 29 Shaban 1445 is 10 March 2024: the first of Ramadan is the next day, not a year back.
  assert.equal(value('أعلنت المحكمة أن الاثنين هو أول أيام رمضان.', 'أول أيام رمضان', '2024-03-10').value, '2024-03-11');
  assert.equal(value('تصرف الرواتب في 2 يناير بحسب الوزارة.', '2 يناير', '2024-12-29').value, '2025-01-02');
});

test('Moroccan متم is "end of" and stays in the span', () => {
  assert.deepEqual(spans('بلغ العجز 3 في المائة في متم مارس حسب الخزينة.', '2024-05-06'), ['متم مارس']);
});

test('حرب تموز names the 2006 war by its month', () => {
  assert.equal(value('دمرت الجسور خلال حرب تموز وأعيد بناؤها.', 'تموز', '2024-05-06').value, '2006-07');
});

test('the years of a plan or a vision named by them are not time expressions', () => {
  assert.deepEqual(spans('أطلقت الوزارة الخطة الاستراتيجية 2020-2025 لتطوير الموانئ.', '2024-05-06'), []);
  assert.deepEqual(spans('ارتفعت الأسعار بين 2020-2022 بشكل حاد.', '2024-05-06'), ['2020', '2022']);
});

test('a night across two days is one span, the first day\'s night', () => {
  assert.deepEqual(spans('تتساقط الأمطار ليلة الأحد/الاثنين على الساحل.', '2024-05-06'), ['ليلة الأحد/الاثنين']);
});

test('the first hours of the morning are a time of day, not a number of hours', () => {
  const x = value('تجمع المحتجون منذ ساعات الصباح الأولى أمام المبنى.', 'ساعات الصباح الأولى', '2024-05-06');
  assert.deepEqual(x, { label: 'TIME', value: '2024-05-06TMO' });
});

test('an age in words keeps its من العمر and is a duration', () => {
  assert.deepEqual(value('توفي الشاعر وهو في الثمانين من العمر بعد مرض.', 'الثمانين من العمر', '2024-05-06'), { label: 'DURATION', value: 'P80Y' });
  assert.deepEqual(value('قالت سيدة في الخمسينيات من عمرها إن الأسعار ارتفعت.', 'الخمسينيات من عمرها', '2024-05-06'), { label: 'DURATION', value: 'P5DE' });
});

test('an accusative unit with واحدا or a decade with كاملا is a one-unit duration', () => {
  assert.deepEqual(value('أرجئت المحاكمة شهرا واحدا بطلب من الدفاع.', 'شهرا واحدا', '2024-05-06'), { label: 'DURATION', value: 'P1M' });
  assert.deepEqual(value('أقام في باريس عقدا كاملا قبل عودته.', 'عقدا كاملا', '2024-05-06'), { label: 'DURATION', value: 'P1DE' });
});

test('حراك 22 فبراير names the Algerian movement of 2019', () => {
  assert.equal(value('خرج الطلاب في ذكرى حراك 22 فبراير إلى الشوارع.', '22 فبراير', '2025-03-01').value, '2019-02-22');
});

test('a frequency (مرتين في الأسبوع) is one SET of its period', () => {
  assert.deepEqual(value('تجتمع اللجنة مرتين في الشهر لمراجعة الطلبات.', 'مرتين في الشهر', '2024-05-06'), { label: 'SET', value: 'P1M' });
});

test('في وقت سابق من الأسبوع is this week, as في وقت لاحق من اليوم is today', () => {
  assert.equal(value('أعلنت الوزارة في وقت سابق من الأسبوع عن خطة جديدة.', 'وقت سابق من الأسبوع', '2024-05-08').value, '2024-W19');
});

test('the first two weeks of the month (الأسبوعين الأولين من الشهر) last two weeks', () => {
  assert.deepEqual(value('ترتفع المبيعات خلال الأسبوعين الأولين من الشهر عادة.', 'الأسبوعين الأولين من الشهر', '2024-05-06'), { label: 'DURATION', value: 'P2W' });
});

test('a yearless date in the next two months is ahead; further on it is the last one', () => {
  assert.equal(value('يقام المهرجان من 5 إلى 9 آذار في الساحة.', '9 آذار', '2026-02-18').value, '2026-03-09');
  assert.equal(value('ويعود الطلاب إلى المدارس مطلع فبراير.', 'مطلع فبراير', '2025-12-20').value, '2026-02');
  assert.equal(value('سجلت الأمطار رقما قياسيا في 12 مايو.', '12 مايو', '2026-02-18').value, '2025-05-12');
});

test('a yearless date after منذ or in a clause told with كان … قد is the last one, even in the next two months', () => {
  assert.equal(value('يعتصم العمال أمام المقر منذ 20 يناير للمطالبة بأجورهم.', '20 يناير', '2026-12-07').value, '2026-01-20');
  assert.equal(value('وكان الوزير قد أعلن في 3 فبراير عن خطة للإصلاح.', '3 فبراير', '2026-12-07').value, '2026-02-03');
  // Without such a cue the rule of the next two months still holds.
  assert.equal(value('وقدمت الحكومة استقالتها في 2 فبراير إلى الرئيس.', '2 فبراير', '2026-01-30').value, '2026-02-02');
});

test('twelve with ص is just after midnight, twelve with م is noon', () => {
  assert.equal(value('تصل الرحلة الساعة 12:45 ص بالتوقيت المحلي.', 'الساعة 12:45 ص بالتوقيت المحلي', '2026-12-07').value, '2026-12-07T00:45');
  assert.equal(value('تنطلق القطارات الساعة 12:15 م من المحطة.', 'الساعة 12:15 م', '2026-12-07').value, '2026-12-07T12:15');
});

test('الساعة and a bare hour take their م too, while a number alone with م stays a length', () => {
  assert.equal(value('تبلغ العاصفة ذروتها الساعة 8 م بحسب الأرصاد.', 'الساعة 8 م', '2026-12-07').value, '2026-12-07T20:00');
  assert.deepEqual(spans('يبلغ ارتفاع الموج 4 م قبالة السواحل.', '2026-12-07'), []);
});

test('a compound age in words (الخامسة والثمانين من العمر) is one duration of its full years', () => {
  assert.deepEqual(value('توفي الفنان عن الخامسة والثمانين من العمر بعد صراع مع المرض.', 'الخامسة والثمانين من العمر', '2026-12-07'), { label: 'DURATION', value: 'P85Y' });
});

test('a vision named by its year keeps the year out with its article too (الرؤية الوطنية 2030)', () => {
  assert.deepEqual(spans('وتهدف الرؤية الوطنية 2030 إلى رفع نسبة التوطين.', '2026-12-07'), []);
  assert.deepEqual(spans('وارتفع الدين بين 2015 و2025 بحسب البنك.', '2026-12-07'), ['2015', '2025']);
});

test('a past verb of an event before a yearless date in the next two months makes it the past one', () => {
  assert.equal(value('وصل الوفد الحكومي إلى الرياض في 20 يناير لإجراء مباحثات.', '20 يناير', '2026-12-10').value, '2026-01-20');
  assert.equal(value('ولقي ثلاثة أشخاص حتفهم في حادث سير وقع في 28 دجنبر على الطريق.', '28 دجنبر', '2026-11-05').value, '2025-12-28');
  assert.equal(value('واعتقلت الشرطة المشتبه به في 3 فبراير في منزله.', '3 فبراير', '2025-12-15').value, '2025-02-03');
  // A scheduling verb, a reported future and a past verb of another clause leave the coming one.
  assert.equal(value('وحددت المحكمة جلسة في 15 يناير للنطق بالحكم.', '15 يناير', '2026-12-07').value, '2027-01-15');
  assert.equal(value('وأعلنت الوزارة أن الامتحانات تبدأ في 20 يناير في المدارس.', '20 يناير', '2026-12-07').value, '2027-01-20');
  assert.equal(value('ووقع الطرفان الاتفاق في الرباط ويبدأ تنفيذه في 15 يناير.', '15 يناير', '2026-12-07').value, '2027-01-15');
});

test('a counted frequency (ثلاث مرات في اليوم) is one SET of its period, not today, unless the day is a particular one', () => {
  assert.deepEqual(value('ينصح الأطباء بتناول الدواء ثلاث مرات في اليوم بعد الأكل.', 'ثلاث مرات في اليوم', '2026-12-07'), { label: 'SET', value: 'P1D' });
  assert.deepEqual(value('تسير الحافلات بين المدينتين أربع مرات في الأسبوع منذ افتتاح الطريق.', 'أربع مرات في الأسبوع', '2026-12-07'), { label: 'SET', value: 'P1W' });
  assert.deepEqual(spans('وسجل المهاجم ثلاث مرات في اليوم الأول من البطولة.', '2026-12-07'), ['اليوم الأول من البطولة']);
});

test('a number under a thousand with a lone م after a plain word is metres, not a year', () => {
  assert.deepEqual(spans('ويبلغ طول الجسر الجديد 850 م فوق سطح البحر.', '2026-12-07'), []);
  assert.deepEqual(spans('وفاز العداء بسباق 400 م في البطولة العربية.', '2026-12-07'), []);
  // After a year word, a preposition, a Hijri year or a range it stays a year.
  assert.deepEqual(spans('وبنوا فيها المسجد الكبير في 705 م بعد الفتح.', '2026-12-07'), ['705 م']);
  assert.deepEqual(spans('توفي في المدينة سنة 85 ه 703 م بعد مرض.', '2026-12-07').includes('703 م'), true);
});

test('a bare weekday that ends a range falls on or after its start, not a week before it', () => {
  // 9 December 2026 is a Wednesday: from tomorrow evening until Saturday morning is the coming Saturday.
  assert.equal(value('وتتأثر البلاد بمنخفض جوي اعتبارا من مساء غد الخميس ويستمر حتى صباح السبت مع تساقط الثلوج.', 'صباح السبت', '2026-12-09').value, '2026-12-12TMO');
  assert.equal(value('واستمرت الاحتجاجات من السبت حتى الاثنين في وسط العاصمة.', 'الاثنين', '2026-12-10').value, '2026-12-07');
});

test('a past verb of an event leaves a date alone when another clause stands between: a verb joined by و, a purpose with ل', () => {
  // The summit, the talks, the elections and the match are ahead; the visit, the meeting, the arrival and the win are not the date's.
  assert.equal(value('زار الرئيس فرنسا واتفق على عقد قمة في 15 يناير.', '15 يناير', '2026-12-03').value, '2027-01-15');
  assert.equal(value('التقى الوزير نظيره وبحثا استئناف المفاوضات في 10 يناير.', '10 يناير', '2026-12-03').value, '2027-01-10');
  assert.equal(value('وصل المبعوث إلى الخرطوم لترتيب الانتخابات في 20 يناير.', '20 يناير', '2026-12-03').value, '2027-01-20');
  assert.equal(value('فاز الفريق وضمن التأهل لمباراة في 12 يناير.', '12 يناير', '2026-12-03').value, '2027-01-12');
  // Its own object and a coordinated event verb still carry it (وقتل … وأصيب, اعتقلت الشرطة المشتبه به).
  assert.equal(value('قتل شخص وأصيب آخرون في 20 يناير.', '20 يناير', '2026-12-03').value, '2026-01-20');
  // A plural after ل names who was hit (قافلة للمسلحين), no purpose: the raid is still the date's event.
  assert.equal(value('واستهدفت غارة جوية قافلة للمسلحين في 18 يناير قرب الحدود.', '18 يناير', '2026-12-01').value, '2026-01-18');
});

test('a frequency is no SET when a year follows its period: في العام 2015 is that year (خمس مرات في العام 2015)', () => {
  assert.deepEqual(spans('وفاز الفريق بالبطولة خمس مرات في العام 2015 وحده.', '2026-12-07'), ['العام 2015']);
  assert.deepEqual(spans('وفاز الفريق مرتين في العام 2015.', '2026-12-07'), ['العام 2015']);
});
