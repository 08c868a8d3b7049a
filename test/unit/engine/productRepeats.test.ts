import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { entityLines, openDocument } from './helpers';

const VACCINE = [
  'بدأت وزارة الصحة توزيع لقاح سوفيرال على المراكز الصحية .',
  'وأكد الوزير أن سوفيرال آمن .',
  'وتصل شحنة جديدة من سوفيرال الأسبوع المقبل .',
].join('\n\n');

const APP = [
  'أطلق البنك المركزي تطبيق دنانيري للدفع الإلكتروني .',
  'وقال المحافظ إن دنانيري " سيغير طريقة الدفع " .',
  'ويستخدم دنانيري الآن 200 ألف تاجر .',
].join('\n\n');

test('a vaccine named after its head and then bare: every mention is the product, not a person', () => {
  const lines = entityLines(VACCINE);
  assert.equal(lines.filter((l) => l === 'MISC سوفيرال').length, 3, lines.join(' | '));
  assert.ok(!lines.includes('PERSON سوفيرال'), lines.join(' | '));
});

test('an app named after its head and then bare is the app in every mention', () => {
  const lines = entityLines(APP);
  assert.equal(lines.filter((l) => l === 'MISC دنانيري').length, 3, lines.join(' | '));
});

test('an open document reads a product\'s bare repeats as a fresh analysis does', () => {
  const doc = openDocument(new Analyzer(loadDefaultModel()), 'file:///product.txt', VACCINE);
  doc.edit(0, 0, 'عاجل : ');
  const lines = doc.analyze().annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.deepEqual(lines, entityLines(doc.text));
  assert.ok(lines.includes('MISC سوفيرال'), lines.join(' | '));
  assert.ok(!lines.includes('PERSON سوفيرال'), lines.join(' | '));
});

test('a name the tagger has met stays a person after عقار (property), and so does a name after a verb of saying', () => {
  const property = entityLines(['باع الرجل عقار محمد الذي ورثه عن أبيه .', 'وقال محمد إن البيع تم بالتراضي .'].join('\n\n'));
  assert.ok(!property.some((l) => l.startsWith('MISC محمد')), property.join(' | '));
  const speaker = entityLines([
    'بدأت وزارة الصحة توزيع لقاح سوفيرال على المراكز الصحية .',
    'وقالت سوفيرال إن الجرعة الأولى آمنة .',
    'وأكد الوزير أن سوفيرال متوفر مجانا .',
  ].join('\n\n'));
  assert.ok(!speaker.includes('MISC سوفيرال'), speaker.join(' | '));
});

test('عقار is real estate where the article never speaks of medicine: its rare owner stays a person', () => {
  const lines = entityLines([
    'قدرت لجنة التثمين قيمة عقار رامبيرسو بمليوني دولار .',
    'وطعن رامبيرسو في التقدير أمام القضاء .',
    'وخسر رامبيرسو القضية في الدرجة الأولى .',
  ].join('\n\n'));
  assert.ok(!lines.some((l) => l.startsWith('MISC رامبيرسو')), lines.join(' | '));
  // The same shape in a medical article is the drug (a word of medicine in the mention's paragraph).
  const drug = entityLines([
    'بدأت المستشفيات استخدام عقار سوفيراكس على المرضى .',
    'وأكد الوزير أن سوفيراكس آمن .',
    'ويصل سوفيراكس إلى المحافظات الأسبوع المقبل .',
  ].join('\n\n'));
  assert.ok(drug.includes('MISC سوفيراكس') && !drug.includes('PERSON سوفيراكس'), drug.join(' | '));
});

test('تطبيق + a name + ل and a rule\'s noun is applying it: the name stays a person (an app\'s purpose does not stop it)', () => {
  const lines = entityLines([
    'أشاد المراقبون بتطبيق كاريمبو للإصلاحات الاقتصادية .',
    'وتولى كاريمبو حقيبة المالية قبل عامين .',
    'ويستعد كاريمبو لعرض الموازنة .',
  ].join('\n\n'));
  assert.ok(!lines.some((l) => l.startsWith('MISC كاريمبو')), lines.join(' | '));
  const decision = entityLines([
    'أثار تطبيق نداياي لقرار حظر التجول جدلا واسعا .',
    'وكان نداياي قد عين حاكما للإقليم في مارس .',
    'ودافع نداياي عن القرار أمام البرلمان .',
  ].join('\n\n'));
  assert.ok(!decision.some((l) => l.startsWith('MISC نداياي')), decision.join(' | '));
});
