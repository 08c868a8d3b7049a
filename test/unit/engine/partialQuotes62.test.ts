// Session 62b's partial-quotation mends, each checked on its probes in docs/probes/speakers-session62b (acts and near-misses).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Quotation, quotationsIn as quotes, speakerOf } from './helpers';

const who = (q: Quotation | undefined) => speakerOf(q)?.text ?? '';

test('a one-word partial quote after a long clause subject is speech (أكد فلان أن التأخير المسجل في … «مؤقت»)', () => {
  const q = quotes('تأخر وصول شحنات القمح إلى عدد من المطاحن.\nوأكد المدير العام لديوان الحبوب هاني العطار أن التأخير المسجل في تسليم الشحنات إلى مطاحن ولايات الشمال «مؤقت».');
  assert.equal(q.length, 1);
  assert.match(who(q[0]), /هاني العطار/);
});

test('a quoted name inside the clause subject does not hide the partial quote after it (أن تحالف «أوبك بلس» سيبقى «متماسكا»)', () => {
  const q = quotes('وأكد وزير الطاقة فهد الدوسري أن تحالف «أوبك بلس» سيبقى «متماسكا» في الأشهر المقبلة.');
  assert.deepEqual(q.map((x) => x.text), ['«متماسكا»']);
  assert.match(who(q[0]), /فهد الدوسري/);
});

test('far from the complementizer, a quoted word after a preposition stays a name (الاتفاق الذي وقعته الوزارة أمس مع «أرامكو»)', () => {
  const q = quotes('وأوضح المتحدث باسم الوزارة ماجد العتيبي أن الاتفاق الذي وقعته الوزارة أمس مع «أرامكو» سيوفر آلاف الوظائف.');
  assert.equal(q.length, 0);
});

test('a partial quote after a judgement verb with بأنه is still speech (ووصف فلان القرار بأنه «متسرع»)', () => {
  const q = quotes('ووصف وزير المالية السابق سمير الحداد القرار بأنه «متسرع»، داعيا إلى مراجعته.');
  assert.equal(q.length, 1);
  assert.match(who(q[0]), /سمير الحداد/);
});

test('a question put with سأله + asker is the asker\'s, and the answer after فأجاب is the one asked', () => {
  const q = quotes('عقد وزير المياه رائد العمري مؤتمرا صحفيا في مقر الوزارة.\nوقال العمري: "مخزون السدود هو الأدنى منذ عشرين عاما".\nسأله مراسل قناة المملكة: "هل ستلجأ الوزارة إلى قطع المياه عن الأحياء؟"\nفأجاب: "لن نقطع المياه، لكننا سنعيد توزيع الحصص".');
  assert.equal(q.length, 3);
  assert.match(who(q[1]), /مراسل قناة المملكة/);
  assert.match(who(q[2]), /العمري/);
});

test('an answer whose answerer is named keeps that name, and a named asker without a pronoun keeps the question', () => {
  const q = quotes('شهدت جلسة مجلس الأمة نقاشا حادا حول الميزانية.\nوسأل النائب فيصل العنزي وزير المالية: "أين ذهبت فوائض السنوات الماضية؟"\nفأجاب الوزير سالم الصباح: "الفوائض موجودة في صندوق الأجيال القادمة".');
  assert.equal(q.length, 2);
  assert.match(who(q[0]), /فيصل العنزي/);
  assert.match(who(q[1]), /سالم الصباح/);
});
