import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from './helpers';

const quotes = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'quotation');
const speaker = (x: { attributes: Record<string, unknown> }) => (x.attributes.speaker as { text: string } | undefined)?.text;

test('a quotation after وقال + name is attributed to that person', () => {
  const q = quotes('وقال الرئيس الفرنسي إيمانويل ماكرون للصحافيين: “نحن ملتزمون بدعم الحل السياسي في المنطقة”.');
  assert.equal(q.length, 1);
  assert.match(speaker(q[0]) ?? '', /ماكرون/);
});

test('quoted names after a head noun are not quotations', () => {
  assert.equal(quotes('نشرت الوزارة صورة على تطبيق “تليجرام” للرجلين.').length, 0);
  assert.equal(quotes('شارك في اجتماع منظمة “شنغهاي للتعاون” في الصين.').length, 0);
});

test('guillemets and reversed marks glued to clitics are paired', () => {
  const q = quotes('وأكد الوزير أحمد علي أن «الحوار هو الطريق الوحيد للخروج من الأزمة الحالية» في البلاد.');
  assert.equal(q.length, 1);
  assert.equal(quotes('وأضاف أنه لا بد من الحل، و”لهذا السبب بالذات نحن هنا اليوم مع شركائنا”.').length, 1);
});

test('an unbalanced mark is reported and does not swallow the rest of the document', () => {
  const a = analyze('وقال المتحدث: “إن الوضع خطير جدا في المنطقة.\nوفي فقرة أخرى قال الوزير “نحن مستعدون للحوار مع الجميع”.');
  assert.equal(a.problems.length, 1);
  assert.match(a.problems[0].message, /Unclosed/);
  assert.equal(a.quotations.length, 1);
  assert.ok(a.text.slice(a.quotations[0].start, a.quotations[0].end).includes('مستعدون'));
});

test('the sample article: four quotations by Lavrov, two quoted names that are not speech', () => {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8');
  const q = quotes(text);
  assert.equal(q.length, 4);
  for (const x of q) assert.match(speaker(x) ?? '', /لافروف/);
  const texts = q.map((x) => x.text);
  assert.ok(!texts.some((t) => t.includes('تليجرام') || t.includes('شنغهاي')));
});
