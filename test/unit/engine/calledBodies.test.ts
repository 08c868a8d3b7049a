import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('the name after تدعى with a body\'s noun before it is the body, its لـ complement with it', () => {
  assert.ok(entities('وأطلقت شركة ناشئة في عمان تدعى سلمان تطبيقا لتوصيل الطلبات.').includes('ORGANIZATION سلمان'));
  assert.ok(entities('وشاركت في المعرض شركة عائلية صغيرة تدعى بيسان للعسل من نابلس.').includes('ORGANIZATION بيسان للعسل'));
  const found = entities('وأسست جمعية ريفية تدعى البشائر مشغلا للخياطة.');
  assert.ok(found.includes('ORGANIZATION البشائر'), found.join(', '));
  assert.ok(!found.some((e) => e.includes('جمعية')), found.join(', '));
});

test('a name after a participle, or after a definite noun the verb may name instead, is left as read', () => {
  assert.ok(!entities('وسجلت الفرقة ألبومها المسمى على اسم مدينتها.').some((e) => e.startsWith('ORGANIZATION على')));
  const found = entities('وكانت هناك منظمة شبيهة بمنظمة الأمم المتحدة تدعى عصبة الأمم.');
  assert.ok(found.some((e) => e.includes('الأمم المتحدة')), found.join(', '));
});

test('a person between the body and تدعى is the one named, and تدعى إلى is an invitation', () => {
  assert.ok(!entities('وعمل سنوات في شركة صغيرة مع رجل يدعى خليل قبل أن يسافر.').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!entities('وكل جمعية تدعى إلى تقديم ملفها قبل نهاية الشهر.').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!entities('وكل شركة تدعى لتقديم عرضها قبل نهاية الشهر.').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!entities('وهي مؤسسة قديمة تدعى أيضا باسمها الأول في المدينة.').some((e) => e.startsWith('ORGANIZATION')));
});
