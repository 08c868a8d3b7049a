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
