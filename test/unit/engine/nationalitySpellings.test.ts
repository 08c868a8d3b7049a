// Nationality adjectives in their other news spellings (الأميركي، الإنكليزي، التايلاندي) read as the listed spelling is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addNationalitySpellings } from '../../../server/src/engine/nationalitySpellings';
import { entityLines } from './helpers';

test('a public body with a nationality in its other spelling is one organisation', () => {
  assert.ok(entityLines('وأعلن الجيش الأميركي مقتل جندي في الأنبار .').includes('ORGANIZATION الجيش الأميركي'));
  assert.ok(entityLines('واجتمع الوفد مع مسؤولين في السفارة الأميركية .').includes('ORGANIZATION السفارة الأميركية'));
  assert.ok(entityLines('واستبعد المدرب حدوث مفاجأة من جانب المنتخب التايلاندي في المباراة .').includes('ORGANIZATION المنتخب التايلاندي'));
});

test('a public body with a nationality in the short form news writes is one organisation', () => {
  assert.ok(entityLines('وقال الجيش الأرمني في بيان إن الهدنة صامدة .').includes('ORGANIZATION الجيش الأرمني'));
  assert.ok(entityLines('وسيطرت الشرطة القرغيزية على العاصمة بشكيك .').includes('ORGANIZATION الشرطة القرغيزية'));
});

test('a league named by a nationality in its other spelling is a competition', () => {
  assert.ok(entityLines('وتصدر مانشستر سيتي الدوري الإنكليزي الممتاز .').includes('MISC الدوري الإنكليزي الممتاز'));
});

test("a company's own name leaves the nationality out whichever way it is spelled", () => {
  const lines = entityLines('وأعلنت شركة كونكو فيليبس الأميركية عن أرباحها .');
  assert.ok(lines.includes('ORGANIZATION شركة كونكو فيليبس'), lines.join('; '));
});

test('every nationality form is added in its other spelling, and nothing else is', () => {
  const phrases = new Map([['الامريكيه', 'NAT'], ['امريكيون', 'NAT'], ['الانجليزي', 'NAT'], ['امريكا', 'LOC'], ['التايلندي', 'NAT']]);
  addNationalitySpellings(phrases);
  assert.equal(phrases.get('الاميركيه'), 'NAT');
  assert.equal(phrases.get('اميركيون'), 'NAT');
  assert.equal(phrases.get('الانكليزي'), 'NAT');
  assert.equal(phrases.get('التايلاندي'), 'NAT');
  assert.equal(phrases.get('اميركا'), undefined);
  const armenian = new Map([['الارميني', 'NAT']]);
  addNationalitySpellings(armenian);
  assert.equal(armenian.get('الارمني'), 'NAT');
});
