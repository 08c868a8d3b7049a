import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';

// Invented operations, quoted after عملية as war and security reports name them.
const misc = (text: string) => textsOf(analyze(text), 'MISC');

test('words quoted after an indefinite عملية, definite or a construct, name the operation (MISC), places inside too', () => {
  assert.deepEqual(misc('وبدأ الجيش عملية " السهم الأزرق " في الشمال .'), ['السهم الأزرق']);
  assert.deepEqual(misc('وأطلق الجيش عملية " درع الفرات " في سوريا .'), ['درع الفرات']);
});

test('no operation: a statement quoted after العملية or opening with a verb, one common word or a nisba', () => {
  assert.deepEqual(misc('وقال المتحدث إن العملية " تأتي ردا على الهجمات " .'), []);
  assert.deepEqual(misc('وقالت الوزارة إن عملية " استمرت ساعتين " انتهت .'), []);
  assert.deepEqual(misc('وأعلنت القوات عن عملية " نوعية " ضد المسلحين .'), []);
  assert.deepEqual(misc('ونفذ الجيش عملية " جراحية " دقيقة .'), []);
});

test('no operation: a slogan with a present verb, or a body the lists hold that carried it out', () => {
  assert.deepEqual(misc('ورفع المتظاهرون شعار عملية " الشعب يريد إسقاط النظام " .'), []);
  const a = analyze('ووصف عملية " حزب الله " بأنها رد على الاغتيال .');
  assert.deepEqual(textsOf(a, 'MISC'), []);
  assert.deepEqual(textsOf(a, 'ORGANIZATION'), ['حزب الله']);
});

test('no operation: a process named by a definite verbal noun, or a surgery in a sentence about a doctor or a patient', () => {
  assert.deepEqual(misc('ودعت الأطراف إلى دعم عملية " الانتقال الديمقراطي " في البلاد .'), []);
  assert.deepEqual(misc('وتابعت الحكومة عملية " الإصلاح الإداري " هذا العام .'), []);
  assert.deepEqual(misc('وتعثرت عملية " التحول الديمقراطي " في البلاد .'), []);
  assert.deepEqual(misc('وأجرى الجراح عملية " القلب المفتوح " للطفل .'), []);
  assert.deepEqual(misc('وخضع الفنان لعملية " القلب المفتوح " في باريس .'), []);
  // An operation named by things stays one, a plural first too (حارس الأسوار).
  assert.deepEqual(misc('وأطلقت قوات الأمن عملية " الفجر الجديد " في المحافظة .'), ['الفجر الجديد']);
  // A hospital is no surgery's cue: war reports name them beside operations.
  assert.deepEqual(misc('وقصفت الطائرات مستشفى المدينة خلال عملية " السهم الأزرق " .'), ['السهم الأزرق']);
});
