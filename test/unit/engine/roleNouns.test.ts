import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleNounsBeforeNames } from '../../../server/src/engine/roleNouns';
import { labelTexts, tagNames, tagNumbers } from './helpers';

test('a definite role noun the tagger takes in before a name of two words or more is left out', () => {
  assert.deepEqual(labelTexts('وقال الطالب يوسف عادل من الهرم إن المراقبين غادروا القاعة .', 'PERSON'), ['يوسف عادل']);
  assert.deepEqual(labelTexts('وقالت الطبيبة سناء الإدريسي من المركز الاستشفائي الجامعي إن الوضع مستقر .', 'PERSON'), ['سناء الإدريسي']);
  assert.deepEqual(labelTexts('وقال المعلم عبد السلام نور ، وهو ناشط ، إن المدارس مغلقة .', 'PERSON'), ['عبد السلام نور']);
});

test('a given name with ال, a title names keep and a given name before a lineage word stay in the name', () => {
  assert.deepEqual(labelTexts('وقال الحبيب بورقيبة في خطاب إن الاستقلال قريب .', 'PERSON'), ['الحبيب بورقيبة']);
  assert.deepEqual(labelTexts('وقال المختار ولد داداه إن البلاد بحاجة إلى الوحدة .', 'PERSON'), ['المختار ولد داداه']);
  assert.deepEqual(labelTexts('وقال الشيخ محمد بن راشد إن دبي مستعدة .', 'PERSON'), ['الشيخ محمد بن راشد']);
});

test('after a title phrase, not a reporting verb, the definite word opens the name (للوزارة [الصادق] محمد نور)', () => {
  const stems = ['للوزاره', 'الصادق', 'محمد', 'نور'];
  const marks = [[], ['NAME-S'], ['FIRST-S', 'NAME-S'], ['NAME-S']];
  const tags = tagNumbers('O', 'B-PERS', 'I-PERS', 'I-PERS');
  assert.deepEqual(tagNames(roleNounsBeforeNames(stems, marks, tags, (k) => stems[k], () => false)), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(tagNames(roleNounsBeforeNames(stems, marks, tags, (k) => stems[k], (k) => k === 0)), ['O', 'O', 'B-PERS', 'I-PERS']);
});
