import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('a prize named by what it honours is one MISC span, after a clitic too', () => {
  assert.deepEqual(misc('وفاز الروائي المصري بهاء طاهر بالجائزة العالمية للرواية العربية عن روايته.'), ['الجائزة العالمية للرواية العربية']);
  assert.deepEqual(misc('وفازت الكاتبة السودانية بجائزة كين للكتابة الأفريقية هذا العام.'), ['جائزة كين للكتابة الأفريقية']);
  assert.deepEqual(misc('ونال الفيلم جائزة النجمة الذهبية في ختام الدورة.'), ['جائزة النجمة الذهبية']);
});

test('a prize ranked, priced or counted is not named by those words', () => {
  assert.deepEqual(misc('وحصل المهاجم على جائزة أفضل لاعب في الموسم.'), []);
  assert.deepEqual(misc('وتسلم الفائز جائزة مالية للمرة الثانية.'), []);
  assert.deepEqual(misc('وقال إن الجائزة الكبرى للمرة الأولى تذهب إلى امرأة.'), []);
  assert.deepEqual(misc('وأعلن الاتحاد رفع جائزة البطل إلى 10 ملايين دولار.').filter((x) => x.includes('جائزة')), []);
});

test('the contest whose title a team won is MISC in sports news; a generic title or a rank is not', () => {
  assert.deepEqual(misc('وتوج الأهلي بلقب السوبر الأفريقي على حساب الزمالك في المباراة.'), ['السوبر الأفريقي']);
  assert.deepEqual(misc('وحقق أتلتيكو مدريد لقب الليغا للمرة الحادية عشرة بفوزه على برشلونة.'), ['الليغا']);
  assert.deepEqual(misc('وحافظ الفريق على لقب الدوري بعد المباراة الأخيرة.'), []);
  assert.deepEqual(misc('ونال المهاجم لقب الهداف في الموسم الماضي.'), []);
  assert.deepEqual(misc('وحمل الأمير لقب ولي العهد منذ سنوات.'), []);
});

test('a prize ranked by its place, described, or given at a contest or to its winners has no name there', () => {
  assert.deepEqual(misc('وحصل الفيلم المصري على الجائزة الأولى للمهرجان في دورته الخامسة.'), []);
  assert.deepEqual(misc('وقال المنظمون إن الجائزة الكبرى للفائزين ستكون سيارة حديثة.'), []);
  assert.deepEqual(misc('وأطلقت الوزارة جائزة جديدة للمبدعين الشباب بقيمة مئة ألف.'), []);
  assert.deepEqual(misc('وحصلت الطالبة على جائزة المركز الثاني في المسابقة.'), []);
  assert.deepEqual(misc('ونالت المدرسة جائزة العام الدراسي في حفل الختام.'), []);
});

test('a nickname given with لقب in sports news is no contest won', () => {
  assert.deepEqual(misc('وأطلقت الجماهير على المهاجم البرازيلي لقب الظاهرة بعد أهدافه مع الفريق.'), []);
  assert.deepEqual(misc('وعرف المدرب بلقب الجنرال بين لاعبي الفريق.'), []);
  assert.deepEqual(misc('ويطلق على المهاجم لقب الفرعون المصري في الدوري الإنجليزي.').filter((x) => x.includes('الفرعون')), []);
});

test('in film festival news a definite noun and a metal is the festival prize (MISC); a medal or a golden chance is none', () => {
  assert.deepEqual(misc('وفاز الفيلم بالأرزة الذهبية للدورة الخامسة من المهرجان .'), ['الأرزة الذهبية']);
  assert.deepEqual(misc('وحصل العداء على الميدالية الذهبية في البطولة .'), []);
  assert.deepEqual(misc('وقال المخرج إن الفيلم أضاع الفرصة الذهبية للفوز .'), []);
});
