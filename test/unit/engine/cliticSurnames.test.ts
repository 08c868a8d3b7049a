import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines, labelTexts } from './helpers';

test('a surname then ب or ل on a second listed surname is two persons, the preposition outside', () => {
  assert.deepEqual(labelTexts('واتصل ماكرون بزيلينسكي وأكد له دعم فرنسا .', 'PERSON'), ['ماكرون', 'زيلينسكي']);
  assert.deepEqual(labelTexts('وأشاد ترامب بنتنياهو ووصفه بالصديق العظيم .', 'PERSON'), ['ترامب', 'نتنياهو']);
});

test('a name whose next word opens with ب as written stays one person', () => {
  assert.deepEqual(labelTexts('وقال توني بلير إن الحرب كانت ضرورية .', 'PERSON'), ['توني بلير']);
  assert.deepEqual(labelTexts('والتقى الرئيس جورج بوش رئيس الوزراء .', 'PERSON'), ['جورج بوش']);
});

test('a noun before ل on a listed surname is left out of the person', () => {
  assert.deepEqual(labelTexts('وسلم اللاعب قميصه لمبابي بعد نهاية المباراة .', 'PERSON'), ['مبابي']);
});

test('an unlisted word without a pronoun before ل + a listed surname is left as the tagger read it', () => {
  assert.ok(!labelTexts('ووقع البرازيلي نيمار لسانتوس في صفقة مفاجئة .', 'PERSON').includes('سانتوس'));
});

test('a person then ل on a listed outlet is the person and the outlet', () => {
  assert.deepEqual(entityLines('وقالت ماتشادو لرويترز إنها لا تخشى الاعتقال .'), ['PERSON ماتشادو', 'ORGANIZATION رويترز']);
  assert.deepEqual(entityLines('وقال غروسي لبلومبرغ إن المفتشين عادوا .'), ['PERSON غروسي', 'ORGANIZATION بلومبرغ']);
});
