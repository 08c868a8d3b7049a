import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('a festival in construct with a definite noun is one MISC span with the noun and its adjectives', () => {
  assert.deepEqual(misc('وتنظم البلدة كل عام مهرجان التمور الذي يجذب الزوار .'), ['مهرجان التمور']);
  assert.ok(misc('وكرمه مهرجان الأغنية الشعبية في تونس قبل عامين .').includes('مهرجان الأغنية الشعبية'));
  // An edition's ordinal stays outside.
  assert.deepEqual(misc('وعقد مهرجان الزيتون الثالث في المدينة .'), ['مهرجان الزيتون']);
});

test('a festival head before a masculine nisba, a body head or a time word names nothing', () => {
  assert.deepEqual(misc('ونظم الحزب مهرجان خطابي حاشد وسط الساحة .'), []);
  assert.deepEqual(misc('وألقى كلمة في مهرجان الحزب بالعاصمة .'), []);
  assert.deepEqual(misc('وحضر الآلاف مهرجان العام الماضي في المدينة .'), []);
});

test('a festival named by a chain of an indefinite and a definite noun is one MISC span; a rally adjective or a ceremony names none', () => {
  assert.deepEqual(misc('وافتتحت أمس الدورة الخامسة من مهرجان ألوان الصحراء بحضور الزوار .'), ['مهرجان ألوان الصحراء']);
  assert.deepEqual(misc('ونظم الحزب مهرجان حاشد الجمعة في الساحة .').filter((m) => m.includes('الجمعة')), []);
  assert.deepEqual(misc('وأقيم مهرجان تكريم المتفوقين في القاعة .'), []);
});

test('the definite festival with its reach and an art in لل is one MISC span; with a count it is the article festival', () => {
  assert.deepEqual(misc('ويعرض الشريط في المهرجان الوطني للمسرح بوهران الشهر المقبل .'), ['المهرجان الوطني للمسرح']);
  assert.deepEqual(misc('وشارك الفيلم في المهرجان الدولي للمرة الثانية .'), []);
  // The art's adjective and a second art after و are the name's too.
  assert.deepEqual(misc('وتفتتح الدورة الجديدة من المهرجان الوطني للأغنية الشعبية في سطيف .'), ['المهرجان الوطني للأغنية الشعبية']);
  assert.deepEqual(misc('ويكرم المهرجان العربي للشعر والزجل عددا من الشعراء .'), ['المهرجان العربي للشعر والزجل']);
  assert.deepEqual(misc('وأقيم المهرجان الدولي للمسرح الذي انطلق أمس .'), ['المهرجان الدولي للمسرح']);
});

test('a contest named with its place after مسابقة is one MISC span, the place inside', () => {
  const text = 'وفازت الشركة بالمركز الأول في مسابقة ابتكار تونس للشباب .';
  assert.deepEqual(misc(text), ['مسابقة ابتكار تونس']);
  assert.deepEqual(labelTexts(text, 'LOCATION'), []);
  // A contest held in a place, or described, keeps the place a place.
  assert.deepEqual(misc('وتقام مسابقة في مصر الشهر المقبل .'), []);
});

test('a place after a verb of hosting or a day, or behind a clitic, is where a contest is held', () => {
  assert.deepEqual(misc('وتأهلت الفرقة إلى نهائي مسابقة تنظمها الكويت كل عام .'), []);
  assert.deepEqual(misc('وجرت مسابقة أمس بتونس وسط إقبال كبير .'), []);
});

test('a rally or a ceremony named by what it does is no festival', () => {
  for (const text of ['ونظم الأنصار مهرجان التضامن مع الأسرى في الساحة .', 'وألقى القيادي كلمة في مهرجان الانطلاقة بالمخيم .',
    'وبدأ مهرجان الافتتاح بعرض للألعاب النارية .', 'وأقامت العائلة مهرجان التأبين في القرية .',
    'وفي مهرجان الحملة الانتخابية دعا المرشح أنصاره إلى التصويت .', 'وخطب الزعيم في مهرجان النصر الجماهيري أمس .']) {
    assert.deepEqual(misc(text), [], text);
  }
  assert.deepEqual(misc('وتختتم اليوم فعاليات مهرجان التمور في الواحة .'), ['مهرجان التمور']);
});

test('a definite festival or fair head takes in no name after it that cannot be its complement: an indefinite word or a body head', () => {
  // The head is the verb's object or the event beside which another is held; the name after it keeps its own label.
  assert.deepEqual(misc('ويرعى المهرجان طيران الخليج منذ انطلاقه .'), []);
  assert.deepEqual(labelTexts('ويرعى المهرجان طيران الخليج منذ انطلاقه .', 'ORGANIZATION'), ['طيران الخليج']);
  assert.deepEqual(misc('وعلى هامش المعرض ملتقى عمان للطاقة .'), ['ملتقى عمان للطاقة']);
  assert.deepEqual(misc('وترعى المهرجان المؤسسة الوطنية للفنون منذ عامين .'), []);
  // A definite adjective after the head is still its own name's (المهرجان الدولي للمسرح, above).
});

test('a championship takes in its sport in an indefinite construct; a cup or league inside it keeps the sport out', () => {
  assert.deepEqual(misc('وتأهل المنتخبان إلى بطولة العالم لكرة اليد في ألمانيا .'), ['بطولة العالم لكرة اليد']);
  assert.deepEqual(misc('وحصد الرباع الميدالية البرونزية في بطولة العالم لرفع الأثقال أمس .').filter((m) => m.startsWith('بطولة')), ['بطولة العالم لرفع الأثقال']);
  // A time after the championship is no sport (لأول مرة، لمدة أسبوعين).
  assert.deepEqual(misc('وتقام بطولة العالم لمدة أسبوعين في المدينة .'), ['بطولة العالم']);
  assert.ok(!misc('وفاز الفريق في بطولة كأس العالم لكرة القدم .').some((m) => m.includes('لكرة')));
});

test('a listed device bare takes its model number; a count after it does not', () => {
  assert.ok(misc('ويباع آيفون 15 في أسواق المدينة بسعر مرتفع .').includes('آيفون 15'));
  assert.ok(misc('وباعت الشركة آيفون 15 مليون مرة العام الماضي .').includes('آيفون'));
  assert.ok(misc('ويستخدم آيفون 60 % من سكان المدينة .').includes('آيفون'));
});

test('خليجي and an edition number is the Gulf Cup; خليجي before a count is a nisba', () => {
  assert.ok(misc('وحصل اللاعب على لقب هداف خليجي 17 برصيد خمسة أهداف .').includes('خليجي 17'));
  assert.ok(misc('وتستضيف الكويت خليجي 26 في ديسمبر المقبل .').includes('خليجي 26'));
  assert.deepEqual(misc('وحصلت مصر على دعم خليجي 3 مليارات في العام الماضي .'), []);
  assert.deepEqual(misc('وبلغ حجم الاستثمار خليجي 2 و 3 في المئة من المشاريع .'), []);
});
