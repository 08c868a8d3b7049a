import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gregorianToHijri, hijriToGregorian, isoDate } from '../../../server/src/engine/hijri';
import { toJson } from '../../../server/src/engine/exporters';
import { isMasthead, mayBeMasthead } from '../../../server/src/engine/mastheads';
import { tokenize } from '../../../server/src/engine/tokenize';
import { mulberry32 } from '../../../server/src/training/perceptron';
import { analyze, dateValue, find } from './helpers';

const REF = '2025-07-12';
const value = (text: string, expr: string, ref = REF) => {
  const x = find(analyze(text, ref), expr, 'date');
  assert.ok(x, `no date "${expr}" in "${text}": ${analyze(text, ref).annotations.filter((a) => a.kind === 'date').map((a) => a.text).join(' | ')}`);
  return x!.attributes as Record<string, unknown> & { value: string };
};

test('weekdays resolve to the most recent such day on or before the document date', () => {
  assert.equal(value('التقى الوزيران، السبت، في موسكو.', 'السبت').value, '2025-07-12');
  assert.equal(value('ووصل الوزير، الجمعة، إلى المدينة.', 'الجمعة').value, '2025-07-11');
  assert.equal(value('وسيعقد الاجتماع يوم الاثنين المقبل.', 'يوم الاثنين المقبل').value, '2025-07-14');
});

test('Gregorian months of all three traditions, with day and year, and the double form', () => {
  assert.equal(value('وقع الاتفاق في 12 تموز/يوليو 2025 في بيروت.', '12 تموز/يوليو 2025').value, '2025-07-12');
  assert.equal(value('صدر القرار في 3 جانفي 2024.', '3 جانفي 2024').value, '2024-01-03');
  assert.equal(value('في الثاني عشر من يوليو أعلنت الحكومة.', 'الثاني عشر من يوليو').value, '2025-07-12');
  assert.equal(value('انتهت المهلة في كانون الأول 2023.', 'كانون الأول 2023').value, '2023-12');
});

test('numeric dates in Western and Arabic-Indic digits', () => {
  // Wojood convention: the lead word بتاريخ belongs to the expression.
  assert.equal(value('بتاريخ ١٢/٧/٢٠٢٥ صدر البيان.', 'بتاريخ ١٢/٧/٢٠٢٥').value, '2025-07-12');
  assert.equal(value('صدر البيان ١٢/٧/٢٠٢٥ في رام الله.', '١٢/٧/٢٠٢٥').value, '2025-07-12');
  assert.equal(value('نشر في 2025-07-12 على الموقع.', '2025-07-12').value, '2025-07-12');
});

test('Hijri dates get their Gregorian equivalent and vice versa', () => {
  const h = value('يبدأ الموسم في 1 محرم 1447هـ.', '1 محرم 1447هـ');
  assert.equal(h.gregorian, '2025-06-26');
  assert.equal(value('في 12/7/2025', '12/7/2025').hijri, '1447-01-17 AH');
});

test('durations, relative expressions and sets', () => {
  assert.equal(value('في زيارة تستمر 3 أيام.', '3 أيام').value, 'P3D');
  // TIMEX3 granularity follows the unit: "about a year ago" is a year, flagged approximate.
  const ago = value('توغلت القوات قبل نحو عام في المنطقة.', 'قبل نحو عام');
  assert.equal(ago.value, '2024');
  assert.equal(ago.approximate, true);
  assert.equal(value('في حملة استمرت شهوراً لطرد القوات.', 'شهوراً').value, 'PXM');
  assert.equal(value('وصل الوفد أمس إلى العاصمة.', 'أمس').value, '2025-07-11');
  assert.equal(value('سيعقد المؤتمر الأسبوع المقبل.', 'الأسبوع المقبل').value, '2025-W29');
  assert.equal(value('تجتمع اللجنة كل أسبوع.', 'كل أسبوع').value, 'P1W');
  assert.equal(value('ازدهرت الصناعة في التسعينيات.', 'التسعينيات').value, '199X');
});

test('times of day', () => {
  assert.equal(value('بدأ القصف الساعة العاشرة مساءً بتوقيت غرينتش.', 'الساعة العاشرة مساءً بتوقيت غرينتش').value, '2025-07-12T22:00');
});

