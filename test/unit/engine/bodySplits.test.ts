import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a body that is the object of a body\'s verb is a mention of its own, not the tail of its subject', () => {
  assert.deepEqual(entities('واتهمت وزارة الداخلية حركة حماس بالمسؤولية .'), ['ORGANIZATION وزارة الداخلية', 'ORGANIZATION حركة حماس']);
  // A bare head as the subject is no body: only the object is left.
  assert.deepEqual(entities('واتهمت الحكومة حزب الله بالمسؤولية عن الهجوم .'), ['ORGANIZATION حزب الله']);
  assert.deepEqual(entities('وطالب البرلمان صندوق النقد الدولي بتأجيل الديون .'), ['ORGANIZATION صندوق النقد الدولي']);
  assert.deepEqual(entities('وطالبت الحكومة الأونروا بزيادة المساعدات .'), ['ORGANIZATION الأونروا']);
});

test('a name ending in its head, a head and its adjective, and a listed name opening at the head stay whole', () => {
  assert.ok(entities('وأعلن البنك الدولي أمس تقديم قرض جديد .').includes('ORGANIZATION البنك الدولي'));
  assert.ok(entities('وقال البرلمان الأوروبي إن القرار نهائي .').includes('ORGANIZATION البرلمان الأوروبي'));
  assert.ok(entities('وأعلنت الشركة السعودية للكهرباء ارتفاع أرباحها .').includes('ORGANIZATION الشركة السعودية للكهرباء'));
});

test('a unit of a body before لـ and the body\'s head is no name: the body it belongs to is', () => {
  assert.deepEqual(entities('ونفى المكتب الإعلامي لحركة حماس صحة التقارير .'), ['ORGANIZATION حركة حماس']);
  assert.deepEqual(entities('وأكد المكتب الإقليمي لمنظمة الصحة العالمية تسجيل إصابات جديدة .'), ['ORGANIZATION منظمة الصحة العالمية']);
  // A complement that is no body's head stays in the name.
  assert.ok(entities('وأعلن المجلس الأعلى للقوات المسلحة تعديل الدستور .').includes('ORGANIZATION المجلس الأعلى للقوات المسلحة'));
});

test('a company\'s trade description before its own name is no name: the name after it is the company', () => {
  assert.deepEqual(entities('وتعتزم مجموعة الاتصالات الكويتية زين توسيع عملياتها في أفريقيا .').filter((x) => x.startsWith('ORGANIZATION')), ['ORGANIZATION زين']);
  assert.deepEqual(entities('وقالت شركة النفط الفرنسية توتال إنها ستستثمر في الحقل .').filter((x) => x.startsWith('ORGANIZATION')), ['ORGANIZATION توتال']);
  assert.deepEqual(entities('ووقعت شركة السيارات اليابانية تويوتا اتفاقا مع الحكومة .').filter((x) => x.startsWith('ORGANIZATION')), ['ORGANIZATION تويوتا']);
  // A group's member the name lists know stays a person.
  assert.ok(entities('وأعلن عضو مجموعة العلماء توماس زوربوخن أن النتائج مشجعة .').includes('PERSON توماس زوربوخن'));
  // A full name after a title's company is the title's holder, whether or not the name lists know it.
  assert.deepEqual(entities('وقال رئيس مجموعة الأبحاث الطبية ميخائيل غورباتشوك إن اللقاح آمن .'),
    ['ORGANIZATION مجموعة الأبحاث الطبية', 'PERSON ميخائيل غورباتشوك']);
});

test('a body\'s forces are no name: the body after قوات is', () => {
  assert.deepEqual(entities('وفور وصول خمسة آلاف جندي من قوات الأمم المتحدة إلى الجنوب .'), ['ORGANIZATION الأمم المتحدة']);
  assert.deepEqual(entities('كما اعتقلت قوات الشرطة التركية ثمانية من أعضاء المنظمة .'), ['ORGANIZATION الشرطة التركية']);
});

test('forces named as one keep قوات: the coalition\'s, and names the lists hold with it', () => {
  assert.deepEqual(entities('وقصفت قوات التحالف الدولي منزلا في القرية .'), ['ORGANIZATION قوات التحالف الدولي']);
  assert.deepEqual(entities('وانسحبت قوات سوريا الديمقراطية من المدينة .'), ['ORGANIZATION قوات سوريا الديمقراطية']);
});
