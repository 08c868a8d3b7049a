import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('the side after على/أمام + ضيفه/مضيفه in a match report is a team, and so is a one-word side before it', () => {
  assert.deepEqual(entities('وتغلب نيوكاسل على ضيفه ويجان بهدفين نظيفين .'), ['ORGANIZATION نيوكاسل', 'ORGANIZATION ويجان']);
  assert.deepEqual(entities('وفاز إيفرتون على ضيفه واتفورد في الجولة الثالثة .'), ['ORGANIZATION إيفرتون', 'ORGANIZATION واتفورد']);
  assert.deepEqual(entities('وفاز السد على ضيفه الخريطيات برباعية .'), ['ORGANIZATION السد', 'ORGANIZATION الخريطيات']);
  // The FANE corpora split the pronoun off (ضيف ه).
  assert.ok(entities('وفاز ريدينج على ضيف ه تشارلتون .').includes('ORGANIZATION تشارلتون'));
});

test('a host or guest outside a match, a rival in an election and a nationality after the role stay as they were', () => {
  assert.ok(entities('وبحث الرئيس مع ضيفه الرئيس الفرنسي إيمانويل ماكرون العلاقات الثنائية .').includes('PERSON إيمانويل ماكرون'));
  assert.ok(entities('وفاز لولا بالانتخابات على منافسه جايير بولسونارو .').includes('PERSON جايير بولسونارو'));
  assert.ok(!entities('وفاز الفريق على ضيفه البوروندي بهدف .').some((e) => e.includes('البوروندي')));
});

test('in sports news the name after the head فريق is the team, the head outside; not a work team, whose team it is, or a pronoun', () => {
  assert.deepEqual(entities('ويسعى فريق الخريطيات إلى الفوز في الدوري .'), ['ORGANIZATION الخريطيات']);
  assert.deepEqual(entities('ويأمل فريق المرخية تحقيق الفوز في الجولة المقبلة .'), ['ORGANIZATION المرخية']);
  assert.deepEqual(entities('وقال مدرب المنتخب إن فريق العمل يستعد للمباراة .'), []);
  assert.ok(!entities('وخسر فريق العاصمة الإسبانية أمام ضيفه في الدوري .').some((e) => e.includes('العاصمة')));
  // Outside sports news فريق is any team of people.
  assert.deepEqual(entities('ووصل فريق الخبراء إلى الموقع أمس .'), []);
});

test('a club named by a nisba after فريق is the club, the head outside: the nisba is no adjective of the indefinite head', () => {
  assert.deepEqual(entities('وحقق فريق المصري فوزا كبيرا في الجولة الثالثة من الدوري .'), ['ORGANIZATION المصري']);
  assert.deepEqual(entities('ويسعى فريق الإسماعيلي إلى الفوز في مباراة اليوم .'), ['ORGANIZATION الإسماعيلي']);
});

test('a plural of people after فريق is the team\'s members, also when a sentence wins a prize', () => {
  assert.ok(!entities('فاز فريق الباحثين بجائزة نوبل للكيمياء .').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!entities('وتأهل فريق المهندسين إلى نهائي المسابقة .').some((e) => e.includes('المهندسين')));
});

test('a country\'s national team takes the feminine role: the country after مع ضيفتها / على مضيفة ها is the team', async () => {
  const { tagSidesByRole } = await import('../../../server/src/engine/sportsSides');
  const { TAGS } = await import('../../../server/src/engine/tagger');
  const { normalizeArabic } = await import('../../../server/src/engine/normalize');
  const t = (...names: string[]) => names.map((x) => TAGS.indexOf(x));
  const never = () => false;
  const rare = () => 0;
  // Raw text's one word and the FANE corpora's split pronoun, after a result verb: the side before is the other team.
  const raw = 'تعادلت إيطاليا مع ضيفتها ليتوانيا'.split(' ').map(normalizeArabic);
  assert.deepEqual(tagSidesByRole(raw, t('O', 'B-LOC', 'O', 'O', 'B-LOC'), rare, never, never), t('O', 'B-ORG', 'O', 'O', 'B-ORG'));
  const split = 'وفازت فرنسا على مضيفة ها جورجيا'.split(' ').map(normalizeArabic);
  split[0] = normalizeArabic('فازت');
  assert.deepEqual(tagSidesByRole(split, t('O', 'B-LOC', 'O', 'O', 'O', 'B-LOC'), rare, never, never), t('O', 'B-ORG', 'O', 'O', 'O', 'B-ORG'));
});

test('a club word right after a body in a sentence that reads as sport is the body\'s adjective, no club of its own', () => {
  assert.deepEqual(entities('وفاز حزب المؤتمر الوطني الأفريقي بأقل من نصف مقاعد البرلمان .'), ['ORGANIZATION حزب المؤتمر الوطني الأفريقي']);
  // A club after its head stays the one club it was.
  assert.deepEqual(entities('وفاز الترجي على النادي الصفاقسي في رادس .'), ['ORGANIZATION الترجي', 'ORGANIZATION النادي الصفاقسي', 'LOCATION رادس']);
});