test('without a document date, relative expressions stay unresolved, never today', () => {
  const x = find(analyze('وصل الوفد أمس إلى العاصمة.'), 'أمس', 'date')!;
  assert.equal(x.attributes.unresolved, true);
  const dated = analyze('Date: 2024-03-05\nوصل الوفد أمس إلى العاصمة.');
  assert.equal(find(dated, 'أمس', 'date')!.attributes.value, '2024-03-04');
});

test('month names that are also other words need calendar context', () => {
  const a = analyze('اشترى سيارة نيسان جديدة من الوكيل.', REF);
  assert.equal(a.annotations.filter((x) => x.kind === 'date').length, 0);
  assert.equal(value('في 5 نيسان 2023 انتهت الحرب.', '5 نيسان 2023').value, '2023-04-05');
});

test('Hijri ⇄ Gregorian conversion round-trips exactly across 1300–1500 AH (checked against Intl)', () => {
  let checked = 0;
  for (let y = 1300; y <= 1500; y += 1) for (const m of [1, 6, 9, 12]) {
    const g = hijriToGregorian({ year: y, month: m, day: 1 });
    assert.ok(g, `${y}-${m}`);
    const back = gregorianToHijri(g!);
    assert.deepEqual(back, { year: y, month: m, day: 1 }, `${y}-${m} → ${isoDate(g!)}`);
    checked++;
  }
  assert.ok(checked > 800);
});

test('a remembered Hijri conversion is the caller\'s own copy: changing it does not change the next answer', () => {
  const first = gregorianToHijri({ year: 2025, month: 7, day: 12 });
  first.day = 99;
  assert.deepEqual(gregorianToHijri({ year: 2025, month: 7, day: 12 }), { year: 1447, month: 1, day: 17 });
});

const dates = (text: string, ref = REF) => analyze(text, ref).annotations.filter((a) => a.kind === 'date');
const spans = (text: string, ref = REF) => dates(text, ref).map((a) => a.text);

test('TimeML spans: signal words منذ/بعد/خلال/في stay outside, a duration after them is a DURATION', () => {
  assert.deepEqual(spans('وتعيش البلاد أزمة منذ تشرين الأول/أكتوبر 2019.'), ['تشرين الأول/أكتوبر 2019']);
  const since = value('ويغيب اللاعب المصاب منذ ثلاثة أسابيع عن الملاعب.', 'ثلاثة أسابيع');
  assert.equal(since.value, 'P3W');
  assert.equal(since.endPoint, '2025-07-12');
  assert.equal(since.beginPoint, '2025-06-21');
  assert.equal(find(analyze('أيدت المحكمة الحكم بعد شهرين من صدوره.', REF), 'شهرين', 'date')!.label, 'DURATION');
  assert.deepEqual(spans('وتعقد جولة جديدة خلال 48 ساعة.'), ['48 ساعة']);
  assert.deepEqual(spans('وهي المرة الأولى منذ عام 2016.'), ['عام 2016']);
});

test('TimeML spans: modifiers and both month names belong to one expression', () => {
  assert.deepEqual(spans('مدد البرلمان الولاية في 12 نيسان/أبريل الماضي.'), ['12 نيسان/أبريل الماضي']);
  assert.deepEqual(spans('قبل نهاية العام الجاري.'), ['نهاية العام الجاري']);
  assert.deepEqual(spans('تعقد القمة أواخر أكتوبر المقبل.'), ['أواخر أكتوبر المقبل']);
  assert.deepEqual(spans('عاد الوزير أمس السبت إلى العاصمة.', '2025-07-13'), ['أمس السبت']);
  assert.deepEqual(spans('يصدر القرار هذا العام.'), ['هذا العام']);
  assert.equal(value('نما الاقتصاد في الربع الثاني من العام الجاري.', 'الربع الثاني من العام الجاري').value, '2025-Q2');
  assert.equal(value('تعود الوقائع إلى صيف 2019.', 'صيف 2019').value, '2019-SU');
  assert.equal(value('نشر ديوانه في ستينيات القرن الماضي.', 'ستينيات القرن الماضي').value, '196X');
});

test('a month or day without a year is its most recent past occurrence unless the text looks ahead', () => {
  assert.equal(value('تراجع التضخم في نوفمبر بنسبة طفيفة.', 'نوفمبر').value, '2024-11');
  assert.equal(value('أقيمت المباراة في ديسمبر الماضي.', 'ديسمبر الماضي').value, '2024-12');
  assert.equal(value('يبدأ الموسم في أغسطس المقبل.', 'أغسطس المقبل').value, '2025-08');
  assert.equal(value('ومن المقرر أن تجرى الانتخابات في نوفمبر.', 'نوفمبر').value, '2025-11');
  assert.equal(value('أرجأت المحكمة القضية إلى 27 الجاري.', '27 الجاري').value, '2025-07-27');
  assert.equal(value('أعلنت الوزارة في غرة محرم أن الموسم انتهى.', 'غرة محرم').value, '2025-06-26');
});

