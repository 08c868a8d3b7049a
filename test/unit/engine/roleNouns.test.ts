import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleNounsBeforeNames } from '../../../server/src/engine/roleNouns';
import { labelTexts, tagNames, tagNumbers } from './helpers';

test('a definite role noun the tagger takes in before a name of two words or more is left out', () => {
  assert.deepEqual(labelTexts('وقال الطالب يوسف عادل من الهرم إن المراقبين غادروا القاعة .', 'PERSON'), ['يوسف عادل']);
  assert.deepEqual(labelTexts('وقالت الطبيبة سناء الإدريسي من المركز الاستشفائي الجامعي إن الوضع مستقر .', 'PERSON'), ['سناء الإدريسي']);
  // Not only after a reporting verb: after a role phrase too (رجل الأعمال [الهارب]).
  assert.deepEqual(labelTexts('وفر رجل الأعمال الهارب وليد فاروق إلى الخارج .', 'PERSON'), ['وليد فاروق']);
  assert.deepEqual(labelTexts('وقال المعلم عبد السلام نور ، وهو ناشط ، إن المدارس مغلقة .', 'PERSON'), ['عبد السلام نور']);
});

test('a given name with ال, a title names keep and a given name before a lineage word stay in the name', () => {
  assert.deepEqual(labelTexts('وقال الحبيب بورقيبة في خطاب إن الاستقلال قريب .', 'PERSON'), ['الحبيب بورقيبة']);
  assert.deepEqual(labelTexts('وقال المختار ولد داداه إن البلاد بحاجة إلى الوحدة .', 'PERSON'), ['المختار ولد داداه']);
  assert.deepEqual(labelTexts('وقال الشيخ محمد بن راشد إن دبي مستعدة .', 'PERSON'), ['الشيخ محمد بن راشد']);
});

test('a given name written with ال after a title phrase stays the name\'s first word (للوزارة [الصادق] محمد نور، الخرطوم [الطيب])', () => {
  assert.deepEqual(labelTexts('وقال المدير العام للوزارة الصادق محمد نور إن العمل مستمر .', 'PERSON'), ['الصادق محمد نور']);
  assert.deepEqual(labelTexts('وأعلن وزير الداخلية الزبير بشير طه عن خطة أمنية .', 'PERSON'), ['الزبير بشير طه']);
  assert.deepEqual(labelTexts('وقال والي الخرطوم الطيب حسن بدوي إن الولاية مستعدة .', 'PERSON'), ['الطيب حسن بدوي']);
});

test('the given-name test decides: a word it reads as a given name with ال stays, any other definite word is left out', () => {
  const stems = ['للوزاره', 'الصادق', 'محمد', 'نور'];
  const marks = [[], ['NAME-S'], ['FIRST-S', 'NAME-S'], ['NAME-S']];
  const tags = tagNumbers('O', 'B-PERS', 'I-PERS', 'I-PERS');
  assert.deepEqual(tagNames(roleNounsBeforeNames(stems, marks, tags, (k) => stems[k], () => false, (w) => w === 'الصادق')), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(tagNames(roleNounsBeforeNames(stems, marks, tags, (k) => stems[k], () => false, () => false)), ['O', 'O', 'B-PERS', 'I-PERS']);
  // Right after a reporting verb the definite word is the speaker's role, whatever the lists say (وقال [المعلم] عبد السلام نور).
  assert.deepEqual(tagNames(roleNounsBeforeNames(stems, marks, tags, (k) => stems[k], (k) => k === 0, () => true)), ['O', 'O', 'B-PERS', 'I-PERS']);
});

test('after a reporting verb with no speech cue (no إن or colon), a given name written with ال stays the name\'s first word', () => {
  assert.deepEqual(labelTexts('وأعلن الصادق محمد المهدي انسحاب حزبه من الحوار .', 'PERSON'), ['الصادق محمد المهدي']);
  assert.deepEqual(labelTexts('وشدد النور أحمد الخير على أهمية الوحدة .', 'PERSON'), ['النور أحمد الخير']);
  // A role noun there is still left out (the given-name guard decides).
  assert.deepEqual(labelTexts('ونقل التلفزيون عن المرشح الخاسر مير حسين موسوي قوله .', 'PERSON'), ['مير حسين موسوي']);
});
