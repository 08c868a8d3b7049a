import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const orgs = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === 'ORGANIZATION').map((x) => x.text);

test('a body named by a لل complement takes the adjectives and nouns coordinated in it', () => {
  assert.ok(orgs('وقال مدير المركز المصري للحقوق الاقتصادية والاجتماعية ان الحكم تاريخي .').includes('المركز المصري للحقوق الاقتصادية والاجتماعية'));
  // Another body after و is its own (and no title joins: للصحفيين والعقيد).
  assert.deepEqual(orgs('وقال رئيس الاتحاد المغربي للشغل والكونفدرالية الديمقراطية للشغل ان الاضراب مستمر .'), ['الاتحاد المغربي للشغل', 'الكونفدرالية الديمقراطية للشغل']);
  assert.ok(!orgs('وشارك ممثلون عن الاتحاد الدولي للصحفيين والعقيد خالد في الاجتماع .').some((x) => x.includes('العقيد')));
});

test('a body named by its head and own name takes its لل complement, also when the lists hold the shorter name', () => {
  assert.deepEqual(orgs('وقالت وكالة موديز للتصنيف الائتماني انها خفضت تصنيف البلاد .'), ['وكالة موديز للتصنيف الائتماني']);
  // A complement with more words after it is the sentence's: the listed body ends at its name.
  const league = orgs('واكدت السفيرة الامين العام المساعد للجامعة العربية للشؤون الاجتماعية المشرف علي القطاع اهمية الاجتماع .');
  assert.equal(league.length, 1);
  assert.ok(league[0].endsWith('جامعة العربية'), league[0]);
});
