import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

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
