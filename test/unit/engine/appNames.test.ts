import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';

// Invented sentences: apps named in quotes right after تطبيق, as the news sets tag them (`تطبيق " [كلنا أمن] "`).
const misc = (text: string) => textsOf(analyze(text), 'MISC');

test('the words quoted after تطبيق are the app (MISC), common words and a past verb\'s shape too, the first letter kept', () => {
  assert.deepEqual(misc('وعرضت الدار تطبيق " كتابي " لبيع الكتب الإلكترونية .'), ['كتابي']);
  assert.deepEqual(misc('وقال المدير إن تطبيق " سند " يقدم الخدمات الحكومية .'), ['سند']);
  assert.deepEqual(misc('وأبلغ المواطن عن المخالفة عبر تطبيق " كلنا أمن " .'), ['كلنا أمن']);
});

test('no app: تطبيق as applying a definite word, a rule or a plan, behind ب, or a quoted statement', () => {
  assert.deepEqual(misc('ودعا النائب إلى تطبيق " الشريعة الإسلامية " في البلاد .'), []);
  assert.deepEqual(misc('ودعت الرابطة المجلس إلى تطبيق " خطة النقاط الخمس " للسلام .'), []);
  assert.deepEqual(misc('وطالب الخطيب بتطبيق " إرادة الشعب " في الانتخابات .'), []);
  assert.deepEqual(misc('وقال إن تطبيق " يحتاج إلى وقت " طويل .'), []);
});

test('no app: a quote opening on a demonstrative or a particle is a phrase or a statement (تطبيق " هذا القرار "، تطبيق " سوف يفشل ")', () => {
  assert.deepEqual(misc('وقال الوزير إن تطبيق " هذا القرار " يحتاج وقتا .'), []);
  assert.deepEqual(misc('وأكد الخبير أن تطبيق " سوف يفشل " في النهاية .'), []);
  assert.deepEqual(misc('ورأى المحلل أن تطبيق " تلك الإجراءات " صعب .'), []);
});
