// Session 62's speaker mends, each checked on its probes in docs/probes/speakers-session62 (where it must act and near-misses).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';


test('a surname the article wrote ending a full name takes no object after it as a name word (ورفع الشمري صورة قال)', () => {
  const q = quotes('وقدم النائب فهد الشمري استجوابا لوزير الأشغال بسبب تأخر مشاريع الطرق.\nورفع الشمري صورة قال إنها «تكشف حجم الإهمال في الطريق الدائري».');
  assert.equal(q.length, 1);
  assert.doesNotMatch(who(q[0])?.text ?? '', /صورة/);
  assert.match(who(q[0])?.text ?? '', /الشمري/);
});

test('a name the tagger cut short still takes its surname when no full name of that person ends with the word', () => {
  const q = quotes('ضرب زلزال قوي شمال باكستان فجر الأحد.\nوقال قائد فرق الإنقاذ فاتح قره خان في مؤتمر صحفي إن «عشرات القرى معزولة».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /قره خان/);
});

test('a bare title refers back to the person a title in apposition after the name introduced (فلان، المتحدث الرسمي باسم الشركة،)', () => {
  const q = quotes('وقال المهندس سامر عويس، المتحدث الرسمي باسم شركة البريقة، إن «النيران لم تصل إلى الخزانات الرئيسية».\nمن جهته، قال عمر الفيتوري، أحد سكان الحي، إن «الدخان غطى المنطقة بأكملها».\nوأكد المتحدث باسم الشركة أن «التحقيق سيحدد أسباب الحريق».');
  assert.equal(q.length, 3);
  assert.match(who(q[2])?.text ?? '', /سامر عويس/);
});

test('a bare title with a word the apposition lacks still finds the person whose title came before his name', () => {
  const q = quotes('وقال المتحدث باسم الجيش العميد نبيل عبد الله إن «القوات صدت هجوما على المقر».\nوقال حسن محمد، المتحدث باسم الشرطة، إن «الوضع في الأحياء الجنوبية هادئ».\nوأضاف المتحدث باسم الجيش أن «العمليات مستمرة».');
  assert.equal(q.length, 3);
  assert.match(who(q[2])?.text ?? '', /نبيل عبد الله/);
});

test('after أما a title\'s ف-word opens the comment, not a name (أما وزير المالية فاكتفى … معتبرا أن «…»)', () => {
  const q = quotes('أما وزير المالية فاكتفى، خلال مؤتمر اقتصادي في فندق بالعاصمة، بالدعوة إلى الهدوء، معتبرا أن الأرقام «واضحة لمن يريد أن يقرأ».');
  assert.equal(q.length, 1);
  assert.doesNotMatch(who(q[0])?.text ?? '', /فاكتفى/);
  assert.match(who(q[0])?.text ?? '', /وزير المالية/);
});

test('after أما a name that starts with ف stays the name when the comment\'s ف comes later (أما مدرب الوحدات فراس الطويل فقال)', () => {
  const q = quotes('وقال قائد الفيصلي خليل بني عطية إن «الفوز جاء بجهد الجميع».\nأما مدرب الوحدات فراس الطويل فقال: «لم نستغل الفرص».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /فراس الطويل/);
});
