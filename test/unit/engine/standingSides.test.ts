import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';
import { tagStandingSides } from '../../../server/src/engine/standingSides';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

test('a town or country holding a side\'s points or lead in the table is its team', () => {
  assert.ok(entities('ورفع البصرة رصيده إلى 28 نقطة في المركز الثاني بعد الجولة العاشرة.').includes('ORGANIZATION البصرة'));
  assert.ok(entities('وبهذه النتيجة رفعت السعودية رصيدها إلى 10 نقاط في المركز الأول.').includes('ORGANIZATION السعودية'));
});

test('a table\'s line makes its places teams: the place held, the sides behind and ahead', () => {
  const found = entities('ويحتل الأردن المركز الثاني برصيد 9 نقاط ، خلف اليابان وأستراليا ، ومتقدمة على البحرين .');
  for (const side of ['الأردن', 'اليابان', 'وأستراليا', 'البحرين']) assert.ok(found.some((e) => e.startsWith('ORGANIZATION') && e.endsWith(side.replace(/^و/, ''))), found.join(', '));
});

test('a medal table, a balance of gold and where a match is played stay places', () => {
  assert.ok(entities('وتحتل مصر المركز الثالث في جدول الميداليات خلف المغرب وتونس.').includes('LOCATION مصر'));
  assert.ok(entities('ورفعت مصر رصيدها من الذهب إلى 120 طنا هذا العام.').includes('LOCATION مصر'));
  assert.ok(entities('وتعادل الفريق مع ضيفه بهدف لمثله في البصرة ليبقى في المركز الثالث برصيد 20 نقطة.').includes('LOCATION البصرة'));
});

test('a place won over (بفوز على …) is the beaten team, though no sports word is near', () => {
  assert.ok(entities('اليمن يقترب من النهائيات بفوز على لبنان .').includes('ORGANIZATION لبنان'));
  assert.ok(entities('وزار الوفد لبنان بعد الفوز في الانتخابات.').includes('LOCATION لبنان'));
});

test('an index\'s points and a war won over rank countries, not teams', () => {
  const found = entities('وتحتل الكويت المرتبة الثانية برصيد 68 نقطة متقدمة على البحرين في مؤشر الحرية الاقتصادية .');
  assert.ok(found.includes('LOCATION البحرين'), found.join(', '));
  assert.ok(entities('ويقول الجنرال إن الفوز على إيران في الحرب ليس مستحيلا .').includes('LOCATION إيران'));
});

test('percentage and basis points are a rate\'s, and a balance raised by them stays a country\'s', () => {
  assert.ok(entities('ورفعت الكويت رصيدها من الاحتياطي بعد ارتفاع سعر النفط بنسبة 4 نقاط مئوية .').includes('LOCATION الكويت'));
});

test('a place a side leads by points (بفارق تسع نقاط عن …) is the team behind it', () => {
  const found = entities('وتتصدر زامبيا المجموعة برصيد 16 نقطة ، بفارق تسع نقاط عن تنزانيا .');
  assert.ok(found.includes('ORGANIZATION تنزانيا'), found.join(', '));
  // A vote's margin and an index's rate points are no table's.
  assert.ok(entities('وفاز المرشح بفارق 312 صوتا عن منافسه في تونس .').includes('LOCATION تونس'));
  assert.ok(entities('وتراجع مؤشر الثقة بفارق 3 نقاط مئوية عن تونس .').includes('LOCATION تونس'));
});

test('a place a title is won at the expense of (على حساب …) in sports news is the beaten team', () => {
  const found = entities('وتوج المنتخب بلقب بطولة أمم أفريقيا لكرة اليد على حساب تونس .');
  assert.ok(found.includes('ORGANIZATION تونس'), found.join(', '));
  // Outside sports news, and a bid or a seat won in a sports sentence, the place stays a place.
  assert.ok(entities('ونمت صادرات المغرب إلى أوروبا على حساب تونس هذا العام .').includes('LOCATION تونس'));
  assert.ok(entities('وفاز المغرب بتنظيم بطولة كأس الأمم على حساب تونس .').includes('LOCATION تونس'));
  assert.ok(entities('وفازت مصر بعضوية المكتب التنفيذي لاتحاد كرة القدم على حساب تونس .').includes('LOCATION تونس'));
});

test('a nationality the tagger read as a place after على حساب is a beaten player\'s, no team', () => {
  // The stems as the lexicon gives them (على normalised to علي), a nationality span the tagger read as a place.
  const stems = ['تأهل', 'المصنف', 'الثالث', 'إلى', 'النهائي', 'على', 'حساب', 'الكوري', 'الجنوبي', 'كيم', 'سون'].map(normalizeArabic);
  const tags = stems.map(() => 0);
  tags[7] = beginTag('LOC');
  tags[8] = insideTag('LOC');
  const marks = stems.map((_, k) => (k === 7 ? ['LOC-B', 'NAT-S'] : k === 8 ? ['LOC-E'] : []));
  assert.deepEqual(tagStandingSides(stems, stems.map(() => ''), marks, tags, true), tags);
  // The same slot with a country is the beaten team.
  const country = stems.slice(0, 7).concat(['تونس']);
  const placed = [...tags.slice(0, 7), beginTag('LOC')];
  assert.equal(tagStandingSides(country, country.map(() => ''), [...marks.slice(0, 7), ['LOC-S']], placed, true)[7], beginTag('ORG'));
});

test('a lead in points with no table word (an index, an exam, a poll) keeps the place after عن a place', () => {
  // The points gate such a sentence as sports; without a table's word (صدارة، رصيد، المركز، يتصدر …) no side stands in it.
  assert.ok(entities('سجلت الأردن 49 نقطة في مؤشر الشفافية بفارق ثلاث نقاط عن لبنان .').includes('LOCATION لبنان'));
  assert.ok(entities('تفوقت مدارس عمان في الامتحان الوطني بفارق خمس نقاط عن إربد .').includes('LOCATION إربد'));
  assert.ok(entities('ويتقدم الحاكم في ولاية جورجيا بفارق أربع نقاط عن فلوريدا في الاستطلاع .').includes('LOCATION فلوريدا'));
  assert.ok(entities('وحلت قطر في المركز الأول في تصنيف التنافسية بفارق نقطتين عن الكويت .').includes('LOCATION الكويت'));
  // A table's lead stays a side's.
  const found = entities('ويتصدر منتخب غانا المجموعة بفارق ثلاث نقاط عن السنغال .');
  assert.ok(found.includes('ORGANIZATION السنغال'), found.join(', '));
});
