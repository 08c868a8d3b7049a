// A body named by a noun of feeling, read as the noun where it governs a plural of people.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('zeal governing players or residents is no movement', () => {
  assert.deepEqual(entityLines('وحضرت الجماهير الى الملعب وألهبت حماس لاعبيها وساعدتهم على الفوز .').filter((l) => l.startsWith('ORGANIZATION')), []);
  assert.ok(!entityLines('وزاد الهدف من حماس مشجعي الفريق في المدرجات .').includes('ORGANIZATION حماس'));
});

test('the movement before its spokesman, an object or a verb stays', () => {
  assert.ok(entityLines('وقال المتحدث باسم حماس سامي أبو زهري إن الحركة ترفض .').includes('ORGANIZATION حماس'));
  assert.ok(entityLines('وحملت حماس حكومة الاحتلال المسؤولية .').includes('ORGANIZATION حماس'));
  assert.ok(entityLines('وأعلنت حماس رفضها للمبادرة .').includes('ORGANIZATION حماس'));
});

test('the movement before its own fighters, members or envoys stays (حثت حماس مقاتليها)', () => {
  assert.ok(entityLines('وحثت حماس مقاتليها على الصمود في غزة .').includes('ORGANIZATION حماس'));
  assert.ok(entityLines('وأرسلت حماس ممثليها إلى القاهرة لبحث التهدئة .').includes('ORGANIZATION حماس'));
  assert.ok(entityLines('ودعت حماس مؤيديها إلى التظاهر .').includes('ORGANIZATION حماس'));
});

test('the movement before a feminine noun in ة, which normalises like a pronoun ه, stays (أطلقت حماس عملية)', () => {
  assert.ok(entityLines('وشنت حماس عملية واسعة على مواقع الجيش .').includes('ORGANIZATION حماس'));
  assert.ok(entityLines('وأعلنت حماس عملية جديدة ضد الاحتلال .').includes('ORGANIZATION حماس'));
  // A plural of people with its pronoun ه is still the zeal's (حماس مشجعيه).
  assert.ok(!entityLines('وزاد الهدف من حماس مشجعيه في المدرجات .').includes('ORGANIZATION حماس'));
});
