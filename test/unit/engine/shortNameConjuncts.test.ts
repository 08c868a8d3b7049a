import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a body\'s short name the lists hold after its head is a body beside another body (بين فتح وحماس)', () => {
  assert.deepEqual(entities('وتجددت الاشتباكات بين فتح وحماس في شمال القطاع .').filter((x) => x.startsWith('ORGANIZATION')), ['ORGANIZATION فتح', 'ORGANIZATION حماس']);
  assert.ok(entities('واتفقت أمل وحزب الله على تشكيل لائحة موحدة .').includes('ORGANIZATION أمل'));
  assert.ok(entities('وتجددت الاشتباكات بين حماس وفتح مساء أمس .').includes('ORGANIZATION فتح'));
  // The FANE corpora's و of its own.
  assert.ok(entities('وبعد الصراع على السلطة بين فتح و حماس تشكلت حكومة جديدة .').includes('ORGANIZATION فتح'));
});

test('the common word stays a word: without a body beside it, or governing a definite noun', () => {
  assert.deepEqual(entities('وقرر الوزير فتح وإغلاق المعابر بالتناوب .').filter((x) => x.includes('فتح')), []);
  assert.deepEqual(entities('وطالبت حماس بفتح المعابر فورا .').filter((x) => x.includes('فتح')), []);
});
