import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, labelTexts } from './helpers';

const bodies = (text: string) => labelTexts(text, 'ORGANIZATION');

test('an agency credited by its letters in brackets at a caption\'s end is an organisation', () => {
  assert.deepEqual(bodies('مقاتلون عند مدخل المدينة ( أ ب )'), ['أ ب']);
  assert.deepEqual(bodies('صورة لمحتجين أمام المبنى ( و م ع )'), ['و م ع']);
});

test('one bracketed letter is an item of a list, not a body', () => {
  assert.deepEqual(bodies('وتشمل الشروط ( أ ) و ( ب ) من المادة الثالثة.'), []);
});

test('bracketed letters of an era, a currency or a blessing are no body; unknown letters credit an agency only in a dateline', () => {
  assert.deepEqual(bodies('عاش الفيلسوف بين عامي 384 و322 ( ق م ) في أثينا.'), []);
  assert.deepEqual(bodies('وارتفع سعر السهم إلى 25 ( ر س ) في ختام التداولات.'), []);
  assert.deepEqual(bodies('ودعا الشيعة لظهور الإمام المهدي ( ع ج ) في خطبهم.'), []);
  assert.ok(bodies('المنامة ( ب ن أ ) - افتتح الملك البرلمان.').includes('ب ن أ'));
});

test('a body\'s short name defined in brackets after it names the body wherever the article repeats it', () => {
  const a = analyze('وأكد المجلس الوطني لحقوق الإنسان (سنيد) أن التقرير جاهز، وقال رئيس سنيد إن اللجنة ستجتمع.');
  const labels = a.annotations.filter((x) => x.kind === 'entity' && x.text === 'سنيد').map((x) => x.label);
  assert.deepEqual(labels, ['ORGANIZATION', 'ORGANIZATION']);
});

test('a leader\'s name in brackets after the body is no definition of it: the person stays a person where the article quotes them', () => {
  const labelsOf = (text: string, name: string) => analyze(text).annotations.filter((x) => x.kind === 'entity' && x.text === name).map((x) => x.label);
  assert.ok(!labelsOf('وشارك حزب النهضة (الغنوشي) في المشاورات.\nوقال الغنوشي إن الحوار هو الحل.', 'الغنوشي').includes('ORGANIZATION'));
  assert.ok(!labelsOf('وحصل ائتلاف دولة القانون (المالكي) على 89 مقعدا.\nوقال المالكي إن النتائج مزورة.', 'المالكي').includes('ORGANIZATION'));
  assert.ok(!labelsOf('وأعلنت جماعة أنصار الله (الحوثي) مسؤوليتها عن الهجوم.\nوقال الحوثي في خطاب متلفز إن العمليات ستتواصل.', 'الحوثي').includes('ORGANIZATION'));
});

test('a dateline with the place\'s country in a bracket before the agency\'s: the place, whatever it reads as, the country and the agency', () => {
  const lines = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.deepEqual(lines('كان ( فرنسا ) ( أ ف ب ) - افتتحت الدورة الجديدة مساء الثلاثاء .'), ['LOCATION كان', 'LOCATION فرنسا', 'ORGANIZATION أ ف ب']);
});
