// Speaker rules of session 66, from the probes in docs/probes/speakers-session66: a repeated المسؤول, a dateline with the
// agency between dashes, unnamed groups (الجيران، الأهالي، مسلحون).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('المسؤول after a sentence that itself said وقال المسؤول (no quote) is still the minister named before', () => {
  const q = quotes('قال وزير النقل فهد العتيبي إن المطار الجديد سيفتتح في الصيف.\nوقال المسؤول إن تكلفة المشروع تجاوزت التقديرات الأولى بقليل.\nوقال المسؤول إن «الرحلات الدولية ستبدأ من المطار الجديد بعد ثلاثة أشهر من افتتاحه».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'فهد العتيبي');
});

test('an unnamed official (مسؤول عراقي) named again as المسؤول stays anonymous past a plain المسؤول sentence', () => {
  const q = quotes('قال وزير الخارجية فؤاد حسين إن الوفد سيصل غدا.\nوقال مسؤول عراقي طلب عدم ذكر اسمه إن الحوار سيستأنف قريبا.\nوأوضح المسؤول أن الوفدين سيلتقيان في بغداد.\nوقال المسؤول إن «الخلافات الباقية فنية ويمكن تجاوزها خلال أسابيع قليلة».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.via, 'anonymous');
});

test('a later وأضاف under `واشنطن - رويترز -` or `باريس - أ ف ب -` is the first sentence\'s subject, never the agency', () => {
  const reuters = quotes('واشنطن - رويترز - قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مع الجانبين مستمرة.\nوأضاف: «لا نزال نعتقد أن الحل الدبلوماسي ممكن إذا توفرت الإرادة لدى الطرفين».');
  assert.equal(who(reuters[0])?.text, 'أنتوني بلينكن');
  const afp = quotes('باريس - أ ف ب - أعلنت وزيرة الثقافة الفرنسية كلير دوبوا أن المتحف سيعيد فتح أبوابه الشهر المقبل.\nوأضافت: «أعمال الترميم انتهت، والمجموعات الفنية عادت إلى قاعاتها بعد غياب طويل».');
  assert.equal(who(afp[0])?.text, 'كلير دوبوا');
  const mena = quotes('القاهرة - أ ش أ - قال رئيس الوزراء مصطفى مدبولي إنه التقى وزير المالية لبحث خطة الموازنة.\nوأضاف: «الحكومة ملتزمة بخفض العجز دون المساس بالدعم الموجه للفئات الأكثر احتياجا».');
  assert.equal(who(mena[0])?.text, 'مصطفى مدبولي');
});

test('unnamed groups (وقال الجيران، وقال الأهالي، مسلحون مجهولون) are anonymous, never a person named before', () => {
  const texts = [
    'عثر على جثة الرجل داخل شقته في الطابق الثالث صباح أمس، بحسب الشرطة.\nوقال الجيران إن «رائحة غريبة كانت تخرج من الشقة منذ أيام ولم يفتح أحد الباب».',
    'قال محافظ المدينة عادل الشمري إن المساعدات ستصل خلال يومين.\nوقال الأهالي إن «الوعود تتكرر كل عام دون أن يتغير شيء في حياتنا أو في الطرق».',
    'أعلن المحافظ سامر الدليمي أن الطريق الدولي أغلق بعد الهجوم.\nوقال مسلحون مجهولون في تسجيل مصور إن «الهجوم رد على اعتقال رفاقنا في المدينة الأسبوع الماضي».',
  ];
  for (const t of texts) {
    const q = quotes(t);
    assert.equal(q.length, 1, t);
    assert.equal(who(q[0])?.via, 'anonymous', t);
  }
});

test('a title chain that runs out of words after a comma (…منذ خمسة عشر عاما، وتعمل) takes no verb for a name in apposition', () => {
  const q = quotes('نوال المصري ممرضة في مستشفى حكومي منذ خمسة عشر عاما، وتعمل في قسم الطوارئ.\nوتقول: «نعمل ساعات طويلة بلا راحة، والمرضى يزدادون كل يوم في هذا الموسم».');
  assert.equal(q.length, 1);
  assert.notEqual(who(q[0])?.text, 'وتعمل');
});

test('وقيل إن «…» (an impersonal passive) is an unnamed source, never the person named before', () => {
  const q = quotes('التقى المبعوث الأممي هانز كولر قادة الفصائل في الدوحة أمس.\nوقيل إن «الخلاف بلغ حد تبادل الاتهامات بين الأعضاء قبل أن يغادر بعضهم القاعة».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.via, 'anonymous');
});
