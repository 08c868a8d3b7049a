// A body named once with its head (شركة هيوماين) is the same body where the article later names it alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { openDocument } from './helpers';

const model = loadDefaultModel();
const FULL = 'أعلنت شركة هيوماين السعودية إطلاق مركز بيانات جديد في الرياض.';
const SHORT = 'وقالت هيوماين في بيان إن المشروع سيكتمل العام المقبل.';

const entities = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text} ${(x.attributes as { entityId?: string }).entityId}`);

test('the words after a body\'s head, alone later in the article, are that body', () => {
  const found = entities(new Analyzer(model).analyze(`${FULL}\n${SHORT}`));
  const body = found.find((e) => e.startsWith('ORGANIZATION شركة هيوماين'));
  assert.ok(body, found.join(' | '));
  const id = body.split(' ').pop();
  assert.ok(found.includes(`ORGANIZATION هيوماين ${id}`), found.join(' | '));
});

test('a body\'s short form the tagger leaves untagged is the body all the same, behind a clitic too', () => {
  const company = entities(new Analyzer(model).analyze('أعلنت شركة باراماونت الأمريكية إنتاج فيلم جديد عن الحرب.\nوقالت مصادر إن باراماونت ستعرض الفيلم في الصيف.'));
  const id = company.find((e) => e.startsWith('ORGANIZATION شركة باراماونت'))?.split(' ').pop();
  assert.ok(id && company.includes(`ORGANIZATION باراماونت ${id}`), company.join(' | '));
  const party = entities(new Analyzer(model).analyze('قال رئيس حركة النهضة إن الحزب سيشارك في الانتخابات البلدية المقبلة.\nوأغلقت السلطات مكاتب تابعة للنهضة في العاصمة.'));
  assert.ok(party.some((e) => e.startsWith('ORGANIZATION لنهضة ')), party.join(' | '));
});

test('a company\'s own name before its description is the company alone later, not a trade its head takes', () => {
  const found = entities(new Analyzer(model).analyze('أعلنت شركة سنبلة للتقنية المالية جمع 20 مليون دولار في جولة تمويل جديدة.\nوقال مديرها التنفيذي إن سنبلة ستتوسع في السوق الخليجية.'));
  const id = found.find((e) => e.startsWith('ORGANIZATION شركة سنبلة'))?.split(' ').pop();
  assert.ok(id && found.includes(`ORGANIZATION سنبلة ${id}`), found.join(' | '));
  const news = entities(new Analyzer(model).analyze('وأعلنت وكالة أنباء الإمارات الخبر صباحا.\nوحمل المسافرون أنباء سارة من الحدود.'));
  assert.ok(!news.some((e) => e.startsWith('ORGANIZATION أنباء ')), news.join(' | '));
});

test('a common word after a body\'s head is no short form of it', () => {
  const found = entities(new Analyzer(model).analyze('وقال حزب العمال إنه سيصوت ضد القانون.\nوطالب العمال برفع الأجور.'));
  assert.ok(!found.some((e) => e.includes(' العمال ') && !e.includes('حزب')), found.join(' | '));
});

test('an open document gains and loses the short form as the full name is typed and deleted, as a fresh analysis does', () => {
  const doc = openDocument(new Analyzer(model), 'file:///body.ar.txt', `${SHORT}\n${SHORT}`);
  const edit = (from: number, to: number, insert: string) => {
    doc.edit(from, to, insert);
    assert.deepEqual(entities(doc.analyze()), entities(new Analyzer(model).analyze(doc.text)), doc.text);
  };
  edit(0, 0, `${FULL}\n`);
  assert.ok(entities(doc.analyze()).filter((e) => e.startsWith('ORGANIZATION هيوماين')).length === 2);
  edit(0, FULL.length + 1, '');
  edit(doc.text.length, doc.text.length, `\n${FULL}`);
});

test('a body named after a person leaves the person\'s whole name to the person, in a fresh analysis and in an edited one', () => {
  const text = 'افتتحت مؤسسة عبد الحميد شومان مكتبة جديدة في عمان.\nوكان عبد الحميد شومان قد أسس البنك العربي في القدس عام 1930.';
  const found = entities(new Analyzer(model).analyze(text));
  assert.ok(found.some((e) => e.startsWith('PERSON عبد الحميد شومان ')), found.join(' | '));
  const doc = 'file:///founder.ar.txt';
  const analyzer = new Analyzer(model);
  const second = text.slice(text.indexOf('\n') + 1);
  analyzer.analyze(second, { document: doc, version: 1 });
  const head = text.slice(0, text.indexOf('\n') + 1);
  analyzer.noteEdit(doc, 0, 0, head.length, second.length, { before: 1, after: 2 });
  assert.deepEqual(entities(analyzer.analyze(text, { document: doc, version: 2 })), found);
});

test('a club named by its club word and town is that club where the match report names it by the word alone', () => {
  const text = 'وتغلب مولودية بجاية على اتحاد الحراش بهدفين في الدوري الجزائري.\nوسجل المولودية الهدف الأول في الدقيقة 30.\nوقال مدرب المولودية إن الفوز مستحق.';
  const found = entities(new Analyzer(model).analyze(text));
  const id = found.find((e) => e.includes('مولودية بجاية'))?.split(' ').pop();
  assert.ok(id && found.filter((e) => e === `ORGANIZATION المولودية ${id}`).length === 2, found.join(' | '));
});

test('the club word alone is no club where the article names no club by it', () => {
  const found = entities(new Analyzer(model).analyze('دعا الرئيس إلى الوفاق بين الأحزاب قبل الانتخابات.\nوقال إن الوفاق الوطني ضرورة.'));
  assert.ok(!found.some((e) => e.includes(' الوفاق ')), found.join(' | '));
});

test('a company\'s Arabic name before the Latin tag it writes after it is the company alone later', () => {
  const text = 'أطلقت شركة دروبلي Tech تطبيقا جديدا لحجز الحافلات في الأردن.\nوتخطط دروبلي لدخول السوق السعودية العام المقبل.';
  const found = entities(new Analyzer(model).analyze(text));
  assert.ok(found.some((e) => e.startsWith('ORGANIZATION دروبلي ')), found.join(' | '));
});

test('a company the article names by a common word takes that word where it opens a later sentence, not where it qualifies a noun', () => {
  const text = 'وكشفت فوري ، أكبر شركة للمدفوعات الإلكترونية في مصر ، عن نتائجها السنوية.\nفوري تخطط لطرح أسهم جديدة في البورصة.\nوطالب الموظفون بصرف فوري للحوافز المتأخرة.';
  const found = entities(new Analyzer(model).analyze(text));
  assert.equal(found.filter((e) => e.startsWith('ORGANIZATION فوري ')).length, 2, found.join(' | '));
});

test('a company\'s name of two words after its head is the company where it stands later without head or clitic', () => {
  const text = 'استحوذت مجموعة الرمال الذهبية على حصة في مصنع للألبان.\nوقال مدير الاستثمار في الرمال الذهبية إن الصفقة اكتملت.';
  const found = entities(new Analyzer(model).analyze(text));
  const id = found.find((e) => e.startsWith('ORGANIZATION مجموعة الرمال الذهبية'))?.split(' ').pop();
  assert.ok(id && found.includes(`ORGANIZATION الرمال الذهبية ${id}`), found.join(' | '));
});
