import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gregorianToHijri, hijriToGregorian, isoDate } from '../../../server/src/engine/hijri';
import { analyze, find } from './helpers';

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
  const ago = value('توغلت القوات قبل نحو عام في المنطقة.', 'قبل نحو عام');
  assert.equal(ago.value, '2024-07');
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
