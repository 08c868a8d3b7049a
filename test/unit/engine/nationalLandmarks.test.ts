import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('a museum, theatre or mosque named by its rank is a landmark, a nationality after it included', () => {
  assert.deepEqual(misc('وقدمت الفرقة عرضها على خشبة المسرح الوطني وسط بغداد .'), ['المسرح الوطني']);
  assert.deepEqual(misc('وأقيمت صلاة الجنازة في الجامع الكبير بعد الظهر .'), ['الجامع الكبير']);
  assert.deepEqual(misc('وأعلن المتحف الوطني الكندي استعادة اللوحة .'), ['المتحف الوطني الكندي']);
});

test('other heads with the same rank, and a rank behind a clitic, name no landmark', () => {
  assert.deepEqual(misc('ووصل الوفد إلى المطار الدولي مساء أمس .'), []);
  assert.deepEqual(misc('وزار الوزير المتحف وأشاد بالدور الوطني للعاملين فيه .'), []);
});
