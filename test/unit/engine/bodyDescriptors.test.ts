import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts as entities } from './helpers';
import { dropIndefiniteDescriptions } from '../../../server/src/engine/bodyDescriptors';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';


test('a company described by its trade before its foreign name is the name alone', () => {
  const orgs = entities('واستحوذت أرامكو على حصة في شركة الطاقة المتجددة الإسبانية Solaria بقيمة مليار دولار .', 'ORGANIZATION');
  assert.ok(orgs.includes('Solaria'), orgs.join(','));
  assert.ok(!orgs.some((x) => x.startsWith('شركة الطاقة')), orgs.join(','));
  // A company named by common words keeps its head and words.
  assert.ok(entities('وقالت شركة الكهرباء الأردنية إن الأحمال ارتفعت أمس .', 'ORGANIZATION').includes('شركة الكهرباء الأردنية'));
});

test('a verb or governing noun read as a one-word body right before a body is no name', () => {
  const orgs = entities('نواكشوط - ( الأخبار ) - صادق مجلس الشيوخ بالأغلبية على قانون المالية .', 'ORGANIZATION');
  assert.ok(!orgs.includes('صادق'), orgs.join(','));
  assert.ok(orgs.includes('مجلس الشيوخ'), orgs.join(','));
});

test('the management of a body named after it is no part of its name', () => {
  const orgs = (text: string) => entities(text, 'ORGANIZATION');
  assert.deepEqual(orgs('وقال رئيس مجلس ادارة بنك الكويت الوطني ناصر الساير ان الارباح ارتفعت .'), ['بنك الكويت الوطني']);
  assert.deepEqual(orgs('واكد رئيس مجلس إدارة البنك الأهلي المصري طارق عامر ان البنك سيطرح شهادات جديدة .'), ['البنك الأهلي المصري']);
  // A management that is itself the body: the word after it opens no body.
  assert.ok(orgs('وقالت إدارة معلومات الطاقة الأمريكية إن المخزونات تراجعت .').some((x) => x.startsWith('إدارة معلومات الطاقة')));
});

test('a bloc\'s descriptor before its name stays outside it', () => {
  assert.deepEqual(entities('وطالب نواب تكتل التغيير والإصلاح بتأجيل جلسة الموازنة .', 'ORGANIZATION'), ['التغيير والإصلاح']);
});

test('a body described by its head and a nationality, with no article and no name, names none', () => {
  assert.deepEqual(entities('وأدانت محكمة فرنسية في باريس الناشط كارلوس بتهمة تنفيذ هجمات .', 'ORGANIZATION'), []);
  // Definite, the same words are the country's body.
  assert.deepEqual(entities('وقالت الحكومة الفرنسية إن المفاوضات ستستأنف .', 'ORGANIZATION'), ['الحكومة الفرنسية']);
  // A national team is named by its country, whose word may be its nationality too (منتخب مالي).
  const team = ['فاز', 'منتخب', 'مالي'].map(normalizeArabic);
  const tags = [0, TAGS.indexOf('B-ORG'), TAGS.indexOf('I-ORG')];
  assert.deepEqual(dropIndefiniteDescriptions(team, tags, (k) => k === 2, () => false), tags);
  const company = ['شركة', 'نفط', 'بريطانية'].map(normalizeArabic);
  assert.deepEqual(dropIndefiniteDescriptions(company, [TAGS.indexOf('B-ORG'), TAGS.indexOf('I-ORG'), TAGS.indexOf('I-ORG')], (k) => k === 2, () => false), [0, 0, 0]);
});

test('the board of a company the text calls by its bare head is no name; a named bank\'s board keeps the bank', () => {
  const orgs = (text: string) => entities(text, 'ORGANIZATION');
  assert.deepEqual(orgs('وقرر مجلس ادارة الشركة توزيع ارباح نقدية على المساهمين .'), []);
  assert.deepEqual(orgs('واكد رئيس مجلس ادارة البنك ان الارباح ارتفعت .'), []);
  assert.ok(orgs('واكد رئيس مجلس ادارة بنك قطر الوطني ان الارباح ارتفعت .').some((x) => x.includes('بنك قطر الوطني')));
});

test('the council of an authority or organisation the text calls by its bare head is no name', () => {
  const orgs = (text: string) => entities(text, 'ORGANIZATION');
  assert.deepEqual(orgs('وقال رئيس مجلس مفوضي الهيئة إن الانتخابات ستجري في موعدها .'), []);
  assert.deepEqual(orgs('وقالت لجنة خبراء المنظمة إن التقرير جاهز .'), []);
});

test('a board of directors before a body named by common words opens no body of its own', () => {
  const orgs = (text: string) => entities(text, 'ORGANIZATION');
  assert.ok(!orgs('وافق مجلس إدارة المنطقة الحرة العامة على تخصيص أرض للمشروع .').some((x) => x.startsWith('مجلس')));
  assert.ok(!orgs('واجتمع مجلس إدارة المستشفى أمس لبحث الميزانية .').some((x) => x.startsWith('مجلس')));
});

const norms = (words: string) => words.split(' ').map((w) => normalizeArabic(w));

test('an indefinite head with a common adjective or a لل complement after it describes a body and names none', () => {
  const B = TAGS.indexOf('B-ORG');
  const I = TAGS.indexOf('I-ORG');
  const never = () => false;
  // حزب إسلامي: the adjective describes.
  assert.deepEqual(dropIndefiniteDescriptions(norms('نظم حزب اسلامي تجمعا'), [0, B, I, 0], never, never, (k) => k === 2), [0, 0, 0, 0]);
  // مؤسسة للطبع والنشر: the لل complement and what is joined to it.
  assert.deepEqual(dropIndefiniteDescriptions(norms('و مؤسسة الطبع النشر'), [0, B, I, I], never, never, (k) => k === 2), [0, 0, 0, 0]);
  // شركة سوني: a listed name after the head is the body's own.
  assert.deepEqual(dropIndefiniteDescriptions(norms('اعلنت شركة سوني'), [0, B, I], never, (k) => k === 2, (k) => k === 2), [0, B, I]);
  assert.deepEqual(entities('وتؤسس الجمعية معهدا ثم اسست معهد للدراسات الاسلامية في المدينة .', 'ORGANIZATION'), []);
});

test('an adjective that describes a named body stays outside its name, one of a body named by adjectives inside', () => {
  assert.deepEqual(entities('وأعلن حزب الأصالة السلفي مقاطعة الانتخابات البلدية .', 'ORGANIZATION'), ['حزب الأصالة']);
  // The feminine ends the names of Salafi bodies themselves.
  assert.deepEqual(entities('وأصدرت جماعة الدعوة السلفية بيانا حول الانتخابات .', 'ORGANIZATION'), ['جماعة الدعوة السلفية']);
  assert.deepEqual(entities('وقالت اللجنة الوطنية المستقلة إن النتائج ستعلن غدا .', 'ORGANIZATION'), ['اللجنة الوطنية المستقلة']);
  // After ل the word is the noun the body's name governs (the opposition), no adjective of it.
  assert.deepEqual(entities('وأكدت الهيئة العليا للمعارضة موقفها من المفاوضات .', 'ORGANIZATION'), ['الهيئة العليا للمعارضة']);
});