test('present-time words, vague periods, parts of day and the day before yesterday', () => {
  assert.equal(value('تعمل المستشفيات حالياً بطاقتها الكاملة.', 'حالياً').value, 'PRESENT_REF');
  assert.equal(value('لم تسجل حوادث حتى الآن.', 'الآن').value, 'PRESENT_REF');
  assert.equal(value('ارتفعت الأسعار خلال الأيام الأخيرة.', 'الأيام الأخيرة').value, 'PXD');
  assert.equal(value('سجلت 37 إصابة خلال الساعات الـ24 الماضية.', 'الساعات الـ24 الماضية').value, 'PT24H');
  assert.equal(value('أعلن الجيش مساء أمس توسيع عملياته.', 'مساء أمس').value, '2025-07-11TEV');
  assert.equal(value('وصل الوفد أول من أمس.', 'أول من أمس').value, '2025-07-10');
  assert.equal(value('تجتمع اللجنة كل ثلاثة أشهر.', 'كل ثلاثة أشهر').value, 'P3M');
  assert.equal(value('تغلق الطرق كل يوم جمعة.', 'كل يوم جمعة').value, 'XXXX-WXX-5');
});

test('ranges give one span per end; English-script dates are read', () => {
  assert.deepEqual(spans('قانون الموازنة للأعوام 2023-2025 أقر.'), ['2023', '2025']);
  assert.deepEqual(spans('أجري الاستطلاع بين 14 و18 أغسطس.').length, 2);
  assert.equal(value('نشر البيان August 20, 2024 على الموقع.', 'August 20, 2024').value, '2024-08-20');
});

test('calendar words used otherwise are not dates', () => {
  for (const text of [
    'قال العقيد رجب السالم إن الحملة مستمرة.', 'عاد رمضان صبحي إلى التدريبات.', 'السكان في أمس الحاجة إلى الغذاء.',
    'دعا الخطباء من على منابر الجمعة إلى التهدئة.', 'حذرت المنظمات منذ اليوم الأول من كارثة.', 'قال الأمين العام الحالي للحزب إن الأزمة مفتوحة.',
    'بمناسبة اليوم العالمي للصحة.', 'استفادت أكثر من 2000 مؤسسة صغيرة.', 'ضمن رؤية 2030 للتنمية.',
  ]) assert.deepEqual(spans(text), [], text);
  assert.deepEqual(spans('جريدة الرأي | الأحد 3 ديسمبر 2023 | العدد 16021\nوصل الوفد اليوم.'), ['اليوم']);
});

test('the JSON export gives each time expression its TIMEX3 type and a DURATION its begin and end points', () => {
  const a = analyze('ويغيب اللاعب منذ ثلاثة أسابيع، وعاد أمس إلى التدريبات.', REF);
  const json = toJson(a, { path: 'a.txt', sha256: 'x' }, { offsets: 'codepoint' }) as { annotations: Array<{ kind: string; text: string; attributes: Record<string, unknown> }> };
  const since = json.annotations.find((x) => x.kind === 'date' && x.text === 'ثلاثة أسابيع')!;
  assert.equal(since.attributes.type, 'DURATION');
  assert.equal(since.attributes.beginPoint, '2025-06-21');
  assert.equal(since.attributes.endPoint, '2025-07-12');
  assert.equal(json.annotations.find((x) => x.kind === 'date' && x.text === 'أمس')!.attributes.type, 'DATE');
});

test('a clock time takes the day named earlier in its sentence, and a weekday fixes the year of a date without one', () => {
  assert.equal(value('تقام المباراة مساء غد الأحد في تمام الساعة الثامنة مساءً.', 'الساعة الثامنة مساءً').value, '2025-07-13T20:00');
  assert.equal(value('وصل الوزير. وبدأ الاجتماع الساعة 10:30 صباحاً.', 'الساعة 10:30 صباحاً').value, '2025-07-12T10:30');
  assert.equal(value('تستطلع الهيئة الهلال مساء الاثنين 8 أبريل.', 'مساء الاثنين 8 أبريل', '2024-03-26').value, '2024-04-08TEV');
});

