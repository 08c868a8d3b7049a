import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a gendarmerie or guard with its describing words and nationality is one organisation', () => {
  assert.deepEqual(entityLines('وأعلنت الجندرمة التركية مقتل جنديين.'), ['ORGANIZATION الجندرمة التركية']);
  assert.deepEqual(entityLines('وانتشر الحرس الوطني السعودي في المدينة.'), ['ORGANIZATION الحرس الوطني السعودي']);
  assert.deepEqual(entityLines('فيما أعلن الدرك الملكي المغربي توقيف المشتبه به.'), ['ORGANIZATION الدرك الملكي المغربي']);
});

test('a guard without nationality, or a nationality before a person, makes no force', () => {
  assert.deepEqual(entityLines('وانتشر الحرس الوطني في المدينة.'), []);
  assert.ok(!entityLines('وقال مدرب الجيش الفرنسي ألكسندر سانتوس إن لاعبيه جاهزون.').includes('ORGANIZATION الجيش الفرنسي'));
});

test('forces named by their branch and nationality are one body; troops with a nationality alone are none', () => {
  assert.ok(entityLines('وأكد المتحدث أن القوات المسلحة الأردنية ستتولى توزيع الخبز .').includes('ORGANIZATION القوات المسلحة الأردنية'));
  assert.ok(entityLines('ونفذت القوات الجوية المصرية غارات على مواقع المسلحين .').includes('ORGANIZATION القوات الجوية المصرية'));
  assert.ok(!entityLines('وانسحبت القوات الإسرائيلية من البلدة .').some((e) => e.startsWith('ORGANIZATION')));
});
