import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateSpans, dateValue } from './helpers';

// Shapes from the fresh date sets (other regions, registers and calendars), each in a sentence of its own.
const spans = dateSpans;
const value = dateValue;

test('a date inside the name of a place, a movement or the new moon is not a time expression', () => {
  assert.deepEqual(spans('تظاهر المئات في ساحة 14 آذار وقرب جسر 14 تموز.', '2025-05-10'), []);
  assert.deepEqual(spans('تحدث قادة حركة 20 فبراير عن مطالبهم.', '2025-05-10'), []);
  assert.deepEqual(spans('تستطلع اللجنة هلال شهر شوال مساء الغد.', '2025-03-28').filter((s) => s.includes('شوال')), []);
  assert.equal(value('لم يتغير الحال منذ ثورة يوليو.', 'يوليو', '2025-05-10').value, '1952-07');
});

test('Alan and Alain spelled with their hamza or madda are names, not الآن (now)', () => {
  assert.deepEqual(spans('وقال قائد القوة الجنرال آلان بيليغريني إن الوضع هادئ، وكتب ألان جوبيه مقالاً.', '2025-05-10'), []);
  assert.deepEqual(spans('وهو موجود الآن في باريس، ولم يصدر بيان حتى الان.', '2025-05-10'), ['الآن', 'الان']);
});

test('ألان in a time slot (حتى ألان، ألان فقط، ألان على) is الآن misspelled with a hamza, not the name', () => {
  assert.deepEqual(spans('ولم تعلن الحكومة حتى ألان عن أسماء الضحايا.', '2025-05-10'), ['ألان']);
  assert.deepEqual(spans('والمفاوضات متوقفة لغاية ألان بسبب الخلافات.', '2025-05-10'), ['ألان']);
  assert.deepEqual(spans('وتعمل الفرق ألان على رفع الأنقاض.', '2025-05-10'), ['ألان']);
  assert.deepEqual(spans('ولم يتبق ألان سوى أيام قليلة على الانتخابات.', '2025-05-10').includes('ألان'), true);
  // The name before its surname stays a name.
  assert.deepEqual(spans('ووصل الموفد الأممي آلان لو روي إلى بيروت.', '2025-05-10'), []);
});

test('fiscal years and their quarters get TIMEX2 FY values', () => {
  assert.equal(value('سجلت الموازنة فائضاً في الربع الثاني من السنة المالية 2024/2025.', 'الربع الثاني من السنة المالية 2024/2025', '2025-03-01').value, 'FY2024-Q2');
  assert.equal(value('بلغ العجز ذروته في العام المالي السابق.', 'العام المالي السابق', '2025-10-01').value, 'FY2024');
});

test('Islamic holidays used as times resolve to their Hijri day; a holiday that is ahead follows the future cue', () => {
  assert.equal(value('توقفت المعارك بعد عيد الأضحى.', 'عيد الأضحى', '2025-07-01').value, '2025-06-06');
  assert.equal(value('ويتوقع الفلكيون أن يكون الاثنين ثاني أيام عيد الفطر.', 'ثاني أيام عيد الفطر', '2026-03-01').value, '2026-03-21');
  assert.equal(value('تزدحم المساجد في ليلة القدر.', 'ليلة القدر', '2026-03-05').value, '2026-03-16TNI');
  assert.deepEqual(spans('تبدأ إجازة عيد الفطر بعد الظهر.', '2026-03-05').filter((s) => s.includes('عيد')), []);
});

test('an hour word with minutes in words or with من and a part of the day is one TIME', () => {
  assert.equal(value('وقع الانفجار عند الخامسة وعشر دقائق مساءً.', 'الخامسة وعشر دقائق مساءً', '2025-05-10').value, '2025-05-10T17:10');
  assert.equal(value('يبدأ الحظر من التاسعة من مساء اليوم السبت.', 'التاسعة من مساء اليوم السبت', '2025-05-10').value, '2025-05-10T21:00');
});

test('اليوم التالي counts from the day the paragraph named; الليلة is always tonight', () => {
  assert.equal(value('وصل الوفد الثلاثاء الماضي، وعقد اجتماعه صباح اليوم التالي.', 'صباح اليوم التالي', '2025-05-10').value, '2025-05-07TMO');
  assert.equal(value('يمتد الحظر إلى صباح اليوم التالي ويبدأ الليلة.', 'الليلة', '2025-05-10').value, '2025-05-10TNI');
});

