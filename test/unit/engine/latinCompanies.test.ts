import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

const latin = (text: string) => entityLines(text).filter((e) => /[A-Za-z]/.test(e.slice(e.indexOf(' '))));

test('a Latin name the words around it treat as a company is one (ORGANIZATION), not a product', () => {
  // A feminine nationality or a company's participle after it: شركة is feminine.
  assert.deepEqual(latin('واستثمر الصندوق في Q17 الإماراتية للحوسبة السحابية .'), ['ORGANIZATION Q17']);
  assert.deepEqual(latin('وقال مسؤول في Payzo التي حصلت على ترخيص من البنك المركزي إن الخدمة ستتوسع .'), ['ORGANIZATION Payzo']);
  // A company's statement verb before it, a code written with its number.
  assert.deepEqual(latin('وكانت Q17 قد أعلنت انسحابها من السوق الصينية .'), ['ORGANIZATION Q17']);
  // A noun only a company has, in construct with it.
  assert.deepEqual(latin('وقال مؤسس Fetchly إن الشركة ستتوسع في الخليج .'), ['ORGANIZATION Fetchly']);
});

test('a Latin name joined by و to a company just named is another company, its mention without the و', () => {
  assert.deepEqual(latin('وتعاقدت الحكومة مع إنفيديا وNexora لبناء مراكز بيانات .'), ['ORGANIZATION Nexora']);
});

test('after an Arabic noun it qualifies or glosses, the words agreeing with that noun leave a Latin product one', () => {
  assert.deepEqual(latin('وأعلنت الشركة ميزات Vision Pro التي تدعم العربية .'), ['MISC Vision Pro']);
  assert.deepEqual(latin('وأطلقت الشركة هاتف Galaxy S24 الجديد .'), ['MISC Galaxy S24']);
  // A Latin gloss of the noun before it (الطائرة …، الخطة الجديدة …): what follows agrees with the noun.
  assert.ok(!latin('وانتهى البرنامج بإنتاج الطائرة Raptor X التي تعد الأحدث .').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!latin('ووافق البرلمان على الخطة الجديدة Fresh Start التي أعدتها الحكومة .').some((e) => e.startsWith('ORGANIZATION')));
});

test('one Latin letter in brackets after a body is a numbering, neither its short name nor a product', () => {
  const found = entityLines('وقع معهد الدراسات العلمية والثقافية ( I ) اتفاقية تعاون مع جامعة القاهرة .');
  assert.ok(!found.some((l) => l.endsWith(' I')), found.join(', '));
  assert.ok(found.includes('ORGANIZATION جامعة القاهرة'), found.join(', '));
});

test('a virus\'s Latin code after its pathogen word is no product (the guide leaves viruses O); a model after its head is one', () => {
  assert.deepEqual(latin('وسجلت المزارع إصابات جديدة بفيروس H7N9 خلال الشهر الماضي .'), []);
  assert.deepEqual(latin('وطرحت الشركة نموذج Zephyr 3 الجديد للمطورين .'), ['MISC Zephyr 3']);
});

test('a brand read as a one-word name with one capital letter after it is the model, one MISC span with its letter', () => {
  // The agency's word with its letter is the vaccine (سبوتنيك V), not the agency cut before the letter.
  assert.ok(entityLines('وتسلمت البلاد أمس شحنة من لقاح سبوتنيك V الروسي .').includes('MISC سبوتنيك V'));
  assert.ok(entityLines('واشترت الوزارة مليون جرعة من سبوتنيك V من موسكو .').includes('MISC سبوتنيك V'));
  // The agency alone stays a body; a letter that goes on into a formula is no model's.
  assert.ok(entityLines('وقالت وكالة سبوتنيك إن الوفد وصل .').includes('ORGANIZATION وكالة سبوتنيك'));
  assert.ok(!entityLines('وكتب سبوتنيك H + في التقرير .').some((e) => e.startsWith('MISC')));
});

test('a place or a listed club with a capital letter after it is its rating or its side, no model (probe, session 47)', () => {
  assert.ok(entityLines('وأبقت موديز تصنيف الكويت A مع نظرة مستقرة .').includes('LOCATION الكويت'));
  assert.ok(entityLines('وخسر برشلونة B أمام ريال مدريد في الدوري .').includes('ORGANIZATION برشلونة'));
  assert.ok(!entityLines('وفاز الأهلي B على الزمالك B في دوري الشباب .').some((e) => e.startsWith('MISC') && e.endsWith(' B')));
  // The vaccine keeps its letter, at a sentence's end too.
  assert.ok(entityLines('واشترت الوزارة جرعات من سبوتنيك V.').includes('MISC سبوتنيك V'));
});
