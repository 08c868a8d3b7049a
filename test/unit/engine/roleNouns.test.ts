import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a definite role noun the tagger takes in before a name of two words or more is left out', () => {
  assert.deepEqual(labelTexts('وقال الطالب يوسف عادل من الهرم إن المراقبين غادروا القاعة .', 'PERSON'), ['يوسف عادل']);
  assert.deepEqual(labelTexts('وقالت الطبيبة سناء الإدريسي من المركز الاستشفائي الجامعي إن الوضع مستقر .', 'PERSON'), ['سناء الإدريسي']);
  assert.deepEqual(labelTexts('وقال المعلم عبد السلام نور ، وهو ناشط ، إن المدارس مغلقة .', 'PERSON'), ['عبد السلام نور']);
});

test('a given name with ال, a title names keep and a given name before a lineage word stay in the name', () => {
  assert.deepEqual(labelTexts('وقال الحبيب بورقيبة في خطاب إن الاستقلال قريب .', 'PERSON'), ['الحبيب بورقيبة']);
  assert.deepEqual(labelTexts('وقال المختار ولد داداه إن البلاد بحاجة إلى الوحدة .', 'PERSON'), ['المختار ولد داداه']);
  assert.deepEqual(labelTexts('وقال الشيخ محمد بن راشد إن دبي مستعدة .', 'PERSON'), ['الشيخ محمد بن راشد']);
  // After a title's phrase, not a reporting verb, the definite word opens the name.
  assert.deepEqual(labelTexts('وأكد مدير المستشفى الصادق محمد علي أن الأسرة ممتلئة .', 'PERSON'), ['الصادق محمد علي']);
});
