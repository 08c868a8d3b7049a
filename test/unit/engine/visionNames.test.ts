import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';

// Invented sentences: national plans named by their horizon year, as the news sets tag them (`[رؤية 2030]`).
const misc = (text: string) => textsOf(analyze(text), 'MISC');

test('رؤية + a year, or + a place and a year, is one plan: MISC with its head, the place inside no LOC of its own', () => {
  assert.deepEqual(misc('وتندرج المبادرة ضمن أهداف رؤية 2030 التي أطلقتها المملكة قبل سنوات .'), ['رؤية 2030']);
  const a = analyze('وأكد الوزير التزام الحكومة برؤية مصر 2030 للتنمية المستدامة .');
  assert.deepEqual(textsOf(a, 'MISC'), ['رؤية مصر 2030']);
  assert.deepEqual(textsOf(a, 'LOCATION'), []);
});

test('no plan: a view with its pronoun, a person\'s view, or a year further on', () => {
  assert.deepEqual(misc('وعرض الكاتب رؤيته للمستقبل في مقال نشر عام 2030 .'), []);
  assert.deepEqual(misc('وقدم المدرب رؤية جديدة للفريق في موسم 2024 .'), []);
  assert.deepEqual(misc('وعرض الوزير رؤية الرئيس السيسي حتى 2030 .'), []);
});

test('no plan: an indefinite adjective after رؤية describes a view (رؤية اقتصادية 2030); a definite one after a place still names it', () => {
  assert.deepEqual(misc('وقدمت الحكومة رؤية اقتصادية 2030 تركز على الصناعة .'), []);
  assert.deepEqual(misc('وطرح الحزب رؤية سياسية 2025 للإصلاح .'), []);
  assert.deepEqual(misc('وقال الوزير إن المشروع جزء من رؤية السعودية 2030 .'), ['رؤية السعودية 2030']);
});
