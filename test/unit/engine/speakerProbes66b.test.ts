// Speaker rules of session 66b, from the probes in docs/probes/speakers-session66b: no sentence subject read from inside
// a quotation the sentence opens with; no فاعلاً accusative read as the name after a title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('a quotation standing as a sentence lends no speaker from its own words (وأعرف) to a later answer', () => {
  const q = quotes('عمان - قبل عامين كانت نادية الصمادي معلمة رياضيات في مدرسة حكومية بإربد. اليوم تدير منصة تعليمية يتابعها آلاف الطلاب.\n«كنت أدرس أربعين طالبا في الصف، وأعرف أن نصفهم لا يفهم الدرس. من هنا بدأت الفكرة».\nسألناها عن المنافسة، فأجابت: «السوق يتسع للجميع ما دام المحتوى جيدا».');
  assert.equal(q.length, 2);
  assert.equal(who(q[1])?.text, 'نادية الصمادي');
});

test('وأضاف after a lone quotation whose words hold a first-person verb (وأشعر) is the person named before it', () => {
  const q = quotes('الدار البيضاء - يدير يوسف بنعلي مخبزة ورثها عن والده في المدينة القديمة.\n«أستيقظ كل يوم في الثالثة فجرا، وأشعر أن هذا العمل جزء مني. لن أتركه».\nوأضاف: «الأسعار ارتفعت لكن الزبائن بقوا أوفياء».');
  assert.equal(q.length, 2);
  assert.equal(who(q[1])?.text, 'يوسف بنعلي');
});

test('a فاعلاً accusative after a title (رئيس الجلسة طالبا) is how he spoke, not his name', () => {
  const q = quotes('الرباط - شهدت جلسة مجلس النواب أمس نقاشا حادا حول قانون المالية.\nوتدخل رئيس الجلسة طالبا من النائب احترام الوقت: «انتهى وقتك، أرجو الالتزام بالنظام».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'رئيس الجلسة');
});
