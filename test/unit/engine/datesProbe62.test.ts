import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateSpans as spans, dateValue as value } from './helpers';

// Misfires of session 62's date rules found by a second reader's probes (docs/probes/dates-session62b.txt).

test('a scheduling or announcing verb nearer a date than a past event verb makes the date its own, ahead', () => {
  assert.equal(value('واعتقلت الشرطة المتهم وحددت النيابة جلسة في 15 يناير لمحاكمته.', '15 يناير', '2026-12-07').value, '2027-01-15');
  assert.equal(value('وغادر الوفد الرياض أمس وأعلن عودته في 20 يناير لاستكمال المباحثات.', '20 يناير', '2026-12-10').value, '2027-01-20');
  // The event verb alone still reads the date as the past one.
  assert.equal(value('واعتقلت الشرطة المتهم في 15 يناير في منزله.', '15 يناير', '2026-12-07').value, '2026-01-15');
});

test('a count of times in a period followed by its year is that year, no frequency', () => {
  assert.equal(value('ورفع البنك المركزي أسعار الفائدة ثلاث مرات في العام 2019.', 'العام 2019', '2026-03-10').value, '2019');
  assert.equal(value('ويتناول المريض الدواء ثلاث مرات في اليوم بعد الوجبات.', 'ثلاث مرات في اليوم', '2026-03-10').label, 'SET');
});

test('a weekday after a past verb of lasting (استمرت حتى الخميس) stays behind the article, though a date ahead came earlier', () => {
  assert.equal(value('ويمثل غدا أمام المحكمة المتهمون في أعمال الشغب التي استمرت حتى الخميس.', 'الخميس', '2026-12-07').value, '2026-12-03');
  assert.equal(value('وقالت الأرصاد إن الأمطار المتوقعة غدا تأتي بعد موجة حر استمرت حتى الخميس.', 'الخميس', '2026-12-07').value, '2026-12-03');
  // A range told ahead still ends on or after its start.
  assert.equal(value('ويقام المعرض من الجمعة المقبلة حتى الثلاثاء.', 'الثلاثاء', '2026-12-07').value, '2026-12-15');
});

test('a number under a thousand with م is metres in a race, at a distance, after a length noun and about, and after another length', () => {
  const none = (text: string) => assert.deepEqual(spans(text, '2026-05-10'), []);
  none('وحلت العداءة المغربية ثانية في 400 م حواجز.');
  none('وسقطت القذيفة على بعد 300 م من المدرسة.');
  none('وتمركزت القوات على مسافة نحو 500 م من الحدود.');
  none('وتأهل العداء إلى نهائي سباقي 100 م و 200 م.');
  none('وبلغ ارتفاعه حوالي 260 م وعرضه 4 م.');
  // After في, بعد alone or a bare حوالي it stays a year.
  assert.equal(value('وولد الفقيه في 750 م بالمدينة المنورة.', '750 م', '2026-05-10').label, 'DATE');
  assert.equal(value('وقد ولد حوالي 781 م في البصرة.', '781 م', '2026-05-10').label, 'DATE');
});

test('a year under a thousand is written in four digits and a century before the tenth in two, as TIMEX does', () => {
  assert.equal(value('وفتح المسلمون القدس في عام 638 م في عهد الخليفة عمر.', 'عام 638 م', '2026-05-10').value, '0638');
  assert.equal(value('وبني المسجد في القرن السابع على أنقاض معبد قديم.', 'القرن السابع', '2026-05-10').value, '06XX');
});

test('a count of times in the single day (في اليوم الواحد) keeps الواحد inside its SET', () => {
  assert.deepEqual(spans('ويصلي المسلمون خمس مرات في اليوم الواحد.', '2026-03-10'), ['خمس مرات في اليوم الواحد']);
});