test('the end of a range follows its start, and a day after a framing year is in that year', () => {
  assert.equal(value('تبدأ العطلة في 28 رمضان وتستمر حتى 3 شوال.', '3 شوال', '2026-03-05').value, '2026-03-22');
  assert.equal(value('أطلقت الحملة في أكتوبر الماضي وتستمر حتى نهاية مارس.', 'نهاية مارس', '2025-01-10').value, '2025-03');
  assert.equal(value('شهد عام 2019 احتجاجات واسعة بدأت في 17 أكتوبر.', '17 أكتوبر', '2025-05-10').value, '2019-10-17');
  assert.equal(value('لم تسجل الأسعار هذا المستوى منذ عام 2008 في منتصف مايو.', 'منتصف مايو', '2025-06-10').value, '2025-05');
});

test('present-tense verbs of scheduled events look ahead', () => {
  assert.equal(value('وتنطلق البطولة في 12 سبتمبر بمشاركة 16 فريقاً.', '12 سبتمبر', '2025-05-10').value, '2025-09-12');
});

test('bare quarters, dual head nouns, seasons with فصل and vague or hedged durations', () => {
  assert.equal(value('أعلنت الشركة أرباحها عن الربع الثاني أمس.', 'الربع الثاني', '2025-08-05').value, '2025-Q2');
  assert.equal(value('ارتفعت الأسعار في شهري مايو ويونيو.', 'شهري مايو', '2025-08-05').value, '2025-05');
  assert.equal(value('تتراجع الحرارة خلال فصل الشتاء.', 'فصل الشتاء', '2025-11-05').value, '2025-WI');
  assert.deepEqual(value('تراجعت المبيعات في الأشهر الستة الأولى من العام.', 'الأشهر الستة الأولى من العام', '2025-08-05'), { label: 'DURATION', value: 'P6M' });
  assert.deepEqual(value('انتظر السكان أكثر من عام ونصف.', 'أكثر من عام ونصف', '2025-08-05'), { label: 'DURATION', value: 'P18M' });
  assert.deepEqual(value('قد تستغرق المشاورات أشهراً.', 'أشهراً', '2025-08-05'), { label: 'DURATION', value: 'PXM' });
  assert.deepEqual(value('افتتحت الورشة قبل أشهر من الحرب.', 'أشهر', '2025-08-05'), { label: 'DURATION', value: 'PXM' });
  assert.equal(value('حددت الرسوم لهذا العام.', 'هذا العام', '2025-08-05').value, '2025');
  assert.equal(value('تزوج في أواخر العام قبل الماضي.', 'أواخر العام قبل الماضي', '2025-08-05').value, '2023');
});

test('حتى الساعة is "so far", في وقت لاحق من اليوم is today, أيام الجمعة is every Friday', () => {
  assert.equal(value('لم تعلن النتائج حتى الساعة.', 'الساعة', '2025-08-05').value, 'PRESENT_REF');
  assert.equal(value('يصدر البيان في وقت لاحق من اليوم.', 'وقت لاحق من اليوم', '2025-08-05').value, '2025-08-05');
  assert.deepEqual(value('يغلق المتحف أيام الجمعة.', 'أيام الجمعة', '2025-08-05'), { label: 'SET', value: 'XXXX-WXX-5' });
});

test('a dynastic era is a past time; a colonial mandate period is not marked', () => {
  assert.deepEqual(value('عثر على سند من الفترة العثمانية في الأرشيف.', 'الفترة العثمانية', '2025-08-05'), { label: 'DATE', value: 'PAST_REF' });
  assert.deepEqual(spans('بنيت المدرسة في فترة الانتداب البريطاني.', '2025-08-05'), []);
});

test('regional month spellings come from CLDR: Mauritanian أغشت and دجمبر', () => {
  assert.equal(value('وصل الوفد إلى نواكشوط في 3 أغشت 2024.', '3 أغشت 2024', '2025-08-05').value, '2024-08-03');
  assert.equal(value('تنتهي المهلة في 31 دجمبر 2025.', '31 دجمبر 2025', '2025-08-05').value, '2025-12-31');
});

test('a bare quarter needs a results or statistics context: a basketball quarter is not a date', () => {
  assert.deepEqual(spans('تقدم الفريق بفارق عشر نقاط في الربع الثالث.', '2025-08-05'), []);
});
