// A coalition named by its indefinite head and the definite word it governs is one organisation; the verb تحالف and a description are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';

const model = loadDefaultModel();
const bodies = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity' && x.label === 'ORGANIZATION').map((x) => x.text);

test('an indefinite coalition head and the definite word after it are one organisation, behind ل too', () => {
  const found = bodies(new Analyzer(model).analyze('وفي الانتخابات ، حصل تحالف الأجنحة على 40 مقعدا ، مقابل 30 لتحالف الضياء .\n' +
    'ويرشح تحالف البيارق الوطني رجل الأعمال سامر النعيمي لرئاسة البرلمان .'));
  assert.deepEqual(found, ['تحالف الأجنحة', 'تحالف الضياء', 'تحالف البيارق الوطني']);
});

test('no coalition where تحالف is the verb, a predicate describes a body, or the word is a place or a time', () => {
  const found = bodies(new Analyzer(model).analyze('وقبل المعركة تحالف الفرسان مع القبائل المجاورة .\n' +
    'والجبهة هي تحالف الأجنحة المسلحة في الشمال .\nوعقد تحالف اليوم اجتماعا بعد أن أعلن تحالف العراق دعمه .'));
  assert.deepEqual(found.filter((t) => t.startsWith('تحالف')), []);
});

test('no coalition where the definite word says what kind of members it has (parties, the government, two countries)', () => {
  const found = bodies(new Analyzer(model).analyze('ويخشى الناخبون أن يسقط تحالف الأحزاب المتنافرة قبل الصيف .\n' +
    'وخسر ائتلاف الحكومة مقعدين في الانتخابات الفرعية .\nويعود تحالف البلدين إلى القرن الماضي .'));
  assert.deepEqual(found.filter((t) => t.startsWith('تحالف') || t.startsWith('ائتلاف')), []);
});

test("a coalition's name keeps a cardinal or a feminine plain adjective after its word, not the verb's object after them", () => {
  const found = bodies(new Analyzer(model).analyze('وأعلن تحالف الرفاق الأربعة السيطرة على المعبر .\n' +
    'وطالب تحالف المدن الساحلية الكبرى بتمويل إضافي .\nوانضم النائب إلى تحالف الوفاق الجديد الذي أعلن أمس .'));
  assert.deepEqual(found.filter((t) => t.startsWith('تحالف')), ['تحالف الرفاق الأربعة', 'تحالف المدن الساحلية الكبرى', 'تحالف الوفاق']);
});
