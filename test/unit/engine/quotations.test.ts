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

const speakerOf = (x: { attributes: Record<string, unknown> }) => x.attributes.speaker as { text: string; via?: string; confidence?: number } | undefined;

test('the subject reader skips quote marks inside the title, commas and apposition', () => {
  const q = quotes('صرّح نقيب اتحاد «الصيادلة العرب»، الدكتور سامر الخطيب، بأن «أسعار الدواء ستنخفض خلال الأشهر المقبلة بعد الاتفاق مع الموردين».');
  assert.equal(q.length, 1);
  assert.match(speaker(q[0]) ?? '', /سامر الخطيب/);
});

test('a body speaks, and a later bare mention (الهيئة) refers back to its full name', () => {
  const q = quotes('وقالت الهيئة العامة للطيران المدني في بيان إن «المطار سيعود إلى العمل بكامل طاقته صباح الغد».\nوأكدت الهيئة أن «سلامة المسافرين تبقى الأولوية القصوى لدى جميع الفرق».');
  assert.equal(q.length, 2);
  for (const x of q) { assert.match(speaker(x) ?? '', /الهيئة العامة للطيران المدني/); assert.equal(speakerOf(x)?.via, 'organisation'); }
});

test('an anonymous source is its own speaker, never the previous one, also when later quotes have no subject', () => {
  const q = quotes('وقال المتحدث باسم الشرطة، ناصر الحمد، إن «التحقيقات مستمرة منذ أسبوعين بلا توقف».\nوقال مصدر أمني مطلع لـ«الشرق»: «هناك موقوفون آخرون لم تعلن أسماؤهم حتى الآن».\nوأضاف: «العملية لم تنته بعد والأيام المقبلة ستكشف الكثير».');
  assert.equal(q.length, 3);
  assert.match(speaker(q[0]) ?? '', /ناصر الحمد/);
  assert.equal(speakerOf(q[1])?.via, 'anonymous');
  assert.equal(speakerOf(q[2])?.via, 'anonymous');
  assert.ok(!q.some((x) => x.text.includes('الشرق')), 'the outlet after لـ is a name, not a quotation');
});

test('a zero subject is the subject of the sentence that introduced it, even with a verb that is no cue', () => {
  const q = quotes('وقال الوزير السابق، جمال الرفاعي، إن «الوضع صعب جدا ولا يحتمل التأجيل».\nوهاجم النائب عن دائرة الشمال، فهد العلي، خطة الحكومة في جلسة البرلمان.\nوأضاف: «هذه الخطة لن تحل شيئا، بل ستزيد الأعباء على الأسر الفقيرة».');
  assert.equal(q.length, 2);
  assert.match(speaker(q[1]) ?? '', /فهد العلي/);
  assert.equal(speakerOf(q[1])?.via, 'pronoun');
});

test('a preface before the comma (وعن أزمة النادي،) is not the subject', () => {
  const q = quotes('وقال رئيس الاتحاد، خالد الموسى، إن «الموسم سينطلق في موعده دون أي تأجيل».\nوعن أزمة نادي الشباب، قال: «سنجلس مع الإدارة الأسبوع المقبل لحل كل الخلافات العالقة».');
  assert.equal(q.length, 2);
  assert.match(speaker(q[1]) ?? '', /خالد الموسى/);
});

test('a subject before the verb (وكان الوزير قد صرّح) is resolved to the person the title introduced', () => {
  const q = quotes('التقى وزير المالية، سالم الحارثي، وفدا من صندوق النقد الدولي.\nوكان الوزير قد صرّح الأسبوع الماضي بأن «العجز سينخفض إلى النصف بحلول نهاية العام المقبل».');
  assert.equal(q.length, 1);
  assert.match(speaker(q[0]) ?? '', /سالم الحارثي/);
});

test('participles and less common cues introduce partial quotes (مبيناً، واصفاً، ناشد، أعرب عن)', () => {
  const q = quotes('وأوضح المدير العام للشركة، ماهر الزين، أن الأرباح «تضاعفت»، مبيناً أن الفروع الجديدة «بدأت تعطي ثمارها»، وأعرب عن «تفاؤله».');
  assert.deepEqual(q.map((x) => x.attributes.content), ['تضاعفت', 'بدأت تعطي ثمارها', 'تفاؤله']);
  for (const x of q) assert.match(speaker(x) ?? '', /ماهر الزين/);
});

test('quoted names, charges and list items after a head are not speech', () => {
  assert.equal(quotes('وأدين المتهم بتهمة «غسل الأموال» و«التزوير» وفق ما أوضحه القاضي.').length, 0);
  assert.equal(quotes('وعرض المهرجان فيلم «الطريق الطويل» للمخرجة هدى الشامي.').length, 0);
  assert.equal(quotes('وقال «أبو يوسف»، أحد سكان الحي، إن الوضع هادئ.').length, 0);
});

test('the speaker carries how it was found and a confidence; weak ones are the hover\'s warning', () => {
  const [x] = quotes('وقال وزير الطاقة، عمر البكري، للصحافيين: «الإنتاج سيرتفع بنسبة عشرة في المئة العام المقبل».');
  const sp = speakerOf(x)!;
  assert.equal(sp.via, 'name');
  assert.ok((sp.confidence ?? 0) >= 0.8);
});

test('a quoted heading line is not speech; a quotation set on its own line after a colon is', () => {
  const q = quotes('«الأمن المائي أولوية وطنية لا تقبل المساومة في السنوات المقبلة»\nوقال وزير المياه، رائد الحسن، في كلمته:\n«لن نسمح بهدر قطرة واحدة من مياه الشرب بعد اليوم».');
  assert.equal(q.length, 1);
  assert.match(q[0].text, /لن نسمح/);
  assert.match(speaker(q[0]) ?? '', /رائد الحسن/);
});

test('a zero subject agrees with the verb: وأضافت skips a man introduced in between', () => {
  const q = quotes('وقالت وزيرة التخطيط، هالة المصري، إن «الخطة الجديدة ستخلق مليون فرصة عمل خلال ثلاث سنوات».\nوانتقد النائب عن حزب الوفد، سمير الجندي، الخطة في جلسة البرلمان.\nوأضافت: «الأرقام التي أعلناها مبنية على دراسات دقيقة وليست وعودا انتخابية».');
  assert.equal(q.length, 2);
  assert.match(speaker(q[1]) ?? '', /هالة المصري/);
});

test('a quotation runs across a line break or a blank line inside it, and keeps its speaker', () => {
  for (const text of [
    'وقالت وزيرة التخطيط: «سنطلق برنامجاً جديداً للإسكان\nيشمل عشرين ألف وحدة في الأقاليم».',
    'وقالت وزيرة التخطيط: "سنطلق برنامجاً جديداً للإسكان\r\n\r\nيشمل عشرين ألف وحدة في الأقاليم".',
  ]) {
    const q = quotes(text);
    assert.equal(q.length, 1, text);
    assert.match(q[0].text, /الأقاليم/);
    assert.match(speaker(q[0]) ?? '', /وزيرة التخطيط/);
  }
  // A new quotation on the next line does not close the unclosed one above it.
  const a = analyze('وقال المدير: «نحن نعمل على الخطة\nوأضاف المدير أن «الخطة جاهزة».');
  assert.equal(a.annotations.filter((x) => x.kind === 'quotation').length, 1);
  assert.equal(a.problems.length, 1);
});