test('a masthead line is not annotated, and dates the article when nothing else does', () => {
  const a = analyze('جريدة الرأي | الأحد 3 ديسمبر 2023 | العدد 16021\nوصل الوفد أمس إلى العاصمة.');
  assert.deepEqual(a.annotations.filter((x) => x.kind === 'date').map((x) => [x.text, x.attributes.value]), [['أمس', '2023-12-02']]);
});

test('"N days before" an event is a duration; خلال شهر رمضان is the month, not one month', () => {
  const before = find(analyze('تعقد الجلسة قبل ثمانية أيام من افتتاح الألعاب.', REF), 'ثمانية أيام', 'date');
  assert.equal(before?.label, 'DURATION');
  assert.equal(find(analyze('تتغير ساعات العمل خلال شهر رمضان المبارك.', REF), 'شهر رمضان', 'date')?.label, 'DATE');
});

test('dates that name a well-known event keep its year; عقد as "holding" and resolution numbers are not time', () => {
  assert.equal(value('تحدث عن ثورة 25 يناير في كلمته.', '25 يناير').value, '2011-01-25');
  assert.deepEqual(spans('وقال بعد عقد اجتماع مع الوزير إنه طالب بتنفيذ القرار 1973.'), []);
});

test('a sentence listing thousands of dates, each following the one before, is annotated whole and each date takes its year from the chain', () => {
  // Twelve months a year from January 2026: the year moves on each time the months wrap.
  const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  const n = 24_000;
  const text = 'تعقد الجلسات من 1 يناير 2026 إلى ' + Array.from({ length: n }, (_, i) => `${(i % 28) + 1} ${months[(i + 1) % 12]}`).join(' إلى ') + '.';
  const dates = analyze(text, REF).annotations.filter((a) => a.kind === 'date');
  assert.equal(dates.length, n + 1);
  const last = dates[dates.length - 1].attributes as { value: string };
  assert.equal(last.value, `${2026 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-${String(((n - 1) % 28) + 1).padStart(2, '0')}`);
});

test('the character test before a line is tokenized for a masthead never turns a masthead away', () => {
  const lines = [
    'جريدة الرأي | الأحد 3 ديسمبر 2023 | العدد 16021', 'الأهرام | السبت | القاهرة', 'العدد ٤٥٢١ - الأحد', 'عدد 12',
    'الرأي | الأحد', 'وصل الوفد أمس إلى العاصمة.', '|', '||', 'عدد', 'x\t|\u00A0|', 'العدد\u200B١٢',
    Array.from({ length: 25 }, () => 'كلمة').join(' ') + ' | |', Array.from({ length: 26 }, () => 'كلمة').join(' ') + ' | |',
    Array.from({ length: 12 }, () => 'ب،ج').join(' ') + ' | |',
  ];
  // And random lines of the pieces mastheads are made of, glued or spaced.
  const pieces = ['|', '2023', '٣', 'العدد', 'عدد', 'كلمة', ' ', ' ', '\t', '،', 'ب،ج', '-', '\u00A0'];
  const r = mulberry32(5);
  for (let k = 0; k < 3000; k++) lines.push(Array.from({ length: 1 + Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join(''));
  let mastheads = 0;
  for (const line of lines) {
    if (!isMasthead(tokenize(line))) continue;
    mastheads++;
    assert.ok(mayBeMasthead(line), line);
  }
  assert.ok(mastheads > 100, `${mastheads} mastheads among the lines`);
  assert.equal(mayBeMasthead('وصل الوفد أمس إلى العاصمة.'), false, 'no digit and no bars: never a masthead');
  assert.equal(mayBeMasthead(Array.from({ length: 26 }, () => 'كلمة').join(' ') + ' | | 2023'), false, 'more than 25 tokens');
  // The lines a masthead has: still looked at, and the article dated by one.
  assert.ok(mayBeMasthead('جريدة الرأي | الأحد 3 ديسمبر 2023 | العدد 16021'));
});

test('a Hijri 30th the table\'s 29-day month lacks is the day after its 29th, not an unknown date', () => {
  const text = 'وأعلنت الوزارة أن يوم 30 جمادى الآخرة 1448هـ هو المتمم لشهر جمادى الآخرة.';
  assert.equal(dateValue(text, 'يوم 30 جمادى الآخرة 1448هـ', '2026-12-07').value, '2026-12-10');
});
