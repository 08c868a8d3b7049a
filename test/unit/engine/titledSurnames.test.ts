import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

const persons = (text: string) => entityLines(text).filter((e) => e.startsWith('PERSON'));

test('a titled speaker named by a given name before إن keeps the family name between them', () => {
  // A local family name that is a common verb: the tagger stopped at the given name.
  assert.deepEqual(persons('وقال رئيس البلدية رمزي يعيش إن المشروع سينتهي في الصيف .'), ['PERSON رمزي يعيش']);
  // Both words missed, the title in construct with its body between.
  assert.deepEqual(persons('وقالت ممثلة المنظمة في السودان نعيمة القويسمي إن التمويل لا يكفي .'), ['PERSON نعيمة القويسمي']);
});

test('a day, a clitic-joined word, or a verb after the name stays out of it', () => {
  assert.deepEqual(persons('وقال الوزير محمد أمس إن الحكومة ستعلن خطة جديدة .'), ['PERSON محمد']);
  assert.deepEqual(persons('وأكد المدرب جمال لرويترز أن الفريق جاهز .'), ['PERSON جمال']);
  assert.deepEqual(persons('وكان وزير الدفاع عمير بيريتس قال إن الانسحاب سيتم .'), ['PERSON عمير بيريتس']);
  // A well-known surname is the whole name: the word after it is the sentence's adverb.
  assert.deepEqual(persons('وقال الرئيس ترامب مرارا إن الصين تستغل بلاده .'), ['PERSON ترامب']);
  assert.deepEqual(persons('وقال الرئيس ماكرون حينها إن فرنسا ستدعم أوكرانيا .'), ['PERSON ماكرون']);
  // باسم after a spokesman is "on behalf of", though the name lists hold the given name so spelled.
  assert.deepEqual(persons('وقال متحدث باسم الجيش إن الهجوم فشل .'), []);
});
