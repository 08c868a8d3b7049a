import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a body\'s short name the lists hold after its head is a body beside another body (بين فتح وحماس)', () => {
  assert.deepEqual(entities('وتجددت الاشتباكات بين فتح وحماس في شمال القطاع .').filter((x) => x.startsWith('ORGANIZATION')), ['ORGANIZATION فتح', 'ORGANIZATION حماس']);
  assert.ok(entities('واتفقت أمل وحزب الله على تشكيل لائحة موحدة .').includes('ORGANIZATION أمل'));
  assert.ok(entities('وتجددت الاشتباكات بين حماس وفتح مساء أمس .').includes('ORGANIZATION فتح'));
  // A particle after it leaves it a body.
  assert.ok(entities('وقال مسؤول في حماس وفتح إن الحوار سيستأنف في القاهرة .').includes('ORGANIZATION فتح'));
  // The FANE corpora's و of its own.
  assert.ok(entities('وبعد الصراع على السلطة بين فتح و حماس تشكلت حكومة جديدة .').includes('ORGANIZATION فتح'));
});

test('the common word stays a word: without a body beside it, or governing a definite noun', () => {
  assert.deepEqual(entities('وقرر الوزير فتح وإغلاق المعابر بالتناوب .').filter((x) => x.includes('فتح')), []);
  assert.deepEqual(entities('وطالبت حماس بفتح المعابر فورا .').filter((x) => x.includes('فتح')), []);
  // After a body, the word opening a clause with its object: a verb, no second body.
  assert.deepEqual(entities('وطالب النواب بمحاسبة وزارة المالية وفتح تحقيق في صفقة السلاح .').filter((x) => x.includes('فتح')), []);
  assert.deepEqual(entities('وطالب ذوو الضحايا بمقاضاة شركة بريتش بتروليوم وفتح ملف التسرب النفطي من جديد .').filter((x) => x.includes('فتح')), []);
});
