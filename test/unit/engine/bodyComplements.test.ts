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
