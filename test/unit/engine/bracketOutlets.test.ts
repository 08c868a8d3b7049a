// A paper naming itself in brackets after a verb of meeting or a لـ of telling.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('bracketed words after a verb of meeting, or after لـ that telling governs, are the paper itself', () => {
  assert.deepEqual(entities('وقد التقت ( المنارة ) بعدد من الزوار امام القاعة .'), ['ORGANIZATION المنارة']);
  assert.deepEqual(entities('وقد استقبلت ه ( المنارة ) في مكتبه بالعاصمة .'), ['ORGANIZATION المنارة']);
  assert.deepEqual(entities('وقال المدير في حديث ه ل ( المنارة ) ان المعرض كبير .'), ['ORGANIZATION المنارة']);
});

test('the same bracket with no verb of meeting or telling before it names no body', () => {
  assert.deepEqual(entities('وشارك في المعرض ( المنارة ) عدد من الفنانين .'), []);
});

test('two to four spaced letters alone in brackets closing a caption are an agency\'s initials; not mid-sentence, nor after a number', () => {
  assert.deepEqual(entities('لاعبو الفريق يحتفلون بالهدف الثالث أمام ضيفهم ( ك ن ز )'), ['ORGANIZATION ك ن ز']);
  assert.deepEqual(entities('بنيت المدينة عام 300 ( ق م ) على ضفة النهر .'), []);
  assert.deepEqual(entities('نشر التعليق 22 اكتوبر 2011 ( ك ن ز )'), []);
  assert.deepEqual(entities('وتنص الفقرة ( أ ) على ذلك .'), []);
  assert.deepEqual(entities('وتحدث الخطيب عن الامام ( ك ن ز ) في خطبته .'), []);
});
