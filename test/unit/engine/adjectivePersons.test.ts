import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

const persons = (text: string) => entityLines(text).filter((e) => e.startsWith('PERSON'));

test('a definite word describing the definite noun before it is no person, however many people bear it as a name', () => {
  assert.deepEqual(persons('اسطنبول - اوقفت الشرطة التركية امس عشرات الاشخاص خلال تظاهرات .'), []);
  assert.deepEqual(persons('وعزفت الفرق اغاني من التراث الفني العماني الجميل تقديرا للمشاركين .'), []);
});

test('after a title or a ruler\'s title the definite word is the person', () => {
  assert.deepEqual(persons('وأمر الخليفة المستنصر بعمل محراب من الجص برواق القبلة .'), ['PERSON المستنصر']);
  assert.ok(persons('وقال الرئيس الأسد في خطابه إن سوريا صامدة .').includes('PERSON الأسد'));
});

test('a singular definite word after a plural subject is its object, not its adjective: the person stays', () => {
  assert.deepEqual(persons('وانتقد المعارضون البرهان بسبب تأجيل الانتخابات .'), ['PERSON البرهان']);
});

test('a person\'s name does not open with the verb\'s plural subject', () => {
  assert.deepEqual(persons('واتهم المحتجون العبادي بالفساد.'), ['PERSON العبادي']);
  assert.deepEqual(persons('وقال الحسين بن علي إن الثورة مستمرة.'), ['PERSON الحسين بن علي']);
});
